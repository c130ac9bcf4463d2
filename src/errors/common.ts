import type { Address, Hash, Hex } from 'viem'
import { type DecodedRevert, ZksyncL1Error } from './base.js'

export type BridgehubNotFoundErrorType = BridgehubNotFoundError & { name: 'BridgehubNotFoundError' }
/** No Bridgehub address could be found for the target chain. */
export class BridgehubNotFoundError extends ZksyncL1Error {
  override name = 'BridgehubNotFoundError' as const
  readonly l1ChainId: number | undefined
  readonly l2ChainId: bigint | number | undefined
  constructor({ l1ChainId, l2ChainId }: { l1ChainId?: number | undefined; l2ChainId?: bigint | number | undefined }) {
    super('No Bridgehub address is known for this chain.', {
      name: 'BridgehubNotFoundError',
      metaMessages: [
        `L1 chain id: ${l1ChainId ?? 'unknown'}`,
        `L2 chain id: ${l2ChainId ?? 'unknown'}`,
        'Pass `bridgehub`, an `l2Client` (its node answers `zks_getBridgehubContract`), or an L2 chain from `zksync-l1-actions/chains`.',
      ],
    })
    this.l1ChainId = l1ChainId
    this.l2ChainId = l2ChainId
  }
}

export type ChainNotRegisteredErrorType = ChainNotRegisteredError & { name: 'ChainNotRegisteredError' }
/** The Bridgehub has no chain with this id. */
export class ChainNotRegisteredError extends ZksyncL1Error {
  override name = 'ChainNotRegisteredError' as const
  readonly chainId: bigint
  readonly bridgehub: Address
  constructor({ chainId, bridgehub }: { chainId: bigint; bridgehub: Address }) {
    super(`Chain ${chainId} is not registered in the Bridgehub.`, {
      name: 'ChainNotRegisteredError',
      metaMessages: [
        `chainId:   ${chainId}`,
        `Bridgehub: ${bridgehub}`,
        'Check the L2 chain id, and that the L1 client is connected to the L1 of that chain.',
      ],
    })
    this.chainId = chainId
    this.bridgehub = bridgehub
  }
}

export type L1ChainMismatchErrorType = L1ChainMismatchError & { name: 'L1ChainMismatchError' }
/** The L1 client is connected to another chain than the L1 of the target L2. */
export class L1ChainMismatchError extends ZksyncL1Error {
  override name = 'L1ChainMismatchError' as const
  readonly expected: number
  readonly actual: number
  readonly l2ChainId: bigint | number
  constructor({ expected, actual, l2ChainId }: { expected: number; actual: number; l2ChainId: bigint | number }) {
    super(`The L1 client is on chain ${actual}, but chain ${l2ChainId} settles on chain ${expected}.`, {
      name: 'L1ChainMismatchError',
      metaMessages: [
        `expected L1 chain id: ${expected}`,
        `L1 client chain id:   ${actual}`,
        'Use an L1 client connected to the L1 of the target chain.',
      ],
    })
    this.expected = expected
    this.actual = actual
    this.l2ChainId = l2ChainId
  }
}

export type InvalidAddressParameterErrorType = InvalidAddressParameterError & { name: 'InvalidAddressParameterError' }
/** A parameter that must be an address is not a valid (or correctly checksummed) one. */
export class InvalidAddressParameterError extends ZksyncL1Error {
  override name = 'InvalidAddressParameterError' as const
  readonly parameter: string
  readonly value: unknown
  constructor({ parameter, value }: { parameter: string; value: unknown }) {
    super(`\`${parameter}\` is not a valid address.`, {
      name: 'InvalidAddressParameterError',
      metaMessages: [
        `${parameter}: ${String(value)}`,
        'Pass a 20-byte hex address, all lowercase or with a correct EIP-55 checksum.',
      ],
    })
    this.parameter = parameter
    this.value = value
  }
}

export type L2ClientRequiredErrorType = L2ClientRequiredError & { name: 'L2ClientRequiredError' }
/** The action needs to read from the L2 and no `l2Client` was given. */
export class L2ClientRequiredError extends ZksyncL1Error {
  override name = 'L2ClientRequiredError' as const
  readonly action: string
  readonly reason: string
  constructor({ action, reason }: { action: string; reason: string }) {
    super(`\`${action}\` needs an \`l2Client\`.`, {
      name: 'L2ClientRequiredError',
      metaMessages: [
        `reason: ${reason}`,
        'Pass `l2Client` (a viem client connected to the L2), or configure it once with `zksyncL1Actions({ l2Client })`.',
      ],
    })
    this.action = action
    this.reason = reason
  }
}

