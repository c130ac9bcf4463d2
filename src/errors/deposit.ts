import type { Address, Hash } from 'viem'
import { ZksyncL1Error } from './base.js'

export type InvalidDepositAmountErrorType = InvalidDepositAmountError & { name: 'InvalidDepositAmountError' }
/** An amount that must be a positive uint256 is zero, negative, or 2^256 or more. */
export class InvalidDepositAmountError extends ZksyncL1Error {
  override name = 'InvalidDepositAmountError' as const
  readonly parameter: string
  readonly value: bigint
  constructor({ parameter, value }: { parameter: string; value: bigint }) {
    const tooLarge = value >= 2n ** 256n
    super(tooLarge ? `\`${parameter}\` does not fit in a uint256.` : `\`${parameter}\` must be greater than zero.`, {
      name: 'InvalidDepositAmountError',
      metaMessages: [
        `${parameter}: ${value}`,
        tooLarge
          ? 'Pass an amount below 2^256, in the token’s smallest unit.'
          : 'Pass a positive amount in the token’s smallest unit.',
      ],
    })
    this.parameter = parameter
    this.value = value
  }
}

export type InvalidL2ReceiverErrorType = InvalidL2ReceiverError & { name: 'InvalidL2ReceiverError' }
/** The L2 receiver of a deposit is an L2 system or built-in contract, which cannot hold the user’s funds. */
export class InvalidL2ReceiverError extends ZksyncL1Error {
  override name = 'InvalidL2ReceiverError' as const
  readonly to: Address
  constructor({ to }: { to: Address }) {
    super(`The L2 receiver ${to} is a system contract address.`, {
      name: 'InvalidL2ReceiverError',
      metaMessages: [
        `to: ${to}`,
        'Addresses up to 0x…1ffff are reserved for L2 precompiles, system contracts (0x…8000–0x…ffff) and built-in',
        'contracts (0x…10000 and up: L2 Bridgehub, asset router, token vault); funds deposited there are lost.',
        'Pass the L2 address of an account or a user contract as `to`.',
      ],
    })
    this.to = to
  }
}

export type L2GasLimitTooHighErrorType = L2GasLimitTooHighError & { name: 'L2GasLimitTooHighError' }
/** The `l2GasLimit` is above what the chain accepts for a priority transaction; the Mailbox would reject it. */
export class L2GasLimitTooHighError extends ZksyncL1Error {
  override name = 'L2GasLimitTooHighError' as const
  readonly l2GasLimit: bigint
  readonly reason: 'TooMuchGas' | 'PubdataGreaterThanLimit'
  readonly maximum: bigint
  constructor({
    l2GasLimit,
    maximum,
    reason,
  }: { l2GasLimit: bigint; maximum: bigint; reason: 'TooMuchGas' | 'PubdataGreaterThanLimit' }) {
    super(`\`l2GasLimit\` ${l2GasLimit} is above the chain maximum ${maximum}.`, {
      name: 'L2GasLimitTooHighError',
      metaMessages: [
        `l2GasLimit: ${l2GasLimit}`,
        `maximum:    ${maximum}`,
        `The Mailbox would revert \`${reason}\` (priorityTxMaxGasLimit, or priorityTxMaxPubdata × gas per pubdata, after`,
        'the transaction overhead). Omit `l2GasLimit` to have it estimated, or pass at most the maximum.',
      ],
    })
    this.maximum = maximum
    this.l2GasLimit = l2GasLimit
    this.reason = reason
  }
}

export type TokenNotErc20ErrorType = TokenNotErc20Error & { name: 'TokenNotErc20Error' }
/** The token is not an ERC-20 on L1 (no code, or `decimals()` fails), so the vault cannot bridge it. */
export class TokenNotErc20Error extends ZksyncL1Error {
  override name = 'TokenNotErc20Error' as const
  readonly token: Address
  constructor({ token, cause }: { token: Address; cause?: Error | undefined }) {
    super(`${token} is not an ERC-20 token on L1.`, {
      name: 'TokenNotErc20Error',
      ...(cause ? { cause } : {}),
      metaMessages: [
        `token: ${token}`,
        'Pass the L1 address of the token (not its L2 address), or `0x0000000000000000000000000000000000000000` for ETH.',
      ],
    })
    this.token = token
  }
}

