/**
 * Compiles `scripts/reader/L1ContractsReader.sol` (the project's own, MIT) and writes its creation bytecode to
 * `src/abis/l1ContractsReader.ts`, with the compiler and settings next to it.
 *
 * Usage: `npm run build:reader`. Deterministic: a test recompiles the source and expects the committed bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const solc = require('solc') as { version(): string; compile(input: string): string }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const source = 'scripts/reader/L1ContractsReader.sol'
const out = join(root, 'src/abis/l1ContractsReader.ts')

/** `paris`: no PUSH0, so the bytes run on any EVM L1 a Bridgehub may live on. */
export const READER_SETTINGS = { optimizer: { enabled: true, runs: 1 }, evmVersion: 'paris' } as const

/** The creation bytecode of the reader, compiled from its source with solc-js. */
export function compileReader(): { bytecode: `0x${string}`; compiler: string } {
  const input = {
    language: 'Solidity',
    sources: { 'L1ContractsReader.sol': { content: readFileSync(join(root, source), 'utf8') } },
    settings: {
      ...READER_SETTINGS,
      metadata: { bytecodeHash: 'none', appendCBOR: false },
      outputSelection: { 'L1ContractsReader.sol': { L1ContractsReader: ['evm.bytecode.object'] } },
    },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as {
    errors?: { severity: string; formattedMessage: string }[]
    contracts: Record<string, Record<string, { evm: { bytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))
  const object = output.contracts['L1ContractsReader.sol']?.L1ContractsReader?.evm.bytecode.object
  if (!object) throw new Error('no bytecode for L1ContractsReader')
  return { bytecode: `0x${object}`, compiler: solc.version() }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytecode, compiler } = compileReader()
  writeFileSync(
    out,
    [
      '/**',
      ` * Creation bytecode of \`L1ContractsReader\` (${source}, this project's own, MIT), run by the actions' L1 reads`,
      ' * as an `eth_call` without `to`: its constructor returns the answers of its program instead of deploying anything.',
      ` * Compiled by \`npm run build:reader\` with solc-js ${compiler}, optimizer on (1 run: the smallest code), EVM version paris,`,
      ' * no metadata hash.',
      ' */',
      'export const l1ContractsReaderBytecode =',
      `  '${bytecode}' as const`,
      '',
    ].join('\n'),
  )
  console.log(`wrote ${out} (${(bytecode.length - 2) / 2} bytes)`)
}