export type WaitTimeoutErrorType = WaitTimeoutError & { name: 'WaitTimeoutError' }
/** A wait ran out of time; `lastStatus` (a plain status, e.g. `'l2-pending'`) says where things stood. */
export class WaitTimeoutError extends ZksyncL1Error {
  override name = 'WaitTimeoutError' as const
  readonly operation: string
  readonly timeout: number
  readonly lastStatus: string | undefined
  constructor({
    operation,
    timeout,
    lastStatus,
    details = [],
  }: { operation: string; timeout: number; lastStatus?: string | undefined; details?: string[] | undefined }) {
    super(`Timed out after ${timeout} ms waiting for ${operation}.`, {
      name: 'WaitTimeoutError',
      metaMessages: [
        `last status: ${lastStatus ?? 'unknown'}`,
        ...details,
        'Nothing was lost: call the wait again (or the matching status action) with the same hash to resume.',
      ],
    })
    this.lastStatus = lastStatus
    this.operation = operation
    this.timeout = timeout
  }
}

export type WaitAbortedErrorType = WaitAbortedError & { name: 'WaitAbortedError' }
/** A wait was cancelled through its `signal`. */
export class WaitAbortedError extends ZksyncL1Error {
  override name = 'WaitAbortedError' as const
  readonly operation: string
  readonly lastStatus: string | undefined
  constructor({
    operation,
    lastStatus,
    details = [],
  }: { operation: string; lastStatus?: string | undefined; details?: string[] | undefined }) {
    super(`Stopped waiting for ${operation}: the signal was aborted.`, {
      name: 'WaitAbortedError',
      metaMessages: [
        `last status: ${lastStatus ?? 'unknown'}`,
        ...details,
        'Call the wait again with the same hash to resume; nothing on chain was affected.',
      ],
    })
    this.lastStatus = lastStatus
    this.operation = operation
  }
}

export type L2ChainMismatchErrorType = L2ChainMismatchError & { name: 'L2ChainMismatchError' }
/** `chainId` names another chain than `l2Chain` (or the chain of `l2Client`). */
export class L2ChainMismatchError extends ZksyncL1Error {
  override name = 'L2ChainMismatchError' as const
  readonly chainId: bigint
  readonly l2ChainId: bigint
  readonly source: 'l2Chain' | 'l2Client'
  constructor({ chainId, l2ChainId, source }: { chainId: bigint; l2ChainId: bigint; source: 'l2Chain' | 'l2Client' }) {
    super(`\`chainId\` ${chainId} is not the chain of \`${source}\` (${l2ChainId}).`, {
      name: 'L2ChainMismatchError',
      metaMessages: [
        `chainId:           ${chainId}`,
        `${source} chain id: ${l2ChainId}`,
        `Pass the \`${source}\` of chain ${chainId}, or omit \`chainId\` (it defaults to the chain of \`${source}\`).`,
      ],
    })
    this.chainId = chainId
    this.l2ChainId = l2ChainId
    this.source = source
  }
}

export type TransactionSendUnknownErrorType = TransactionSendUnknownError & { name: 'TransactionSendUnknownError' }
/**
 * A signed transaction was handed to the node but its answer was lost: it may or may not have been broadcast. `hash`
 * is the hash of the signed transaction, to look up before sending again.
 */
export class TransactionSendUnknownError extends ZksyncL1Error {
  override name = 'TransactionSendUnknownError' as const
  readonly hash: Hash
  readonly approvalHashes: Hash[]
  constructor({ hash, approvalHashes = [], cause }: { hash: Hash; approvalHashes?: Hash[] | undefined; cause: Error }) {
    super(`The transaction ${hash} was signed and sent, but the node did not answer.`, {
      name: 'TransactionSendUnknownError',
      cause,
      metaMessages: [
        `hash: ${hash}`,
        ...approvalHashes.map((h) => `approval: ${h}`),
        'It may have been broadcast: look the hash up (`getTransactionReceipt`, or wait for it) before sending again.',
      ],
    })
    this.hash = hash
    this.approvalHashes = approvalHashes
  }
}