export type InsufficientBalanceErrorType = InsufficientBalanceError & { name: 'InsufficientBalanceError' }
/** The account holds less of a token than the transaction needs (on L1 for deposits, on L2 for withdrawals). */
export class InsufficientBalanceError extends ZksyncL1Error {
  override name = 'InsufficientBalanceError' as const
  readonly owner: Address
  readonly token: Address
  readonly needed: bigint
  readonly balance: bigint
  readonly layer: 'L1' | 'L2'
  constructor({
    token,
    owner,
    needed,
    balance,
    layer = 'L1',
  }: { token: Address; owner: Address; needed: bigint; balance: bigint; layer?: 'L1' | 'L2' | undefined }) {
    super(`Insufficient ${layer} balance of ${token}: ${needed - balance} short.`, {
      name: 'InsufficientBalanceError',
      metaMessages: [
        `token:   ${token}`,
        `owner:   ${owner}`,
        `needed:  ${needed}`,
        `balance: ${balance}`,
        `missing: ${needed - balance}`,
        layer === 'L1'
          ? 'Fund the account, or lower the amount (`getMaxDepositAmount` gives the largest one that fits).'
          : 'Lower the amount to at most the L2 balance (for the base token, keep some for the L2 gas).',
      ],
    })
    this.token = token
    this.needed = needed
    this.balance = balance
    this.layer = layer
    this.owner = owner
  }
}

export type InsufficientAllowanceErrorType = InsufficientAllowanceError & { name: 'InsufficientAllowanceError' }
/** The L1 allowance of a token to the vault is too low and approvals were not requested. */
export class InsufficientAllowanceError extends ZksyncL1Error {
  override name = 'InsufficientAllowanceError' as const
  readonly token: Address
  readonly spender: Address
  readonly needed: bigint
  readonly current: bigint
  constructor({
    token,
    spender,
    needed,
    current,
  }: { token: Address; spender: Address; needed: bigint; current: bigint }) {
    super(`The allowance of ${token} to ${spender} is too low.`, {
      name: 'InsufficientAllowanceError',
      metaMessages: [
        `token:   ${token}`,
        `spender: ${spender}`,
        `needed:  ${needed}`,
        `current: ${current}`,
        'Pass `approve: true` to send the approvals first, or send the `approvals` of `prepareDeposit` yourself.',
      ],
    })
    this.token = token
    this.spender = spender
    this.needed = needed
    this.current = current
  }
}

export type InvalidGasPerPubdataErrorType = InvalidGasPerPubdataError & { name: 'InvalidGasPerPubdataError' }
/** `gasPerPubdataByteLimit` is not the only value the Mailbox accepts. */
export class InvalidGasPerPubdataError extends ZksyncL1Error {
  override name = 'InvalidGasPerPubdataError' as const
  readonly value: bigint
  readonly required: bigint
  constructor({ value, required }: { value: bigint; required: bigint }) {
    super(`\`gasPerPubdataByteLimit\` must be ${required}.`, {
      name: 'InvalidGasPerPubdataError',
      metaMessages: [
        `gasPerPubdataByteLimit: ${value}`,
        `The Mailbox reverts \`GasPerPubdataMismatch\` for anything but ${required}; omit the parameter.`,
      ],
    })
    this.value = value
    this.required = required
  }
}

export type L2GasLimitTooLowErrorType = L2GasLimitTooLowError & { name: 'L2GasLimitTooLowError' }
/** The `l2GasLimit` is below the protocol minimum for this request; the Mailbox would reject it. */
export class L2GasLimitTooLowError extends ZksyncL1Error {
  override name = 'L2GasLimitTooLowError' as const
  readonly l2GasLimit: bigint
  readonly minimum: bigint
  constructor({ l2GasLimit, minimum }: { l2GasLimit: bigint; minimum: bigint }) {
    super(`\`l2GasLimit\` ${l2GasLimit} is below the protocol minimum ${minimum}.`, {
      name: 'L2GasLimitTooLowError',
      metaMessages: [
        `l2GasLimit: ${l2GasLimit}`,
        `minimum:    ${minimum}`,
        'Omit `l2GasLimit` to have it estimated, or pass at least the minimum.',
      ],
    })
    this.l2GasLimit = l2GasLimit
    this.minimum = minimum
  }
}

export type InconsistentValueErrorType = InconsistentValueError & { name: 'InconsistentValueError' }
/** A `mintValue`, `value` or `l2Value` given by the caller does not match what the route needs. */
export class InconsistentValueError extends ZksyncL1Error {
  override name = 'InconsistentValueError' as const
  readonly parameter: string
  readonly given: bigint
  readonly expected: string
  readonly route: string
  constructor({
    parameter,
    given,
    expected,
    route,
  }: { parameter: string; given: bigint; expected: string; route: string }) {
    super(`\`${parameter}\` does not fit the ${route} route.`, {
      name: 'InconsistentValueError',
      metaMessages: [
        `route:    ${route}`,
        `${parameter}: ${given}`,
        `expected: ${expected}`,
        `Omit \`${parameter}\`: it is derived from the amount and the base cost.`,
      ],
    })
    this.parameter = parameter
    this.given = given
    this.expected = expected
    this.route = route
  }
}

