import type { Chain, Client, ReadContractErrorType, Transport } from 'viem'
import { readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { REQUIRED_L2_GAS_PRICE_PER_PUBDATA } from '../constants/gas.js'
import type { ErrorType } from '../errors/base.js'
import type {
  BridgehubNotFoundErrorType,
  InvalidAddressParameterErrorType,
  InvalidParameterErrorType,
  L1ChainMismatchErrorType,
} from '../errors/common.js'
import { assertL2TargetParameters, type L2TargetParameters, resolveL2Target } from './getL1Contracts.js'
import { type GetL1FeeParametersErrorType, getL1FeeParameters } from './getL1FeeParameters.js'
import { assertUint } from './internal/assertParameters.js'

export type GetBaseCostParameters = L2TargetParameters & {
  /** The L2 gas limit of the priority transaction. */
  l2GasLimit: bigint
  /** Default 800, the only value the Mailbox accepts. */
  gasPerPubdataByteLimit?: bigint | undefined
  /**
   * The L1 gas price to quote with. Defaults to the price this package would send the transaction with
   * (`maxFeePerGas` of `getL1FeeParameters`).
   */
  gasPrice?: bigint | undefined
}

/** The base cost, in the smallest unit of the chain's base token (wei for ETH-based chains). */
export type GetBaseCostReturnType = bigint

export type GetBaseCostErrorType =
  | BridgehubNotFoundErrorType
  | InvalidAddressParameterErrorType
  | InvalidParameterErrorType
  | L1ChainMismatchErrorType
  | GetL1FeeParametersErrorType
  | ReadContractErrorType
  | ErrorType

/**
 * The L2 cost of a priority transaction, in the chain's base token, as `Bridgehub.l2TransactionBaseCost` computes it:
 * the `mintValue` must cover it (plus any `l2Value`).
 *
 * @example
 * import { getBaseCost } from 'zksync-l1-actions'
 *
 * const cost = await getBaseCost(publicClient, { chainId: 324, l2GasLimit: 300_000n })
 */
export async function getBaseCost<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetBaseCostParameters,
): Promise<GetBaseCostReturnType> {
  assertUint('l2GasLimit', parameters.l2GasLimit)
  assertUint('gasPerPubdataByteLimit', parameters.gasPerPubdataByteLimit, { optional: true })
  assertUint('gasPrice', parameters.gasPrice, { optional: true })
  assertL2TargetParameters(parameters)
  const { l2GasLimit, gasPerPubdataByteLimit = REQUIRED_L2_GAS_PRICE_PER_PUBDATA } = parameters
  const [{ l2ChainId, bridgehub }, gasPrice] = await Promise.all([
    resolveL2Target(client, parameters),
    parameters.gasPrice ?? getL1FeeParameters(client).then((f) => f.baseCostGasPrice),
  ])
  return getAction(
    client,
    readContract,
    'readContract',
  )({
    address: bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [l2ChainId, gasPrice, l2GasLimit, gasPerPubdataByteLimit],
  })
}
