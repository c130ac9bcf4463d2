/**
 * Compiles, for each era-contracts version the harness deploys (`scripts/contracts/<version>.ts`), the L1 contracts
 * of its deployment from the pinned commit, with that commit's compiler settings, into
 * `test/harness/artifacts/l1/<version>/` with a `PROVENANCE.md` and the license. Byte-identical on re-run.
 *
 *   npm run build:contracts -- <era-contracts checkout> [version ...]   (all versions when none is named)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONTRACTS_VERSIONS, type ContractsVersion, isContractsVersion } from '../test/harness/versions.js'
import type { L1ContractsBuild } from './contracts/types.js'
import { unpackEraContracts } from './eraContractsSource.js'

const require = createRequire(import.meta.url)
const solc = require('solc') as {
  version(): string
  compile(input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }): string
}

export const ERA_CONTRACTS_REPOSITORY = 'https://github.com/matter-labs/era-contracts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ownSourcesDir = join(root, 'test/harness/contracts')

async function buildOf(version: ContractsVersion): Promise<L1ContractsBuild> {
  return (await import(`./contracts/${version}.ts`)).build as L1ContractsBuild
}

type Artifact = { contractName: string; sourceName: string; abi: unknown[]; bytecode: `0x${string}` }

function compile(
  settings: L1ContractsBuild['settings'],
  sources: Record<string, { content: string }>,
  names: Record<string, string[]>,
  readImport: (p: string) => string | undefined,
) {
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: settings.optimizer,
      evmVersion: settings.evmVersion,
      outputSelection: Object.fromEntries(
        Object.entries(names).map(([file, contracts]) => [
          file,
          Object.fromEntries(contracts.map((c) => [c, ['abi', 'evm.bytecode.object']])),
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
    contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>
  }
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))
  const artifacts: Artifact[] = []
  for (const [file, contracts] of Object.entries(names))
    for (const name of contracts) {
      const c = output.contracts[file]?.[name]
      if (!c) throw new Error(`missing output for ${file}:${name}`)
      artifacts.push({ contractName: name, sourceName: file, abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` })
    }
  return { artifacts, resolved: Object.keys(output.sources).sort() }
}

async function buildVersion(checkout: string, version: ContractsVersion) {
  const build = await buildOf(version)
  const outDir = join(root, 'test/harness/artifacts/l1', version)
  const { work, readImport, cleanup } = unpackEraContracts(checkout, build.commit, `era-contracts-${version}-`, {
    paths: build.archivePaths,
  })
  try {
    const started = performance.now()
    // entry points in the order the version lists them (some import cycles only compile in one order)
    const sources = Object.fromEntries(
      Object.keys(build.entryPoints).map((f) => [f, { content: readImport(f) as string }]),
    )
    const era = compile(build.settings, sources, build.entryPoints, readImport)
    // each source's own SPDX header: the repository's only license file is LICENSE-MIT, some files say otherwise
    const spdx = (path: string) => /SPDX-License-Identifier:\s*(\S+)/.exec(readImport(path) ?? '')?.[1] ?? 'none'
    const notMit = era.resolved.filter((path) => spdx(path) !== 'MIT').map((path) => `\`${path}\` (${spdx(path)})`)

    const own = readdirSync(ownSourcesDir)
      .filter((f) => f.endsWith('.sol'))
      .sort()
    const ownNames = Object.fromEntries(own.map((f) => [f, [f.replace(/\.sol$/, '')]]))
    const ownSources = Object.fromEntries(
      own.map((f) => [f, { content: readFileSync(join(ownSourcesDir, f), 'utf8') }]),
    )
    const ours = compile(build.settings, ownSources, ownNames, () => undefined)

    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    const all = [...era.artifacts, ...ours.artifacts].sort((a, b) => a.contractName.localeCompare(b.contractName))
    for (const a of all) writeFileSync(join(outDir, `${a.contractName}.json`), `${JSON.stringify(a)}\n`)
    writeFileSync(join(outDir, 'LICENSE-MIT'), readFileSync(join(work, 'LICENSE-MIT')))
    writeFileSync(
      join(outDir, 'PROVENANCE.md'),
      [
        '# Provenance of the compiled contracts in this folder',
        '',
        `Generated by \`npm run build:contracts -- <era-contracts checkout> ${version}\` (\`scripts/build-contracts.ts\`, configuration \`scripts/contracts/${version}.ts\`); do not edit by hand.`,
        '',
        `- Source repository: ${ERA_CONTRACTS_REPOSITORY}`,
        `- Commit: \`${build.commit}\` (${build.ref}), folders ${(build.archivePaths ?? ['l1-contracts/contracts']).map((p) => `\`${p}\``).join(', ')}`,
        '- License of those sources: MIT, `LICENSE-MIT` beside this file (copied from the same commit, the only license file at its root).',
        notMit.length
          ? `- Sources whose SPDX header names another license (it applies to them and their artifacts): ${notMit.join(', ')}.`
          : '- Every resolved source carries an MIT SPDX header.',
        '- OpenZeppelin: `@openzeppelin/contracts@4.9.6` and `@openzeppelin/contracts-upgradeable@4.9.6` from npm (MIT), remapped as `@openzeppelin/contracts-v4/` and `@openzeppelin/contracts-upgradeable-v4/`.',
        `- Compiler: solc-js \`${solc.version()}\` (npm \`solc@0.8.28\`)`,
        `- Settings (${build.settings.source}): \`${JSON.stringify({ optimizer: build.settings.optimizer, evmVersion: build.settings.evmVersion, viaIR: false })}\``,
        '- Only the ABI and the creation bytecode of each contract are kept; the Solidity sources are not.',
        `- ${ours.artifacts.map((a) => `\`${a.contractName}\``).join(', ')} are this project's own test contracts (\`test/harness/contracts/\`), compiled with the same compiler and settings.`,
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
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`${version}: wrote ${all.length} artifacts from ${era.resolved.length} sources in ${seconds} s`)
  } finally {
    cleanup()
  }
}

async function main() {
  const [checkout, ...named] = process.argv.slice(2)
  if (!checkout) throw new Error('usage: build-contracts <era-contracts checkout> [version ...]')
  for (const v of named) if (!isContractsVersion(v)) throw new Error(`unknown version ${v}`)
  const versions = named.length ? (named as ContractsVersion[]) : CONTRACTS_VERSIONS
  for (const version of versions) await buildVersion(checkout, version)
}

await main()