export type L2ValueNotSupportedErrorType = L2ValueNotSupportedError & { name: 'L2ValueNotSupportedError' }
/** `l2Value` was given on a route that carries no L2 value (every second-bridge deposit). */
export class L2ValueNotSupportedError extends ZksyncL1Error {
  override name = 'L2ValueNotSupportedError' as const
  readonly route: string
  readonly l2Value: bigint
  constructor({ route, l2Value }: { route: string; l2Value: bigint }) {
    super(`The ${route} route has no \`l2Value\`.`, {
      name: 'L2ValueNotSupportedError',
      metaMessages: [
        `route:   ${route}`,
        `l2Value: ${l2Value}`,
        'Token deposits through the second bridge revert `NonEmptyMsgValue` with an L2 value; omit `l2Value`.',
      ],
    })
    this.route = route
    this.l2Value = l2Value
  }
}

export type AliasedRefundRecipientErrorType = AliasedRefundRecipientError & { name: 'AliasedRefundRecipientError' }
/** The refund recipient has L1 code, so the contracts will send the L2 refund to its alias. */
export class AliasedRefundRecipientError extends ZksyncL1Error {
  override name = 'AliasedRefundRecipientError' as const
  readonly refundRecipient: Address
  readonly alias: Address
  constructor({ refundRecipient, alias }: { refundRecipient: Address; alias: Address }) {
    super(`The refund recipient ${refundRecipient} has code on L1; refunds would go to its L2 alias.`, {
      name: 'AliasedRefundRecipientError',
      metaMessages: [
        `refundRecipient: ${refundRecipient}`,
        `L2 alias:        ${alias}`,
        'Pass an L2 address you control as `refundRecipient`, or `allowAliasedRefundRecipient: true` if the alias is intended.',
      ],
    })
    this.refundRecipient = refundRecipient
    this.alias = alias
  }
}

export type DepositAfterApprovalsFailedErrorType = DepositAfterApprovalsFailedError & {
  readonly name: 'DepositAfterApprovalsFailedError'
}
/** The approvals were mined but sending the deposit (or request) itself failed. */
export class DepositAfterApprovalsFailedError extends ZksyncL1Error {
  override name = 'DepositAfterApprovalsFailedError' as const
  readonly approvalHashes: Hash[]
  constructor({ approvalHashes, cause }: { approvalHashes: Hash[]; cause: Error }) {
    super('The approvals were mined, but the L1 transaction after them could not be sent.', {
      name: 'DepositAfterApprovalsFailedError',
      cause,
      metaMessages: [
        ...approvalHashes.map((h) => `approval: ${h}`),
        'The allowances are in place: call again without repeating the approvals (they are skipped when sufficient).',
      ],
    })
    this.approvalHashes = approvalHashes
  }
}

export type L2TransactionHashNotFoundErrorType = L2TransactionHashNotFoundError & {
  readonly name: 'L2TransactionHashNotFoundError'
}
/** The L1 receipt holds no priority request of the chain, or several when one was expected. */
export class L2TransactionHashNotFoundError extends ZksyncL1Error {
  override name = 'L2TransactionHashNotFoundError' as const
  readonly hash: Hash
  readonly diamond: Address
  readonly count: number
  constructor({ hash, diamond, count }: { hash: Hash; diamond: Address; count: number }) {
    super(
      count === 0
        ? `L1 transaction ${hash} enqueued no priority request on this chain.`
        : `L1 transaction ${hash} enqueued ${count} priority requests; expected one.`,
      {
        name: 'L2TransactionHashNotFoundError',
        metaMessages: [
          `L1 transaction: ${hash}`,
          `chain diamond:  ${diamond}`,
          `requests found: ${count}`,
          count === 0
            ? 'Check that the hash is an L1 deposit to this chain (and not an approval).'
            : 'Use `getL2TransactionHashes` to get all of them.',
        ],
      },
    )
    this.hash = hash
    this.diamond = diamond
    this.count = count
  }
}

export type ApprovalRevertedErrorType = ApprovalRevertedError & { name: 'ApprovalRevertedError' }
/** An approval sent before a deposit reverted on L1; the deposit was not sent. */
export class ApprovalRevertedError extends ZksyncL1Error {
  override name = 'ApprovalRevertedError' as const
  readonly hash: Hash
  readonly token: Address
  constructor({ hash, token }: { hash: Hash; token: Address }) {
    super(`The approval of ${token} reverted; nothing else was sent.`, {
      name: 'ApprovalRevertedError',
      metaMessages: [
        `token:    ${token}`,
        `approval: ${hash}`,
        'Some tokens need their allowance reset to 0 first, or restrict approvals: check the token, then retry.',
      ],
    })
    this.hash = hash
    this.token = token
  }
}

