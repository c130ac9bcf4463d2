import type { Address, Hex } from 'viem'
import { ZksyncL1Error } from './base.js'

/** What a withdrawal that cannot be finalized yet is waiting for. */
export type WithdrawalWaitingFor =
  /** the L2 node has no receipt for the transaction (not mined yet, or unknown to this node) */
  | 'l2-receipt'
  /** the node has no proof yet: the batch is not sealed or committed (Era), or not executed (ZKsync OS) */
  | 'proof'
  /** the batch is committed but not executed on L1 */
  | 'batch-execution'

export type WithdrawalNotReadyErrorType = WithdrawalNotReadyError & { name: 'WithdrawalNotReadyError' }
/** The withdrawal cannot be finalized yet: its L2 transaction or its batch is still on the way. */
export class WithdrawalNotReadyError extends ZksyncL1Error {
  override name = 'WithdrawalNotReadyError' as const
  readonly hash: Hex
  readonly status: 'l2-pending' | 'waiting-for-batch'
  readonly waitingFor: WithdrawalWaitingFor
  readonly l2BatchNumber: bigint | undefined
  constructor({
    hash,
    status,
    waitingFor,
    l2BatchNumber,
  }: {
    hash: Hex
    status: 'l2-pending' | 'waiting-for-batch'
    waitingFor: WithdrawalWaitingFor
    l2BatchNumber?: bigint | undefined
  }) {
    super(
      status === 'l2-pending'
        ? 'The withdrawal has no L2 receipt yet.'
        : 'The batch of the withdrawal is not executed on L1 yet.',
      {
        name: 'WithdrawalNotReadyError',
        metaMessages: [
          `L2 hash:     ${hash}`,
          `status:      ${status}`,
          `waiting for: ${waitingFor}`,
          ...(l2BatchNumber !== undefined ? [`L2 batch:    ${l2BatchNumber}`] : []),
          'Wait with `waitForWithdrawalReady`, then finalize.',
        ],
      },
    )
    this.status = status
    this.waitingFor = waitingFor
    this.l2BatchNumber = l2BatchNumber
    this.hash = hash
  }
}

export type WithdrawalFailedOnL2ErrorType = WithdrawalFailedOnL2Error & { name: 'WithdrawalFailedOnL2Error' }
/** The L2 transaction of the withdrawal reverted: no message was sent, nothing can be finalized. */
export class WithdrawalFailedOnL2Error extends ZksyncL1Error {
  override name = 'WithdrawalFailedOnL2Error' as const
  readonly hash: Hex
  constructor({ hash }: { hash: Hex }) {
    super('The L2 transaction of the withdrawal reverted.', {
      name: 'WithdrawalFailedOnL2Error',
      metaMessages: [`L2 hash: ${hash}`, 'The funds never left L2; start a new withdrawal.'],
    })
    this.hash = hash
  }
}

export type WithdrawalMessageNotFoundErrorType = WithdrawalMessageNotFoundError & {
  readonly name: 'WithdrawalMessageNotFoundError'
}
/** The L2 transaction sent no L2->L1 message (`L1MessageSent`): it is not a withdrawal. */
export class WithdrawalMessageNotFoundError extends ZksyncL1Error {
  override name = 'WithdrawalMessageNotFoundError' as const
  readonly hash: Hex
  constructor({ hash }: { hash: Hex }) {
    super('The L2 transaction is not a withdrawal: it sent no L2->L1 message.', {
      name: 'WithdrawalMessageNotFoundError',
      metaMessages: [`L2 hash: ${hash}`, 'Pass the hash of the L2 `withdraw` transaction.'],
    })
    this.hash = hash
  }
}

export type WithdrawalIndexRequiredErrorType = WithdrawalIndexRequiredError & { name: 'WithdrawalIndexRequiredError' }
/** The L2 transaction sent several L2->L1 messages and no `index` said which one is meant. */
export class WithdrawalIndexRequiredError extends ZksyncL1Error {
  override name = 'WithdrawalIndexRequiredError' as const
  readonly hash: Hex
  readonly count: number
  constructor({ hash, count }: { hash: Hex; count: number }) {
    super(`The L2 transaction sent ${count} L2->L1 messages; say which one with \`index\`.`, {
      name: 'WithdrawalIndexRequiredError',
      metaMessages: [`L2 hash:  ${hash}`, `messages: ${count}`, `Pass \`index\` from 0 to ${count - 1}.`],
    })
    this.count = count
    this.hash = hash
  }
}

