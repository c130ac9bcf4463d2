import type { Address } from 'viem'
import { ZksyncL1Error } from './base.js'

export type InvalidRefundRecipientErrorType = InvalidRefundRecipientError & { name: 'InvalidRefundRecipientError' }
/** The L2 refund recipient of a priority request is an L2 system or built-in contract, where the refund is lost. */
export class InvalidRefundRecipientError extends ZksyncL1Error {
  override name = 'InvalidRefundRecipientError' as const
  readonly refundRecipient: Address
  constructor({ refundRecipient }: { refundRecipient: Address }) {
    super(`The refund recipient ${refundRecipient} is an L2 system contract address.`, {
      name: 'InvalidRefundRecipientError',
      metaMessages: [
        `refundRecipient: ${refundRecipient}`,
        'Addresses up to 0x…1ffff are reserved on L2 for precompiles, system and built-in contracts: the refund (the',
        'unspent L2 gas, or everything when the L2 transaction fails) would be lost there.',
        'Pass the L2 address of an account you control as `refundRecipient`, or omit it (it defaults to the account).',
      ],
    })
    this.refundRecipient = refundRecipient
  }
}

export type TransactionAfterApprovalsWouldRevertErrorType = TransactionAfterApprovalsWouldRevertError & {
  name: 'TransactionAfterApprovalsWouldRevertError'
}
/**
 * The L1 transaction that needs the approvals (a deposit, a request) reverts even with the allowances the approvals
 * would leave, simulated before any of them was sent: a token the vault refuses (one that takes a fee on transfer), a
 * custom bridge that cannot bridge the token. Nothing was sent.
 */
export class TransactionAfterApprovalsWouldRevertError extends ZksyncL1Error {
  override name = 'TransactionAfterApprovalsWouldRevertError' as const
  readonly to: Address
  readonly reason: string
  readonly allowances: readonly { token: Address; spender: Address; amount: bigint }[]
  constructor({
    to,
    reason,
    allowances,
    cause,
  }: {
    to: Address
    /** The custom error the call reverted with, or the node's message. */
    reason: string
    /** The allowances the simulation gave the account, as the approvals would leave them. */
    allowances: readonly { token: Address; spender: Address; amount: bigint }[]
    cause?: Error | undefined
  }) {
    super(`The L1 transaction to ${to} would revert after its approvals (${reason}); no approval was sent.`, {
      name: 'TransactionAfterApprovalsWouldRevertError',
      ...(cause ? { cause } : {}),
      metaMessages: [
        `to:     ${to}`,
        `revert: ${reason}`,
        ...allowances.map((a) => `simulated allowance: ${a.amount} of ${a.token} to ${a.spender}`),
        reason === 'TokensWithFeesNotSupported'
          ? 'The token vault refuses tokens that take a fee on transfer (it receives less than the amount): such a token cannot be deposited.'
          : 'The vault or the bridge refuses this deposit: check the token and `bridgeAddress` (a custom bridge bridges only its own tokens).',
      ],
    })
    this.to = to
    this.reason = reason
    this.allowances = allowances
  }
}
