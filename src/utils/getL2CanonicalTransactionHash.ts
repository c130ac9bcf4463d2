import { type AbiParameterToPrimitiveType, encodeAbiParameters, getAbiItem, type Hex, keccak256 } from 'viem'
import { zkChainAbi } from '../abis/zkChain.js'

/** The `L2CanonicalTransaction` tuple of `NewPriorityRequest` (`l1-contracts/contracts/common/Messaging.sol`). */
export const l2CanonicalTransactionAbiParameter = getAbiItem({ abi: zkChainAbi, name: 'NewPriorityRequest' }).inputs[3]

/** A priority transaction as the diamond enqueues it; `reserved` is `[mintValue, refundRecipient, 0, 0]`. */
export type L2CanonicalTransaction = AbiParameterToPrimitiveType<typeof l2CanonicalTransactionAbiParameter>

/**
 * The L2 hash of a priority transaction, `keccak256(abi.encode(transaction))`: the `txHash` of `NewPriorityRequest`,
 * the hash of the transaction on L2, and the key of the deposit record and of the failure log.
 *
 * @example
 * import { extractPriorityRequests, getL2CanonicalTransactionHash } from 'zksync-l1-actions/utils'
 *
 * const receipt = await publicClient.waitForTransactionReceipt({
 *   hash: '0x9612bc71dcdc112a74134a97d686202e6dae4bd43d8dc531384c75eac3854d2d',
 * })
 * const [request] = extractPriorityRequests({
 *   logs: receipt.logs,
 *   diamondAddress: '0x32400084C286CF3E17e7B677ea9583e60a000324',
 * })
 * if (request) getL2CanonicalTransactionHash(request.transaction) === request.txHash // true
 */
export function getL2CanonicalTransactionHash(transaction: L2CanonicalTransaction): Hex {
  return keccak256(encodeAbiParameters([l2CanonicalTransactionAbiParameter], [transaction]))
}
