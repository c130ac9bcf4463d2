import { type Abi, type Address, decodeErrorResult, type Hex, toFunctionSelector } from 'viem'
import { formatAbiItem } from 'viem/utils'
import { bridgehubAbi } from '../../abis/bridgehub.js'
import { l1AssetRouterAbi } from '../../abis/l1AssetRouter.js'
import { l1AssetTrackerAbi } from '../../abis/l1AssetTracker.js'
import { l1MessageRootAbi } from '../../abis/l1MessageRoot.js'
import { l1NativeTokenVaultAbi } from '../../abis/l1NativeTokenVault.js'
import { l1NullifierAbi } from '../../abis/l1Nullifier.js'
import { zkChainAbi } from '../../abis/zkChain.js'
import { type DecodedRevert, ZksyncL1Error } from '../../errors/base.js'
import { L1ExecutionRevertedError } from '../../errors/common.js'

type Cause = { name?: unknown; code?: unknown; data?: unknown; raw?: unknown; details?: unknown; message?: unknown }

/** The failed call and its causes, outermost first. */
function causes(error: unknown): Cause[] {
  const chain: Cause[] = []
  for (
    let e = error as Cause | undefined;
    e && typeof e === 'object' && chain.length < 32;
    e = (e as Error).cause as Cause
  )
    chain.push(e)
  return chain
}

const isData = (value: unknown): value is Hex =>
  typeof value === 'string' && /^0x[0-9a-fA-F]{8}(?:[0-9a-fA-F]{2})*$/.test(value)

/**
 * Internal: the revert data of a failed call: the whole data where the node gave it (JSON-RPC `error.data`, viem's
 * `raw`), else the selector that some nodes (anvil among them) only write into the message.
 */
export function getRevertData(error: unknown): Hex | undefined {
  const chain = causes(error)
  for (const e of chain) {
    if (isData(e.data)) return e.data
    if (isData(e.raw)) return e.raw
  }
  for (const e of chain) {
    const selector = /custom error (0x[0-9a-fA-F]{8})/.exec(`${e.details ?? ''} ${e.message ?? ''}`)?.[1]
    if (selector) return selector as Hex
  }
  return undefined
}

/**
 * Internal: the revert of a failed call decoded with `abi`: the custom error's name, and its arguments (`[]` for an
 * error without any) unless the node gave only the selector of an error with arguments; `Error` and `Panic` are
 * known without `abi`.
 */
export function decodeRevert(error: unknown, abi: Abi): DecodedRevert | undefined {
  for (const e of causes(error)) {
    // a revert a viem call decoded already, with the ABI it called
    const data = e.data as { errorName?: unknown; args?: readonly unknown[] } | undefined
    if (data && typeof data === 'object' && typeof data.errorName === 'string')
      return { name: data.errorName, args: data.args ?? [] }
  }
  const data = getRevertData(error)
  if (!data) return undefined
  try {
    const { errorName, args } = decodeErrorResult({ abi, data })
    return { name: errorName, args: args ?? [] }
  } catch {}
  // the selector alone (or data that does not decode): the name of the error it selects
  const selector = data.slice(0, 10)
  const item = abi.find((x) => x.type === 'error' && toFunctionSelector(formatAbiItem(x)) === selector)
  return item && 'name' in item && item.name ? { name: item.name } : undefined
}

/** Internal: the name of the custom error a failed call reverted with, decoded with `abi`, if any. */
export function getRevertName(error: unknown, abi: Abi): string | undefined {
  return decodeRevert(error, abi)?.name
}

/** Whether a failed call failed by reverting (not for want of funds, a nonce, or the node's answer). */
function isRevert(error: unknown): boolean {
  return causes(error).some(
    (e) =>
      e.name === 'ExecutionRevertedError' ||
      e.name === 'ContractFunctionRevertedError' ||
      e.code === 3 ||
      /execution reverted/i.test(`${e.details ?? ''} ${e.message ?? ''}`),
  )
}

/**
 * Internal: a revert of an L1 estimate as an `L1ExecutionRevertedError` carrying it decoded with the errors of the
 * L1 contracts a deposit, requestExecute, finalize or claim reaches at any protocol version (the Bridgehub, the chain's
 * diamond, the asset router, the native token vault, the nullifier, and from v31 the message root and the asset
 * tracker); any other error (an error of this package, a missing balance, a
 * transport failure) as it is. The one place where the library's L1 estimates and fills name their reverts.
 */
export function asL1Revert(error: unknown, to: Address): unknown {
  if (error instanceof ZksyncL1Error || !isRevert(error)) return error
  const abi = [
    ...bridgehubAbi,
    ...zkChainAbi,
    ...l1AssetRouterAbi,
    ...l1NativeTokenVaultAbi,
    ...l1NullifierAbi,
    ...l1MessageRootAbi,
    ...l1AssetTrackerAbi,
  ]
  return new L1ExecutionRevertedError({
    to,
    revert: decodeRevert(error, abi),
    data: getRevertData(error),
    cause: error as Error,
  })
}