export type WithdrawalIndexOutOfRangeErrorType = WithdrawalIndexOutOfRangeError & {
  readonly name: 'WithdrawalIndexOutOfRangeError'
}
/** `index` names a message the L2 transaction did not send. */
export class WithdrawalIndexOutOfRangeError extends ZksyncL1Error {
  override name = 'WithdrawalIndexOutOfRangeError' as const
  readonly hash: Hex
  readonly index: number
  readonly count: number
  constructor({ hash, index, count }: { hash: Hex; index: number; count: number }) {
    super(`The L2 transaction sent ${count} L2->L1 message(s); there is no message ${index}.`, {
      name: 'WithdrawalIndexOutOfRangeError',
      metaMessages: [
        `L2 hash:  ${hash}`,
        `index:    ${index}`,
        `messages: ${count}`,
        `Pass \`index\` from 0 to ${count - 1}.`,
      ],
    })
    this.hash = hash
    this.index = index
    this.count = count
  }
}

export type WithdrawalAlreadyFinalizedErrorType = WithdrawalAlreadyFinalizedError & {
  readonly name: 'WithdrawalAlreadyFinalizedError'
}
/** The withdrawal was finalized on L1 already; finalizing it again would revert. */
export class WithdrawalAlreadyFinalizedError extends ZksyncL1Error {
  override name = 'WithdrawalAlreadyFinalizedError' as const
  readonly hash: Hex
  readonly l2BatchNumber: bigint
  readonly l2MessageIndex: bigint
  constructor({ hash, l2BatchNumber, l2MessageIndex }: { hash: Hex; l2BatchNumber: bigint; l2MessageIndex: bigint }) {
    super('The withdrawal is already finalized.', {
      name: 'WithdrawalAlreadyFinalizedError',
      metaMessages: [
        `L2 hash:       ${hash}`,
        `L2 batch:      ${l2BatchNumber}`,
        `message index: ${l2MessageIndex}`,
        'Nothing to do: the funds were paid out on L1.',
      ],
    })
    this.hash = hash
    this.l2BatchNumber = l2BatchNumber
    this.l2MessageIndex = l2MessageIndex
  }
}

export type CustomBridgeNotFoundErrorType = CustomBridgeNotFoundError & { name: 'CustomBridgeNotFoundError' }
/** The message comes from an L2 contract the L1Nullifier does not finalize for, and no custom bridge names it. */
export class CustomBridgeNotFoundError extends ZksyncL1Error {
  override name = 'CustomBridgeNotFoundError' as const
  readonly hash: Hex
  readonly l2Sender: Address
  constructor({ hash, l2Sender }: { hash: Hex; l2Sender: Address }) {
    super('The withdrawal was sent by a custom bridge whose L1 contract is not known.', {
      name: 'CustomBridgeNotFoundError',
      metaMessages: [
        `L2 hash:   ${hash}`,
        `L2 sender: ${l2Sender}`,
        'Pass `customBridge: { l1 }` (the bridge L1 contract), or list the bridge in the L2 chain definition',
        '(`custom.zksync.customBridges`).',
      ],
    })
    this.hash = hash
    this.l2Sender = l2Sender
  }
}

export type WithdrawalNotFinalizableHereErrorType = WithdrawalNotFinalizableHereError & {
  readonly name: 'WithdrawalNotFinalizableHereError'
}
/** The L1 contracts refuse to verify the withdrawal here (its batch is settled on another layer, or not on this L1). */
export class WithdrawalNotFinalizableHereError extends ZksyncL1Error {
  override name = 'WithdrawalNotFinalizableHereError' as const
  readonly hash: Hex
  readonly reason: string
  constructor({ hash, reason, cause }: { hash: Hex; reason: string; cause?: Error | undefined }) {
    super('The withdrawal cannot be finalized here.', {
      name: 'WithdrawalNotFinalizableHereError',
      cause,
      metaMessages: [
        `L2 hash: ${hash}`,
        `revert:  ${reason}`,
        'The L1 contracts cannot verify this batch: it may be settled on another settlement layer (Gateway) or',
        'not executed on this L1. Check the chain settlement layer and the L1 client.',
      ],
    })
    this.reason = reason
    this.hash = hash
  }
}

