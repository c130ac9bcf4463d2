import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Abi, decodeErrorResult, type Hex } from 'viem'
import { type ContractsVersion, contractsVersion } from './versions.js'

export type Artifact = { contractName: string; sourceName: string; abi: Abi; bytecode: Hex }

/** The folder of one version's L1 artifacts, written by `scripts/build-contracts.ts`. */
export function artifactsDir(version: ContractsVersion = contractsVersion): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'artifacts', 'l1', version)
}

/** Reads a compiled L1 contract of a version (by default the version this process tests). */
export function readArtifact(name: string, version: ContractsVersion = contractsVersion): Artifact {
  return JSON.parse(readFileSync(join(artifactsDir(version), `${name}.json`), 'utf8')) as Artifact
}

const errorsAbis = new Map<ContractsVersion, Abi>()

/** The errors of every contract of a version's deployed ecosystem merged, to decode any revert the harness meets. */
export function allErrorsAbi(version: ContractsVersion = contractsVersion): Abi {
  const cached = errorsAbis.get(version)
  if (cached) return cached
  const names = readdirSync(artifactsDir(version))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()
  const seen = new Set<string>()
  const out: Abi[number][] = []
  for (const n of names)
    for (const item of readArtifact(n, version).abi)
      if (item.type === 'error') {
        const key = `${item.name}(${item.inputs.map((i) => i.type).join(',')})`
        if (!seen.has(key)) {
          seen.add(key)
          out.push(item)
        }
      }
  errorsAbis.set(version, out)
  return out
}

/**
 * The name of the custom error a failed viem call reverted with, decoded with the errors of every
 * harness contract (viem only knows the errors of the ABI it called, not those of the facets behind it).
 */
export function revertErrorName(error: unknown): string | undefined {
  let e: any = error
  while (e) {
    if (e.data?.errorName) return e.data.errorName
    const raw: unknown = typeof e.data === 'string' ? e.data : e.raw
    if (typeof raw === 'string' && raw.startsWith('0x') && raw.length >= 10) {
      try {
        return decodeErrorResult({ abi: allErrorsAbi(), data: raw as Hex }).errorName
      } catch {}
    }
    const m = /custom error (0x[0-9a-fA-F]{8})/.exec(e.details ?? e.message ?? '')
    if (m) {
      try {
        return decodeErrorResult({ abi: allErrorsAbi(), data: m[1] as Hex }).errorName
      } catch {}
    }
    e = e.cause
  }
  return undefined
}

/** Runs `fn`, expects it to fail, and returns the decoded custom error name. */
export async function expectRevert(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn()
  } catch (e) {
    return revertErrorName(e)
  }
  throw new Error('expected a revert')
}
