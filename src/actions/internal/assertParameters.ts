import { type Address, type Hash, type Hex, isAddress } from 'viem'
import { InvalidAddressParameterError, InvalidHexParameterError, InvalidParameterError } from '../../errors/common.js'

/**
 * Internal: runtime checks of the parameters of public actions, for callers the types do not hold (plain JavaScript,
 * `as any`, values parsed from JSON). Each throws a typed error naming the parameter and the value, before any request.
 * `undefined` passes where the parameter is optional (`optional: true`).
 */

const MAX_UINT256 = 2n ** 256n - 1n

type Options = { optional?: boolean | undefined }

/** A bigint in `[min, max]` (default `[0, 2^256 - 1]`). */
export function assertUint(
  parameter: string,
  value: unknown,
  { min = 0n, max = MAX_UINT256, optional }: Options & { min?: bigint; max?: bigint } = {},
): asserts value is bigint {
  if (value === undefined && optional) return
  if (typeof value !== 'bigint' || value < min || value > max)
    throw new InvalidParameterError({
      parameter,
      value,
      expected: max === MAX_UINT256 ? `a bigint of at least ${min}, below 2^256` : `a bigint from ${min} to ${max}`,
    })
}

/** A safe, non-negative integer `number` (an index, a count). */
export function assertIndex(parameter: string, value: unknown, { optional }: Options = {}): asserts value is number {
  if (value === undefined && optional) return
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new InvalidParameterError({ parameter, value, expected: 'a non-negative integer number' })
}

/** A chain id: a positive safe integer, as a number or a bigint. */
export function assertChainId(
  parameter: string,
  value: unknown,
  { optional }: Options = {},
): asserts value is number | bigint {
  if (value === undefined && optional) return
  const ok =
    (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
    (typeof value === 'bigint' && value > 0n && value <= BigInt(Number.MAX_SAFE_INTEGER))
  if (!ok) throw new InvalidParameterError({ parameter, value, expected: 'a positive integer chain id' })
}

/** A 20-byte hex address (any case; a mixed-case one must carry a valid checksum). */
export function assertAddress(parameter: string, value: unknown, { optional }: Options = {}): asserts value is Address {
  if (value === undefined && optional) return
  if (typeof value !== 'string' || !isAddress(value)) throw new InvalidAddressParameterError({ parameter, value })
}

/** A 32-byte hex hash. */
export function assertHash(parameter: string, value: unknown, { optional }: Options = {}): asserts value is Hash {
  if (value === undefined && optional) return
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(value))
    throw new InvalidParameterError({ parameter, value, expected: 'a 32-byte hex hash (0x and 64 hex digits)' })
}

/** Hex of whole bytes (calldata). */
export function assertBytes(parameter: string, value: unknown, { optional }: Options = {}): asserts value is Hex {
  if (value === undefined && optional) return
  if (typeof value !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(value))
    throw new InvalidHexParameterError({ parameter, value })
}

/** A boolean. */
export function assertBoolean(parameter: string, value: unknown, { optional }: Options = {}): asserts value is boolean {
  if (value === undefined && optional) return
  if (typeof value !== 'boolean') throw new InvalidParameterError({ parameter, value, expected: 'true or false' })
}

/** A duration in milliseconds: a non-negative number, `Infinity` allowed where `infinite`. */
export function assertDuration(
  parameter: string,
  value: unknown,
  { optional, infinite, min = 0 }: Options & { infinite?: boolean; min?: number } = {},
): asserts value is number {
  if (value === undefined && optional) return
  const ok = typeof value === 'number' && !Number.isNaN(value) && value >= min && (Number.isFinite(value) || !!infinite)
  if (!ok)
    throw new InvalidParameterError({
      parameter,
      value,
      expected: `a number of milliseconds of at least ${min}${infinite ? ' (Infinity for no limit)' : ''}`,
    })
}

/** An `AbortSignal` (anything with a boolean `aborted` and `addEventListener`). */
export function assertSignal(
  parameter: string,
  value: unknown,
  { optional }: Options = {},
): asserts value is AbortSignal {
  if (value === undefined && optional) return
  const ok =
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function'
  if (!ok) throw new InvalidParameterError({ parameter, value, expected: 'an AbortSignal' })
}

/** A function (a callback such as `onStatus`). */
export function assertFunction(
  parameter: string,
  value: unknown,
  { optional }: Options = {},
): asserts value is Function {
  if (value === undefined && optional) return
  if (typeof value !== 'function') throw new InvalidParameterError({ parameter, value, expected: 'a function' })
}

/**
 * The L1 transaction overrides every write action takes: `gas` (a bigint, or `null` to skip the estimate), the fee
 * fields (bigints) and `nonce` (a number, as in viem).
 */
export function assertTransactionOverrides(parameters: {
  gas?: unknown
  gasPrice?: unknown
  maxFeePerGas?: unknown
  maxPriorityFeePerGas?: unknown
  nonce?: unknown
}): void {
  if (parameters.gas !== null) assertUint('gas', parameters.gas, { optional: true })
  assertUint('gasPrice', parameters.gasPrice, { optional: true })
  assertUint('maxFeePerGas', parameters.maxFeePerGas, { optional: true })
  assertUint('maxPriorityFeePerGas', parameters.maxPriorityFeePerGas, { optional: true })
  assertIndex('nonce', parameters.nonce, { optional: true })
}
