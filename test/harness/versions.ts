/**
 * The era-contracts versions the networks run, and which one this test process runs against. The suite runs once per
 * version (`vitest.config.ts` has one project per version, each setting `ZKSYNC_CONTRACTS_VERSION`); everything the
 * harness loads (artifacts, the state fixture, the deployment) is that version's. Each version deploys the chain kinds
 * the networks run on it:
 *
 * | key | chain | VM | base token |
 * |---|---|---|---|
 * | `a` | 271 | Era | ETH |
 * | `b` | 272 | Era | BTB (an ERC-20, multiplier 5/2) |
 * | `c` | 273 | ZKsync OS | ETH |
 * | `d` | 274 | ZKsync OS | BTB |
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CONTRACTS_VERSIONS = ['v29.4', 'zkos-v0.30.2', 'v31'] as const

export type ContractsVersion = (typeof CONTRACTS_VERSIONS)[number]

export type ChainKey = 'a' | 'b' | 'c' | 'd'

export type ContractsVersionInfo = {
  /** the protocol's minor version (`getSemverProtocolVersion()[1]`) */
  minor: 29 | 30 | 31
  /** the era-contracts commit the artifacts are compiled from */
  commit: string
  /** the chain kinds deployed on this version */
  chains: readonly ChainKey[]
}

export const contractsVersions: Record<ContractsVersion, ContractsVersionInfo> = {
  'v29.4': { minor: 29, commit: 'c66f46bcf32d971ce25a7c952fce2b73ae93788f', chains: ['a', 'b'] },
  'zkos-v0.30.2': { minor: 30, commit: '9ddc915c85d1f44c79b5d55e160d384138ed5105', chains: ['c', 'd'] },
  v31: { minor: 31, commit: '4859b6fd456eaf943b80c6934cb24fab9026f035', chains: ['a', 'b', 'c', 'd'] },
}

export function isContractsVersion(value: unknown): value is ContractsVersion {
  return (CONTRACTS_VERSIONS as readonly unknown[]).includes(value)
}

function fromEnvironment(): ContractsVersion {
  const value = process.env.ZKSYNC_CONTRACTS_VERSION ?? 'v29.4'
  if (!isContractsVersion(value))
    throw new Error(`ZKSYNC_CONTRACTS_VERSION=${value} is not one of ${CONTRACTS_VERSIONS.join(', ')}`)
  return value
}

/** The version this process tests: `ZKSYNC_CONTRACTS_VERSION`, `v29.4` when unset. */
export const contractsVersion: ContractsVersion = fromEnvironment()

/** The protocol minor version of `contractsVersion` (29, 30 or 31), for version-specific expectations. */
export const protocolMinor = contractsVersions[contractsVersion].minor

/** The folder of a version's state fixture (`state.json`) and addresses (`deployment.json`), by `npm run build:state`. */
export function fixturesDir(version: ContractsVersion = contractsVersion): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'fixtures', version)
}

/** Whether a version deploys a chain kind (see the table above). */
export function hasChain(key: ChainKey, version: ContractsVersion = contractsVersion): boolean {
  return contractsVersions[version].chains.includes(key)
}