export type WithdrawalTokenNotFoundErrorType = WithdrawalTokenNotFoundError & { name: 'WithdrawalTokenNotFoundError' }
/** The L2 native token vault has no asset id for the token: it cannot be withdrawn through the asset router. */
export class WithdrawalTokenNotFoundError extends ZksyncL1Error {
  override name = 'WithdrawalTokenNotFoundError' as const
  readonly token: Address
  constructor({ token }: { token: Address }) {
    super('The token is not registered in the L2 native token vault.', {
      name: 'WithdrawalTokenNotFoundError',
      metaMessages: [
        `token: ${token}`,
        'Pass the L2 address of a bridged token (or `0x…800a` for the base token); custom-bridge tokens withdraw',
        'through their own bridge.',
      ],
    })
    this.token = token
  }
}

export type WithdrawalAmountInvalidErrorType = WithdrawalAmountInvalidError & { name: 'WithdrawalAmountInvalidError' }
/** The amount to withdraw is not a positive uint256. */
export class WithdrawalAmountInvalidError extends ZksyncL1Error {
  override name = 'WithdrawalAmountInvalidError' as const
  readonly amount: unknown
  constructor({ amount }: { amount: unknown }) {
    super('The amount to withdraw must be greater than zero and below 2^256.', {
      name: 'WithdrawalAmountInvalidError',
      metaMessages: [
        `amount: ${String(amount)}`,
        'Pass the amount in the token smallest unit, as a bigint from 1n to 2n ** 256n - 1n.',
      ],
    })
    this.amount = amount
  }
}

// ---------- failed deposits ----------

export type FailedDepositNotFoundErrorType = FailedDepositNotFoundError & { name: 'FailedDepositNotFoundError' }
/** Neither the L1 nor the L2 knows the hash as a deposit into the target chain. */
export class FailedDepositNotFoundError extends ZksyncL1Error {
  override name = 'FailedDepositNotFoundError' as const
  readonly hash: Hex
  readonly l2ChainId: bigint
  readonly reason: string
  constructor({ hash, l2ChainId, reason }: { hash: Hex; l2ChainId: bigint; reason: string }) {
    super('No deposit into the chain was found for this hash.', {
      name: 'FailedDepositNotFoundError',
      metaMessages: [
        `hash:        ${hash}`,
        `L2 chain id: ${l2ChainId}`,
        `reason:      ${reason}`,
        'Pass the hash of the L1 deposit transaction (or of its L2 transaction) and the chain it went to.',
      ],
    })
    this.hash = hash
    this.l2ChainId = l2ChainId
    this.reason = reason
  }
}

export type DepositNotClaimableErrorType = DepositNotClaimableError & { name: 'DepositNotClaimableError' }
/** The deposit went through `requestL2TransactionDirect` (base token): a failure is refunded on L2, not claimable on L1. */
export class DepositNotClaimableError extends ZksyncL1Error {
  override name = 'DepositNotClaimableError' as const
  readonly hash: Hex
  constructor({ hash }: { hash: Hex }) {
    super('Only token deposits through the second bridge can be claimed back on L1.', {
      name: 'DepositNotClaimableError',
      metaMessages: [
        `hash: ${hash}`,
        'This is a base-token (Direct) deposit: when it fails on L2, its value is refunded on L2 to the refund recipient.',
      ],
    })
    this.hash = hash
  }
}

export type DepositNotFailedErrorType = DepositNotFailedError & { name: 'DepositNotFailedError' }
/** The deposit succeeded on L2: there is nothing to claim. */
export class DepositNotFailedError extends ZksyncL1Error {
  override name = 'DepositNotFailedError' as const
  readonly l2TxHash: Hex
  constructor({ l2TxHash }: { l2TxHash: Hex }) {
    super('The deposit succeeded on L2; there is nothing to claim.', {
      name: 'DepositNotFailedError',
      metaMessages: [`L2 hash: ${l2TxHash}`, 'The funds are on L2; withdraw them to bring them back.'],
    })
    this.l2TxHash = l2TxHash
  }
}

