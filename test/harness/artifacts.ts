import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

export type Artifact = { contractName: string; sourceName: string; abi: Abi; bytecode: Hex }

const dir = join(dirname(fileURLToPath(import.meta.url)), 'artifacts')

/** Reads a compiled contract written by `scripts/build-contracts.ts`. */
export function readArtifact(name: string): Artifact {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Artifact
}

/** Every ABI of the deployed ecosystem merged, to decode any revert the harness meets. */
export function allErrorsAbi(): Abi {
  const names = [
    'Bridgehub',
    'L1Nullifier',
    'L1AssetRouter',
    'L1NativeTokenVault',
    'MailboxFacet',
    'ExecutorFacet',
    'AdminFacet',
    'GettersFacet',
    'ChainTypeManager',
    'ValidatorTimelock',
    'MessageRoot',
    'CustomBridge',
  ]
  const seen = new Set<string>()
  const out: Abi[number][] = []
  for (const n of names)
    for (const item of readArtifact(n).abi)
      if (item.type === 'error') {
        const key = `${item.name}(${item.inputs.map((i) => i.type).join(',')})`
        if (!seen.has(key)) {
          seen.add(key)
          out.push(item)
        }
      }
  return out
}