export type InvalidHexParameterErrorType = InvalidHexParameterError & { name: 'InvalidHexParameterError' }
/** A parameter that must be hex bytes (calldata, a hash) is not hex, or not a whole number of bytes. */
export class InvalidHexParameterError extends ZksyncL1Error {
  override name = 'InvalidHexParameterError' as const
  readonly parameter: string
  readonly value: unknown
  constructor({ parameter, value }: { parameter: string; value: unknown }) {
    const text = String(value)
    super(`\`${parameter}\` is not hex of whole bytes.`, {
      name: 'InvalidHexParameterError',
      metaMessages: [
        `${parameter}: ${text.length > 74 ? `${text.slice(0, 74)}… (${text.length} characters)` : text}`,
        'Pass `0x` followed by an even number of hex digits (e.g. from `encodeFunctionData`).',
      ],
    })
    this.parameter = parameter
    this.value = value
  }
}

export type L2ResponseMalformedErrorType = L2ResponseMalformedError & { name: 'L2ResponseMalformedError' }
/**
 * The L2 node answered a request with something that is not what the method returns (a receipt without a status, a
 * proof without its id, a receipt of another transaction): nothing is built on it.
 */
export class L2ResponseMalformedError extends ZksyncL1Error {
  override name = 'L2ResponseMalformedError' as const
  readonly method: string
  readonly hash: Hash | undefined
  readonly reason: string
  constructor({ method, hash, reason }: { method: string; hash?: Hash | undefined; reason: string }) {
    super(`The L2 node's answer to \`${method}\` is malformed: ${reason}.`, {
      name: 'L2ResponseMalformedError',
      metaMessages: [
        `method: ${method}`,
        ...(hash ? [`hash:   ${hash}`] : []),
        `reason: ${reason}`,
        'The node is faulty or not a ZKsync node: use another L2 RPC endpoint.',
      ],
    })
    this.method = method
    this.hash = hash
    this.reason = reason
  }
}

export type InvalidParameterErrorType = InvalidParameterError & { name: 'InvalidParameterError' }
/**
 * A parameter has the wrong type or is out of range (a number or a string where a bigint is expected, a negative or
 * fractional value, an index past `Number.MAX_SAFE_INTEGER`, a timeout that is not a duration): refused before any
 * request, as plain JavaScript callers are not held to the types.
 */
export class InvalidParameterError extends ZksyncL1Error {
  override name = 'InvalidParameterError' as const
  readonly parameter: string
  readonly value: unknown
  readonly expected: string
  constructor({ parameter, value, expected }: { parameter: string; value: unknown; expected: string }) {
    super(`\`${parameter}\` must be ${expected}.`, {
      name: 'InvalidParameterError',
      metaMessages: [
        `${parameter}: ${describeValue(value)}`,
        `expected: ${expected}`,
        'JavaScript callers: amounts, values and gas are bigints (`10n ** 18n`, `parseEther("1")`), never numbers or strings.',
      ],
    })
    this.parameter = parameter
    this.value = value
    this.expected = expected
  }
}

/** A value as a message shows it: its type, and the value itself cut to a readable length. */
function describeValue(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value)
  } catch {
    text = Object.prototype.toString.call(value)
  }
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  // numbers are shown whole (2^256 has 78 digits); long strings and objects are cut
  const cut = typeof value !== 'bigint' && typeof value !== 'number' && text.length > 90
  return `${cut ? `${text.slice(0, 90)}… (${text.length} characters)` : text} (${type})`
}

export type L1ExecutionRevertedErrorType = L1ExecutionRevertedError & { name: 'L1ExecutionRevertedError' }
/**
 * The L1 contracts refuse the transaction: the node's gas estimate of it reverted, so nothing was signed or sent.
 * `revert` is the revert decoded with the errors of the L1 contracts the library calls (`undefined` when none of them
 * has it); `data` is the raw revert data, or its selector when the node gave no more.
 */
export class L1ExecutionRevertedError extends ZksyncL1Error {
  override name = 'L1ExecutionRevertedError' as const
  readonly to: Address
  readonly data: Hex | undefined
  constructor({
    to,
    revert,
    data,
    cause,
  }: { to: Address; revert?: DecodedRevert | undefined; data?: Hex | undefined; cause: Error }) {
    super(
      revert
        ? `The L1 transaction to ${to} would revert with \`${revert.name}\`.`
        : `The L1 transaction to ${to} would revert.`,
      {
        name: 'L1ExecutionRevertedError',
        cause,
        revert,
        metaMessages: [
          `to:          ${to}`,
          `revert data: ${data ?? 'none (the node did not give it)'}`,
          'Nothing was sent. The revert names the check of the L1 contracts that fails: correct the parameter it is',
          'about, or look at the state it depends on (a paused bridge, a token the vault refuses), then prepare again.',
        ],
      },
    )
    this.to = to
    this.data = data
  }
}
