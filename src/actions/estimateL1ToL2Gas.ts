import {
  type Address,
  BaseError,
  type Chain,
  type Client,
  type EstimateGasErrorType,
  type Hex,
  MethodNotFoundRpcError,
  MethodNotSupportedRpcError,
  numberToHex,
  type Transport,
} from 'viem'
import { REQUIRED_L2_GAS_PRICE_PER_PUBDATA } from '../constants/gas.js'
import type { ErrorType } from '../errors/base.js'
import { getMinimumL2GasLimit } from '../utils/getMinimumL2GasLimit.js'
import { getZksyncConfig } from './getL1Contracts.js'
import { estimateGas } from './internal/transactionRequest.js'

export type EstimateL1ToL2GasParameters = {
  /**
   * The L2 sender: the L1 caller for a direct request (its alias when the caller is a contract or smart account),
   * `applyL1ToL2Alias(L1AssetRouter)` for a deposit through the second bridge.
   */
  from: Address
  /** The L2 contract called (the receiver of a plain deposit). */
  to: Address
  data?: Hex | undefined
  /** The L2 value (`l2Value`). */
  value?: bigint | undefined
  factoryDeps?: readonly Hex[] | undefined
  /** The L2's virtual machine. Defaults to `custom.zksync.vm` of the client's chain, then to asking the node. */
  vm?: 'era' | 'zksync-os' | undefined
}

/** The L2 gas limit to send the priority transaction with; never below the protocol minimum. */
export type EstimateL1ToL2GasReturnType = bigint

export type EstimateL1ToL2GasErrorType = EstimateGasErrorType | ErrorType

/** Headroom over a ZKsync OS `eth_estimateGas` answer, in percent. */
const ZKSYNC_OS_BUFFER_PERCENT = 20n

/**
 * Estimates the L2 gas limit of a priority (L1->L2) transaction, on the L2 client.
 *
 * - Era chains: `zks_estimateGasL1ToL2` with `gasPerPubdata` 800.
 * - ZKsync OS chains (no `zks_estimateGasL1ToL2`): `eth_estimateGas` plus 20 %, because the node answers the native
 *   execution gas without the priority transaction's own overhead.
 *
 * The VM comes from `vm`, the chain's `custom.zksync.vm`, or else from the node: when it answers that
 * `zks_estimateGasL1ToL2` does not exist (JSON-RPC -32601 or -32004) it is taken for ZKsync OS. Either way the result
 * is raised to the smallest limit the L1 Mailbox accepts for this calldata (`getMinimumL2GasLimit`).
 *
 * @example
 * import { estimateL1ToL2Gas } from 'zksync-l1-actions'
 *
 * const l2GasLimit = await estimateL1ToL2Gas(l2Client, {
 *   from: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 *   to: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 *   value: 10n ** 18n,
 * })
 */
export async function estimateL1ToL2Gas<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: EstimateL1ToL2GasParameters,
): Promise<EstimateL1ToL2GasReturnType> {
  const { from, to, data = '0x', value = 0n, factoryDeps = [] } = parameters
  const minimum = getMinimumL2GasLimit({
    calldataLength: (data.length - 2) / 2,
    factoryDepsCount: factoryDeps.length,
  })
  const vm = parameters.vm ?? getZksyncConfig(client.chain)?.vm
  const atLeastMinimum = (gas: bigint) => (gas > minimum ? gas : minimum)

  const osEstimate = async () => {
    const gas = await estimateGas(client as never, { account: from, to, data, value })
    return atLeastMinimum(gas + (gas * ZKSYNC_OS_BUFFER_PERCENT) / 100n)
  }
  if (vm === 'zksync-os') return osEstimate()
  try {
    const gas = await client.request({
      method: 'zks_estimateGasL1ToL2',
      params: [
        {
          from,
          to,
          data,
          value: numberToHex(value),
          eip712Meta: {
            gasPerPubdata: numberToHex(REQUIRED_L2_GAS_PRICE_PER_PUBDATA),
            ...(factoryDeps.length > 0 ? { factoryDeps } : {}),
          },
        },
      ],
    } as never)
    return atLeastMinimum(BigInt(gas as Hex))
  } catch (error) {
    if (vm === undefined && isMethodMissing(error)) return osEstimate()
    throw error
  }
}

function isMethodMissing(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  return !!error.walk(
    (e) =>
      e instanceof MethodNotFoundRpcError ||
      e instanceof MethodNotSupportedRpcError ||
      (e as { code?: number }).code === -32601 ||
      (e as { code?: number }).code === -32004,
  )
}
