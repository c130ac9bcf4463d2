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
export const ERA_CONTRACTS_COMMIT = 'c66f46bcf32d971ce25a7c952fce2b73ae93788f'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'test/harness/artifacts')
const ownSourcesDir = join(root, 'test/harness/contracts')

/** file (relative to l1-contracts) -> contract names to emit */
const eraEntryPoints: Record<string, string[]> = {
  'contracts/bridgehub/Bridgehub.sol': ['Bridgehub'],
  'contracts/bridgehub/MessageRoot.sol': ['MessageRoot'],
  'contracts/bridgehub/CTMDeploymentTracker.sol': ['CTMDeploymentTracker'],
  'contracts/bridgehub/ChainAssetHandler.sol': ['ChainAssetHandler'],
  'contracts/bridge/L1Nullifier.sol': ['L1Nullifier'],
  'contracts/bridge/asset-router/L1AssetRouter.sol': ['L1AssetRouter'],
  'contracts/bridge/ntv/L1NativeTokenVault.sol': ['L1NativeTokenVault'],
  'contracts/bridge/L1ERC20Bridge.sol': ['L1ERC20Bridge'],
  'contracts/bridge/BridgedStandardERC20.sol': ['BridgedStandardERC20'],
  'contracts/state-transition/ChainTypeManager.sol': ['ChainTypeManager'],
  'contracts/state-transition/ValidatorTimelock.sol': ['ValidatorTimelock'],
  'contracts/state-transition/chain-deps/DiamondInit.sol': ['DiamondInit'],
  'contracts/state-transition/chain-deps/facets/Admin.sol': ['AdminFacet'],
  'contracts/state-transition/chain-deps/facets/Executor.sol': ['ExecutorFacet'],
  'contracts/state-transition/chain-deps/facets/Getters.sol': ['GettersFacet'],
  'contracts/state-transition/chain-deps/facets/Mailbox.sol': ['MailboxFacet'],
  'contracts/state-transition/verifiers/TestnetVerifier.sol': ['TestnetVerifier'],
  'contracts/state-transition/verifiers/L1VerifierFflonk.sol': ['L1VerifierFflonk'],
  'contracts/state-transition/verifiers/L1VerifierPlonk.sol': ['L1VerifierPlonk'],
  'contracts/state-transition/data-availability/RollupDAManager.sol': ['RollupDAManager'],
  'contracts/state-transition/data-availability/ValidiumL1DAValidator.sol': ['ValidiumL1DAValidator'],
  'contracts/upgrades/L1GenesisUpgrade.sol': ['L1GenesisUpgrade'],
  'contracts/governance/ServerNotifier.sol': ['ServerNotifier'],
  'contracts/dev-contracts/TestnetERC20Token.sol': ['TestnetERC20Token'],
  'contracts/dev-contracts/Multicall3.sol': ['Multicall3'],
  '@openzeppelin/contracts-v4/proxy/transparent/TransparentUpgradeableProxy.sol': ['TransparentUpgradeableProxy'],
  '@openzeppelin/contracts-v4/proxy/transparent/ProxyAdmin.sol': ['ProxyAdmin'],
  '@openzeppelin/contracts-v4/proxy/beacon/UpgradeableBeacon.sol': ['UpgradeableBeacon'],
}

const settings = {
  optimizer: { enabled: true, runs: 9_999_999 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
}

type Artifact = { contractName: string; sourceName: string; abi: unknown[]; bytecode: `0x${string}` }

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

function main() {
  const checkout = process.argv[2] ?? process.env.ERA_CONTRACTS
  if (!checkout) throw new Error('usage: build-contracts <era-contracts checkout>')
  const { work, readImport, cleanup } = unpackEraContracts(checkout, ERA_CONTRACTS_COMMIT, 'era-contracts-')
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

    // only this script's own files: the folders beside them (`zkos-v0.30.2/`) belong to `build-l2-contracts.ts`
    mkdirSync(outDir, { recursive: true })
    for (const f of readdirSync(outDir, { withFileTypes: true }))
      if (f.isFile()) rmSync(join(outDir, f.name), { force: true })
    const all = [...era.artifacts, ...ours.artifacts].sort((a, b) => a.contractName.localeCompare(b.contractName))
    for (const a of all) writeFileSync(join(outDir, `${a.contractName}.json`), `${JSON.stringify(a)}\n`)
    writeFileSync(join(outDir, 'LICENSE-MIT'), readFileSync(join(work, 'LICENSE-MIT')))
    writeFileSync(
      join(outDir, 'PROVENANCE.md'),
      [
        '# Provenance of the compiled contracts in this folder',
        '',
        'Generated by `npm run build:contracts -- <era-contracts checkout>` (`scripts/build-contracts.ts`); do not edit by hand.',
        '',
        `- Source repository: ${ERA_CONTRACTS_REPOSITORY}`,
        `- Commit: \`${ERA_CONTRACTS_COMMIT}\` ("v29.4"), folder \`l1-contracts/contracts\``,
        '- License of those sources: MIT, `LICENSE-MIT` beside this file (copied from the same commit).',
        '- OpenZeppelin: `@openzeppelin/contracts@4.9.6` and `@openzeppelin/contracts-upgradeable@4.9.6` from npm (MIT), remapped as `@openzeppelin/contracts-v4/` and `@openzeppelin/contracts-upgradeable-v4/`.',
        `- Compiler: solc-js \`${solc.version()}\` (npm \`solc@0.8.28\`)`,
        `- Settings: \`${JSON.stringify({ optimizer: settings.optimizer, evmVersion: settings.evmVersion, viaIR: false })}\``,
        '- Only the ABI and the creation bytecode of each contract are kept; the Solidity sources are not.',
        `- \`CustomBridge\` and \`NoReturnToken\` are this project's own test contracts (\`test/harness/contracts/\`), compiled with the same compiler and settings.`,
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