export type FailedDepositNotReadyErrorType = FailedDepositNotReadyError & { name: 'FailedDepositNotReadyError' }
/** The deposit is not executed on L2 yet, or its batch is not executed on L1: its failure cannot be proven yet. */
export class FailedDepositNotReadyError extends ZksyncL1Error {
  override name = 'FailedDepositNotReadyError' as const
  readonly l2TxHash: Hex
  readonly l2BatchNumber: bigint | undefined
  readonly waitingFor: WithdrawalWaitingFor
  constructor({
    l2TxHash,
    waitingFor,
    l2BatchNumber,
  }: { l2TxHash: Hex; waitingFor: WithdrawalWaitingFor; l2BatchNumber?: bigint | undefined }) {
    super('The deposit cannot be claimed yet: its L2 outcome is not settled on L1.', {
      name: 'FailedDepositNotReadyError',
      metaMessages: [
        `L2 hash:     ${l2TxHash}`,
        `waiting for: ${waitingFor}`,
        ...(l2BatchNumber !== undefined ? [`L2 batch:    ${l2BatchNumber}`] : []),
        'Try again once the batch of the L2 transaction is executed on L1.',
      ],
    })
    this.waitingFor = waitingFor
    this.l2TxHash = l2TxHash
    this.l2BatchNumber = l2BatchNumber
  }
}

export type DepositAlreadyClaimedErrorType = DepositAlreadyClaimedError & { name: 'DepositAlreadyClaimedError' }
/** The L1Nullifier holds no record of the deposit any more: it was claimed already. */
export class DepositAlreadyClaimedError extends ZksyncL1Error {
  override name = 'DepositAlreadyClaimedError' as const
  readonly l2TxHash: Hex
  readonly l2ChainId: bigint
  constructor({ l2TxHash, l2ChainId }: { l2TxHash: Hex; l2ChainId: bigint }) {
    super('The failed deposit was claimed already.', {
      name: 'DepositAlreadyClaimedError',
      metaMessages: [
        `L2 hash:     ${l2TxHash}`,
        `L2 chain id: ${l2ChainId}`,
        'The L1Nullifier clears `depositHappened` on claim; the funds went back to the depositor.',
      ],
    })
    this.l2TxHash = l2TxHash
    this.l2ChainId = l2ChainId
  }
}

export type FailedDepositDataMismatchErrorType = FailedDepositDataMismatchError & {
  readonly name: 'FailedDepositDataMismatchError'
}
/** No deposit data rebuilt from the chain hashes to the record the L1Nullifier keeps. */
export class FailedDepositDataMismatchError extends ZksyncL1Error {
  override name = 'FailedDepositDataMismatchError' as const
  readonly l2TxHash: Hex
  readonly stored: Hex
  constructor({ l2TxHash, stored }: { l2TxHash: Hex; stored: Hex }) {
    super('The deposit data could not be rebuilt: no candidate matches the L1Nullifier record.', {
      name: 'FailedDepositDataMismatchError',
      metaMessages: [
        `L2 hash:     ${l2TxHash}`,
        `stored hash: ${stored}`,
        'The deposit was probably made with transfer data this library cannot rebuild from events.',
      ],
    })
    this.l2TxHash = l2TxHash
    this.stored = stored
  }
}

export type WithdrawalProofInvalidErrorType = WithdrawalProofInvalidError & { name: 'WithdrawalProofInvalidError' }
/** L1 rejects the L2 node's proof of the withdrawal message (`proveL2MessageInclusion` is false): the node is wrong. */
export class WithdrawalProofInvalidError extends ZksyncL1Error {
  override name = 'WithdrawalProofInvalidError' as const
  readonly hash: Hex
  readonly l2BatchNumber: bigint
  readonly l2MessageIndex: bigint
  constructor({ hash, l2BatchNumber, l2MessageIndex }: { hash: Hex; l2BatchNumber: bigint; l2MessageIndex: bigint }) {
    super('The L2 node’s proof of the withdrawal does not verify on L1.', {
      name: 'WithdrawalProofInvalidError',
      metaMessages: [
        `L2 hash:       ${hash}`,
        `L2 batch:      ${l2BatchNumber}`,
        `message index: ${l2MessageIndex}`,
        'The batch is executed, but the Bridgehub’s `proveL2MessageInclusion` rejects this (batch, index, proof) for',
        'the message: the L2 node answered a wrong proof. Use another L2 node (`l2Client`).',
      ],
    })
    this.hash = hash
    this.l2BatchNumber = l2BatchNumber
    this.l2MessageIndex = l2MessageIndex
  }
}
