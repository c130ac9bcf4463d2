import type { Hex } from 'viem'
import { ZksyncL1Error } from './base.js'

export type FailedDepositProofInvalidErrorType = FailedDepositProofInvalidError & {
  name: 'FailedDepositProofInvalidError'
}
/**
 * L1 does not verify the L2 node's proof that the deposit failed (`proveL1ToL2TransactionStatus` is false or
 * reverts): the node is wrong or lying, or the deposit did not fail. Nothing is sent.
 */
export class FailedDepositProofInvalidError extends ZksyncL1Error {
  override name = 'FailedDepositProofInvalidError' as const
  readonly l2TxHash: Hex
  readonly l2BatchNumber: bigint
  readonly l2MessageIndex: bigint
  constructor({
    l2TxHash,
    l2BatchNumber,
    l2MessageIndex,
  }: { l2TxHash: Hex; l2BatchNumber: bigint; l2MessageIndex: bigint }) {
    super('L1 does not verify the L2 node’s proof that the deposit failed.', {
      name: 'FailedDepositProofInvalidError',
      metaMessages: [
        `L2 hash:       ${l2TxHash}`,
        `L2 batch:      ${l2BatchNumber}`,
        `message index: ${l2MessageIndex}`,
        'The L2 node answered a receipt or a proof L1 rejects. Ask another L2 node; nothing was sent.',
      ],
    })
    this.l2TxHash = l2TxHash
    this.l2BatchNumber = l2BatchNumber
    this.l2MessageIndex = l2MessageIndex
  }
}
