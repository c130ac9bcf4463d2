import { type Chain, type Client, type EstimateFeesPerGasErrorType, hexToBigInt, type Transport } from 'viem'
import { estimateFeesPerGas, getBlock } from 'viem/actions'
import { getAction } from 'viem/utils'
import type { ErrorType } from '../errors/base.js'
import type { InvalidParameterErrorType } from '../errors/common.js'
import { assertTransactionOverrides } from './internal/assertParameters.js'

export type GetL1FeeParametersParameters = {
  /** A legacy gas price: the transaction is sent as a legacy one. */
  gasPrice?: bigint | undefined
  /** EIP-1559 fee cap. */
  maxFeePerGas?: bigint | undefined
  /** EIP-1559 tip; with only this one given, the cap is estimated around it. */
  maxPriorityFeePerGas?: bigint | undefined
}

export type GetL1FeeParametersReturnType = (
  | { gasPrice: bigint; maxFeePerGas?: undefined; maxPriorityFeePerGas?: undefined }
  | { gasPrice?: undefined; maxFeePerGas: bigint; maxPriorityFeePerGas: bigint }
) & {
  /**
   * The price to quote the base cost with: `gasPrice`, or `maxFeePerGas`. The Mailbox derives the L2 price from
   * `tx.gasprice`, which never exceeds it, and the derivation is monotone, so a base cost quoted with it always suffices.
   */
  baseCostGasPrice: bigint
}

export type GetL1FeeParametersErrorType = EstimateFeesPerGasErrorType | InvalidParameterErrorType | ErrorType

/**
 * The fee fields an L1 priority request is sent with, and the gas price its base cost must be quoted with. A given
 * `gasPrice` makes a legacy transaction; a given `maxFeePerGas` is used as is; otherwise the fees are estimated once
 * as viem's `estimateFeesPerGas` does (the latest block's base fee times 1.2, plus `eth_maxPriorityFeePerGas`), with
 * the block and the tip asked for side by side (one round trip); a chain definition with fee settings of its own, a
 * client that overrides `estimateFeesPerGas`, or a node without the tip or the base fee gets viem's action itself.
 * Every write action of this package reads fees through this action, exactly once.
 *
 * @example
 * import { getL1FeeParameters } from 'zksync-l1-actions'
 *
 * const fees = await getL1FeeParameters(publicClient, {})
 * // { maxFeePerGas, maxPriorityFeePerGas, baseCostGasPrice: maxFeePerGas }
 */
export async function getL1FeeParameters<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL1FeeParametersParameters = {},
): Promise<GetL1FeeParametersReturnType> {
  assertTransactionOverrides(parameters)
  const { gasPrice, maxFeePerGas, maxPriorityFeePerGas } = parameters
  if (gasPrice !== undefined) return { gasPrice, baseCostGasPrice: gasPrice }
  if (maxFeePerGas !== undefined) {
    const tip = maxPriorityFeePerGas ?? 0n
    return {
      maxFeePerGas,
      maxPriorityFeePerGas: tip < maxFeePerGas ? tip : maxFeePerGas,
      baseCostGasPrice: maxFeePerGas,
    }
  }
  const fees =
    (await estimateSideBySide(client)) ??
    ((await getAction(client, estimateFeesPerGas, 'estimateFeesPerGas')({} as never)) as {
      maxFeePerGas: bigint
      maxPriorityFeePerGas: bigint
    })
  if (maxPriorityFeePerGas === undefined)
    return {
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
      baseCostGasPrice: fees.maxFeePerGas,
    }
  // keep the estimated base-fee headroom, swap the tip for the caller's
  const cap = fees.maxFeePerGas - fees.maxPriorityFeePerGas + maxPriorityFeePerGas
  return { maxFeePerGas: cap, maxPriorityFeePerGas, baseCostGasPrice: cap }
}

/**
 * viem's default EIP-1559 estimate (base fee × 1.2 + the node's tip) with the block and the tip requested together;
 * `undefined` where viem's own action must decide: fee settings in the chain definition, an `estimateFeesPerGas`
 * override on the client, a block without a base fee, or a node that does not answer `eth_maxPriorityFeePerGas`.
 */
async function estimateSideBySide(
  client: Client<Transport, Chain | undefined>,
): Promise<{ maxFeePerGas: bigint; maxPriorityFeePerGas: bigint } | undefined> {
  if (
    client.chain?.fees !== undefined ||
    typeof (client as { estimateFeesPerGas?: unknown }).estimateFeesPerGas === 'function'
  )
    return undefined
  const [block, tip] = await Promise.all([
    getAction(client, getBlock, 'getBlock')({}),
    client.request({ method: 'eth_maxPriorityFeePerGas' }).then(
      (hex) => hexToBigInt(hex),
      () => undefined,
    ),
  ])
  if (typeof block.baseFeePerGas !== 'bigint' || tip === undefined) return undefined
  return { maxFeePerGas: (block.baseFeePerGas * 12n) / 10n + tip, maxPriorityFeePerGas: tip }
}