export type DepositRevertedOnL1ErrorType = DepositRevertedOnL1Error & { name: 'DepositRevertedOnL1Error' }
/** The L1 transaction of a deposit reverted, so there is no L2 transaction to wait for. */
export class DepositRevertedOnL1Error extends ZksyncL1Error {
  override name = 'DepositRevertedOnL1Error' as const
  readonly hash: Hash
  constructor({ hash }: { hash: Hash }) {
    super(`The L1 transaction ${hash} reverted; nothing was sent to L2.`, {
      name: 'DepositRevertedOnL1Error',
      metaMessages: [
        `L1 transaction: ${hash}`,
        'Nothing was bridged (only L1 gas was spent); prepare the deposit again.',
      ],
    })
    this.hash = hash
  }
}

export type AccountRequiredErrorType = AccountRequiredError & { name: 'AccountRequiredError' }
/** The action needs an account and neither the parameters nor the client carry one. */
export class AccountRequiredError extends ZksyncL1Error {
  override name = 'AccountRequiredError' as const
  readonly action: string
  constructor({ action }: { action: string }) {
    super(`\`${action}\` needs an account.`, {
      name: 'AccountRequiredError',
      metaMessages: ['Pass `account` (an address is enough to quote), or use a client created with an `account`.'],
    })
    this.action = action
  }
}

export type CustomBridgeTokenNotSupportedErrorType = CustomBridgeTokenNotSupportedError & {
  readonly name: 'CustomBridgeTokenNotSupportedError'
}
/** A deposit through a custom second bridge (`bridgeAddress`) was asked for ETH, which only the asset router carries. */
export class CustomBridgeTokenNotSupportedError extends ZksyncL1Error {
  override name = 'CustomBridgeTokenNotSupportedError' as const
  readonly bridgeAddress: Address
  readonly token: Address
  constructor({ bridgeAddress, token }: { bridgeAddress: Address; token: Address }) {
    super('ETH cannot be deposited through a custom bridge.', {
      name: 'CustomBridgeTokenNotSupportedError',
      metaMessages: [
        `bridgeAddress: ${bridgeAddress}`,
        `token:         ${token}`,
        'Custom bridges carry ERC-20 tokens with the legacy `bridgehubDeposit` data. Omit `bridgeAddress` to deposit',
        'ETH through the L1AssetRouter.',
      ],
    })
    this.bridgeAddress = bridgeAddress
    this.token = token
  }
}

export type InvalidCustomBridgeErrorType = InvalidCustomBridgeError & { name: 'InvalidCustomBridgeError' }
/** The `bridgeAddress` of a deposit is not a second bridge the Bridgehub can call. */
export class InvalidCustomBridgeError extends ZksyncL1Error {
  override name = 'InvalidCustomBridgeError' as const
  readonly bridgeAddress: Address
  readonly reason: string
  constructor({ bridgeAddress, reason, cause }: { bridgeAddress: Address; reason: string; cause?: Error | undefined }) {
    super(`${bridgeAddress} is not a usable custom bridge: ${reason}.`, {
      name: 'InvalidCustomBridgeError',
      ...(cause ? { cause } : {}),
      metaMessages: [
        `bridgeAddress: ${bridgeAddress}`,
        'The Bridgehub only calls second bridges above 0x…ffff, and the bridge must answer `l2BridgeAddress(chainId)`.',
        'Pass the L1 contract of the custom bridge (its L1 half), or omit `bridgeAddress` for the asset router.',
      ],
    })
    this.bridgeAddress = bridgeAddress
    this.reason = reason
  }
}

export type DepositsPausedErrorType = DepositsPausedError & { name: 'DepositsPausedError' }
/**
 * The chain's deposits are paused (`depositsPaused()` on its diamond, from protocol v31): the Mailbox would revert
 * every priority request, deposits and `requestExecute` alike, with `DepositsPaused()`. New v31 chains start paused.
 */
export class DepositsPausedError extends ZksyncL1Error {
  override name = 'DepositsPausedError' as const
  readonly l2ChainId: bigint
  constructor({ l2ChainId }: { l2ChainId: bigint }) {
    super(`Deposits into chain ${l2ChainId} are paused.`, {
      name: 'DepositsPausedError',
      metaMessages: [
        `l2ChainId: ${l2ChainId}`,
        'The chain’s diamond answers `depositsPaused()` with true: the Mailbox reverts `DepositsPaused()` for every',
        'priority request. The chain admin must call `unpauseDeposits()` on the diamond; nothing was sent.',
      ],
    })
    this.l2ChainId = l2ChainId
  }
}
