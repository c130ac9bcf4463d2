import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unpackEraContracts } from './eraContractsSource.js'

const require = createRequire(import.meta.url)
const solc = require('solc') as {
  version(): string
  compile(input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }): string
}

export const ERA_CONTRACTS_REPOSITORY = 'https://github.com/matter-labs/era-contracts'
export const ZKOS_CONTRACTS_TAG = 'zkos-v0.30.2'
export const ZKOS_CONTRACTS_COMMIT = '9ddc915c85d1f44c79b5d55e160d384138ed5105'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'test/harness/artifacts/l2', ZKOS_CONTRACTS_TAG)
const ownSourcesDir = join(root, 'test/harness/contracts/zkos')

/**
 * file (relative to l1-contracts) -> contract names to emit. `BridgedStandardERC20.sol` comes first: at this
 * commit `L2AssetRouter.sol` compiled on its own fails with "Definition of base has to precede definition of
 * derived contract" (an import cycle through `L2NativeTokenVault` and `BridgedStandardERC20`).
 */
const eraEntryPoints: Record<string, string[]> = {
  'contracts/bridge/BridgedStandardERC20.sol': ['BridgedStandardERC20'],
  'contracts/bridge/asset-router/L2AssetRouter.sol': ['L2AssetRouter'],
  'contracts/bridge/ntv/L2NativeTokenVaultZKOS.sol': ['L2NativeTokenVaultZKOS'],
  'contracts/bridge/ntv/UpgradeableBeaconDeployer.sol': ['UpgradeableBeaconDeployer'],
  '@openzeppelin/contracts-v4/proxy/beacon/UpgradeableBeacon.sol': ['UpgradeableBeacon'],
  '@openzeppelin/contracts-v4/proxy/beacon/BeaconProxy.sol': ['BeaconProxy'],
}

/** `l1-contracts/foundry.toml` at the commit: solc 0.8.28, `evm_version = "cancun"`, `optimizer_runs = 28000`, no via-IR. */
const settings = {
  optimizer: { enabled: true, runs: 28_000 },
  evmVersion: 'cancun',
}

const outputs = [
  'abi',
  'evm.bytecode.object',
  'evm.deployedBytecode.object',
  'evm.deployedBytecode.immutableReferences',
]

type Artifact = {
  contractName: string
  sourceName: string
  abi: unknown[]
  bytecode: `0x${string}`
  deployedBytecode: `0x${string}`
}

function compile(
  sources: Record<string, { content: string }>,
  names: Record<string, string[]>,
  readImport: (p: string) => string | undefined,
) {
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      ...settings,
      outputSelection: Object.fromEntries(
        Object.entries(names).map(([file, contracts]) => [
          file,
          Object.fromEntries(contracts.map((c) => [c, outputs])),
        ]),
      ),
    },
  }
  const output = JSON.parse(
    solc.compile(JSON.stringify(input), {
      import: (path) => {
        const contents = readImport(path)
        return contents === undefined ? { error: `not found: ${path}` } : { contents }
      },
    }),
  ) as {
    errors?: { severity: string; formattedMessage: string }[]
    sources: Record<string, unknown>
    contracts: Record<
      string,
      Record<
        string,
        {
          abi: unknown[]
          evm: {
            bytecode: { object: string }
            deployedBytecode: { object: string; immutableReferences?: Record<string, unknown> }
          }
        }
      >
    >
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))
  const artifacts: Artifact[] = []
  for (const [file, contracts] of Object.entries(names))
    for (const name of contracts) {
      const c = output.contracts[file]?.[name]
      if (!c) throw new Error(`missing output for ${file}:${name}`)
      // The genesis places runtime code with `anvil_setCode`, which skips the constructor: an immutable would
      // stay zero. ZKsync OS has the same constraint, which is why these contracts keep no immutables.
      if (Object.keys(c.evm.deployedBytecode.immutableReferences ?? {}).length)
        throw new Error(`${name} has immutables; its runtime code cannot be placed as is`)
      artifacts.push({
        contractName: name,
        sourceName: file,
        abi: c.abi,
        bytecode: `0x${c.evm.bytecode.object}`,
        deployedBytecode: `0x${c.evm.deployedBytecode.object}`,
      })
    }
  return { artifacts, resolved: Object.keys(output.sources).sort() }
}

