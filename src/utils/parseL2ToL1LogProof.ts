import { type Hex, hexToBigInt } from 'viem'

/**
 * A `zks_getL2ToL1LogProof` result as the node sends it: Era `proof`, `id`, `root`; ZKsync OS also the batch, as
 * `batch_number` (a JSON number, the servers up to the rename) or `batchNumber`.
 */
export type L2ToL1LogProofResponse = {
  proof: readonly Hex[]
  id: number | bigint | Hex
  root: Hex
  batchNumber?: number | bigint | Hex | null | undefined
  batch_number?: number | bigint | Hex | null | undefined
}

export type L2ToL1LogProof = {
  /** The Merkle proof exactly as the node returned it (same elements, same order): pass it on unchanged. */
  proof: Hex[]
  /** The log's index in the batch's L2->L1 log tree: `l2MessageIndex` on L1. */
  id: number
  root: Hex
  /** The batch of the log, when the node says (ZKsync OS). */
  batchNumber?: bigint
}

/**
 * Normalizes a `zks_getL2ToL1LogProof` result: `id` as a number and the batch (`batchNumber` or `batch_number`), when
 * present, as a bigint `batchNumber`. The proof array is copied as is, never rebuilt: Gateway-era proofs are longer
 * than the 15-element L1 path and must reach L1 untouched.
 *
 * @example
 * import { parseL2ToL1LogProof } from 'zksync-l1-actions/utils'
 *
 * const proof = parseL2ToL1LogProof({
 *   proof: ['0x72abee45b59e344af8a6e520241c4744aff26ed411f4c4b00f8af09adada43ba'],
 *   id: 3,
 *   root: '0x9612bc71dcdc112a74134a97d686202e6dae4bd43d8dc531384c75eac3854d2d',
 *   batchNumber: '0x11',
 * })
 * // { proof: ['0x72ab…43ba'], id: 3, root: '0x9612…4d2d', batchNumber: 17n }
 */
export function parseL2ToL1LogProof(response: L2ToL1LogProofResponse): L2ToL1LogProof {
  const result: L2ToL1LogProof = { proof: [...response.proof], id: Number(toBigInt(response.id)), root: response.root }
  const batchNumber = response.batchNumber ?? response.batch_number
  if (batchNumber !== undefined && batchNumber !== null) result.batchNumber = toBigInt(batchNumber)
  return result
}

function toBigInt(value: number | bigint | Hex): bigint {
  return typeof value === 'string' ? hexToBigInt(value) : BigInt(value)
}
