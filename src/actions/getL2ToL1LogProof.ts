import { BaseError, type Client, type Hash, isHex, type RpcRequestErrorType } from 'viem'
import { ZKSYNC_OS_PROOF_NOT_READY_MESSAGES, ZKSYNC_OS_ZKS_ERROR_CODE } from '../constants/rpc.js'
import type { ErrorType } from '../errors/base.js'
import { L2ResponseMalformedError, type L2ResponseMalformedErrorType } from '../errors/common.js'
import { type L2ToL1LogProof, type L2ToL1LogProofResponse, parseL2ToL1LogProof } from '../utils/parseL2ToL1LogProof.js'
import { assertHash, assertIndex } from './internal/assertParameters.js'

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

export type GetL2ToL1LogProofErrorType = RpcRequestErrorType | L2ResponseMalformedErrorType | ErrorType

/**
 * Asks the L2 node for the Merkle proof of one L2->L1 log of a transaction (`zks_getL2ToL1LogProof`). The proof array
 * comes back exactly as the node sent it. `null` means "not ready", however the server says it: an Era node answers
 * `null`; a ZKsync OS node answers `null` for a transaction it does not know and the JSON-RPC error -32603 with
 * "transaction has not been included in an L1 batch yet" or "L1 batch containing the transaction has not been executed
 * yet" until the batch is executed on L1. That answer is not retried: a poll of a proof that is not ready costs one
 * request. Any other error is thrown (after the transport's usual retries); an answer that is not a proof is an
 * `L2ResponseMalformedError`.
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
  assertHash('hash', hash)
  assertIndex('index', index)
  const args = { method: 'zks_getL2ToL1LogProof', params: [hash, index] } as never
  let response: unknown
  try {
    // no retries here: a ZKsync OS node says "not ready" with the code viem retries (-32603)
    response = await client.request(args, { retryCount: 0 })
  } catch (error) {
    if (isNotReady(error)) return null
    // anything else gets the transport's retries, as every other request does
    response = await client.request(args)
  }
  if (response === null || response === undefined) return null
  if (!isProofResponse(response))
    throw new L2ResponseMalformedError({ method: 'zks_getL2ToL1LogProof', hash, reason: 'not a proof' })
  return parseL2ToL1LogProof(response)
}

/** ZKsync OS's "not ready" answers, by their recorded code and message. */
function isNotReady(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  return !!error.walk((e) => {
    const { code, details } = e as { code?: unknown; details?: unknown }
    return (
      code === ZKSYNC_OS_ZKS_ERROR_CODE &&
      typeof details === 'string' &&
      (ZKSYNC_OS_PROOF_NOT_READY_MESSAGES as readonly string[]).includes(details)
    )
  })
}

function isProofResponse(value: unknown): value is L2ToL1LogProofResponse {
  if (typeof value !== 'object' || value === null) return false
  const { proof, id, root, batchNumber, batch_number } = value as Record<string, unknown>
  const isId = (v: unknown) =>
    (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (isHex(v) && /^0x[0-9a-fA-F]{1,16}$/.test(v))
  const isBatch = (v: unknown) => v === undefined || v === null || isId(v)
  return (
    Array.isArray(proof) &&
    proof.every((p) => isHex(p) && p.length === 66) &&
    isId(id) &&
    isHex(root) &&
    isBatch(batchNumber) &&
    isBatch(batch_number)
  )
}