function main() {
  const checkout = process.argv[2] ?? process.env.ERA_CONTRACTS
  if (!checkout) throw new Error('usage: build-l2-contracts <era-contracts checkout>')
  const { work, readImport, cleanup } = unpackEraContracts(checkout, ZKOS_CONTRACTS_COMMIT, 'era-contracts-zkos-')
  try {
    const sources = Object.fromEntries(
      Object.keys(eraEntryPoints).map((f) => [f, { content: readImport(f) as string }]),
    )
    const era = compile(sources, eraEntryPoints, readImport)

    const own = readdirSync(ownSourcesDir)
      .filter((f) => f.endsWith('.sol'))
      .sort()
    const ownNames = Object.fromEntries(own.map((f) => [f, [f.replace(/\.sol$/, '')]]))
    const ownSources = Object.fromEntries(
      own.map((f) => [f, { content: readFileSync(join(ownSourcesDir, f), 'utf8') }]),
    )
    const ours = compile(ownSources, ownNames, () => undefined)

    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    const all = [...era.artifacts, ...ours.artifacts].sort((a, b) => a.contractName.localeCompare(b.contractName))
    for (const a of all) writeFileSync(join(outDir, `${a.contractName}.json`), `${JSON.stringify(a)}\n`)
    writeFileSync(join(outDir, 'LICENSE-MIT'), readFileSync(join(work, 'LICENSE-MIT')))
    const ownList = ours.artifacts.map((a) => `\`${a.contractName}\``).join(' and ')
    writeFileSync(
      join(outDir, 'PROVENANCE.md'),
      [
        '# Provenance of the compiled contracts in this folder',
        '',
        'Generated by `npm run build:l2-contracts -- <era-contracts checkout>` (`scripts/build-l2-contracts.ts`); do not edit by hand.',
        '',
        `- Source repository: ${ERA_CONTRACTS_REPOSITORY}`,
        `- Tag \`${ZKOS_CONTRACTS_TAG}\`, commit \`${ZKOS_CONTRACTS_COMMIT}\`, folder \`l1-contracts/contracts\` (the L2 bridge contracts ZKsync OS chains run)`,
        '- License of those sources: MIT, `LICENSE-MIT` beside this file (copied from the same commit).',
        '- OpenZeppelin: `@openzeppelin/contracts@4.9.6` and `@openzeppelin/contracts-upgradeable@4.9.6` from npm (MIT), remapped as `@openzeppelin/contracts-v4/` and `@openzeppelin/contracts-upgradeable-v4/`.',
        `- Compiler: solc-js \`${solc.version()}\` (npm \`solc@0.8.28\`)`,
        `- Settings (from \`l1-contracts/foundry.toml\` at the commit): \`${JSON.stringify({ optimizer: settings.optimizer, evmVersion: settings.evmVersion, viaIR: false })}\``,
        '- Each artifact keeps the ABI, the creation bytecode (`bytecode`) and the runtime bytecode (`deployedBytecode`); the Solidity sources are not kept. None of them has immutables.',
        `- ${ownList} are this project's own stand-ins (\`test/harness/contracts/zkos/\`) for the L1 messenger (0x8008) and the base token (0x800a), which ZKsync OS implements natively (not in era-contracts at this commit); compiled with the same compiler and settings. Each file says what it stands for, which source it follows and where it differs.`,
        '',
        '## Contracts',
        '',
        ...all.map((a) => `- \`${a.contractName}\` from \`${a.sourceName}\``),
        '',
        `## Resolved era-contracts and OpenZeppelin sources (${era.resolved.length})`,
        '',
        ...era.resolved.map((s) => `- \`${s}\``),
        '',
      ].join('\n'),
    )
    console.log(`wrote ${all.length} artifacts from ${era.resolved.length} sources to ${outDir}`)
  } finally {
    cleanup()
  }
}

main()
