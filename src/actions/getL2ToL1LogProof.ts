import type { Client, Hash, RpcRequestErrorType } from 'viem'
import { type L2ToL1LogProof, type L2ToL1LogProofResponse, parseL2ToL1LogProof } from '../utils/parseL2ToL1LogProof.js'

export type GetL2ToL1LogProofParameters = {
  /** The L2 transaction that emitted the log. */
  hash: Hash
  /**
   * Position of the log among the transaction's L2->L1 logs, as the receipt lists them in `l2ToL1Logs` (all of them:
   * L1Messenger messages and, for a priority transaction, the bootloader status log). Default `0`.
   */
  index?: number | undefined
}

/** The proof, or `null` while the node has none. */
export type GetL2ToL1LogProofReturnType = L2ToL1LogProof | null

export type GetL2ToL1LogProofErrorType = RpcRequestErrorType | Error

/**
 * Asks the L2 node for the Merkle proof of one L2->L1 log of a transaction (`zks_getL2ToL1LogProof`). The proof array
 * comes back exactly as the node sent it. `null` means "not ready": an Era node answers `null` until the batch is
 * committed, a ZKsync OS node answers an RPC error (`NotBatchedYet`, `NotExecutedYet`) until it is executed; both
 * become `null` here. Any other error is thrown.
 *
 * The index is the log's position in the receipt's `l2ToL1Logs`. For a withdrawal, whose logs all come from the
 * L1Messenger, it is also the message number; for a failed deposit, take the position of the bootloader (`0x…8001`)
 * log whose key is the L2 transaction hash.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { zksync } from 'viem/chains'
 * import { getL2ToL1LogProof } from 'zksync-l1-actions'
 *
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const proof = await getL2ToL1LogProof(l2Client, { hash: '0x…', index: 0 })
 */
export async function getL2ToL1LogProof(
  client: Client,
  { hash, index = 0 }: GetL2ToL1LogProofParameters,
): Promise<GetL2ToL1LogProofReturnType> {
  let response: L2ToL1LogProofResponse | null
  try {
    response = (await client.request({
      method: 'zks_getL2ToL1LogProof',
      params: [hash, index],
    } as never)) as L2ToL1LogProofResponse | null
  } catch (error) {
    if (isNotReady(error)) return null
    throw error
  }
  return response ? parseL2ToL1LogProof(response) : null
}

/** ZKsync OS answers with an RPC error until the batch is executed. */
function isNotReady(error: unknown): boolean {
  let e = error as { message?: unknown; details?: unknown; cause?: unknown } | undefined
  while (e) {
    if (/NotBatchedYet|NotExecutedYet/.test(`${e.details ?? ''} ${e.message ?? ''}`)) return true
    e = e.cause as typeof e
  }
  return false
}
