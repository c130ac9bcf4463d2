import { type Address, decodeEventLog, type Hex } from 'viem'
import { zkChainAbi } from '../abis/zkChain.js'
import { NEW_PRIORITY_REQUEST_TOPIC } from '../constants/topics.js'
import type { L2CanonicalTransaction } from './getL2CanonicalTransactionHash.js'

export type ExtractPriorityRequestsParameters = {
  /** Logs of an L1 receipt. */
  logs: readonly { address: Address; topics: readonly Hex[]; data: Hex }[]
  /** The chain's diamond: logs of other diamonds (e.g. a Gateway relaying the request) are ignored. */
  diamondAddress: Address
}

export type PriorityRequest = {
  /** The priority queue index, also the L2 transaction's nonce. */
  txId: bigint
  /** The L2 transaction hash. */
  txHash: Hex
  transaction: L2CanonicalTransaction
}

/**
 * The priority requests (`NewPriorityRequest` events) the given chain's diamond emitted in a receipt, in log order.
 *
 * @example
 * import { extractPriorityRequests } from 'zksync-l1-actions/utils'
 *
 * const receipt = await publicClient.waitForTransactionReceipt({
 *   hash: '0x9612bc71dcdc112a74134a97d686202e6dae4bd43d8dc531384c75eac3854d2d',
 * })
 * const [request] = extractPriorityRequests({
 *   logs: receipt.logs,
 *   diamondAddress: '0x32400084C286CF3E17e7B677ea9583e60a000324',
 * })
 * console.log(request?.txHash) // the L2 transaction hash
 */
export function extractPriorityRequests({
  logs,
  diamondAddress,
}: ExtractPriorityRequestsParameters): PriorityRequest[] {
  const diamond = diamondAddress.toLowerCase()
  const requests: PriorityRequest[] = []
  for (const log of logs) {
    if (log.address.toLowerCase() !== diamond) continue
    if (log.topics[0]?.toLowerCase() !== NEW_PRIORITY_REQUEST_TOPIC) continue
    const { args } = decodeEventLog({
      abi: zkChainAbi,
      eventName: 'NewPriorityRequest',
      topics: log.topics as [Hex, ...Hex[]],
      data: log.data,
    })
    requests.push({ txId: args.txId, txHash: args.txHash, transaction: args.transaction })
  }
  return requests
}
