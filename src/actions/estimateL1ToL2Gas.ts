import {
  type Address,
  BaseError,
  type Chain,
  type Client,
  type EstimateGasErrorType,
  type Hex,
  numberToHex,
  type Transport,
} from 'viem'
import { REQUIRED_L2_GAS_PRICE_PER_PUBDATA } from '../constants/gas.js'
import { ZKSYNC_OS_L1_TX_TYPE, ZKSYNC_OS_LACK_OF_FUNDS_MESSAGE } from '../constants/rpc.js'
import type { ErrorType } from '../errors/base.js'
import {
  type InvalidAddressParameterErrorType,
  type InvalidHexParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
} from '../errors/common.js'
import { getMinimumL2GasLimit } from '../utils/getMinimumL2GasLimit.js'
import { getZksyncConfig } from './getL1Contracts.js'
import { assertAddress, assertBytes, assertUint } from './internal/assertParameters.js'
import { isMethodMissing } from './internal/rpcErrors.js'

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

export type EstimateL1ToL2GasErrorType =
  | EstimateGasErrorType
  | InvalidAddressParameterErrorType
  | InvalidHexParameterErrorType
  | InvalidParameterErrorType
  | ErrorType

/**
 * Headroom over a ZKsync OS estimate, in percent: the estimate is of the L2 state now, the transaction runs later (the
 * unused gas is refunded on L2).
 */
const ZKSYNC_OS_BUFFER_PERCENT = 20n

/**
 * Estimates the L2 gas limit of a priority (L1->L2) transaction, on the L2 client.
 *
 * - Era chains: `zks_estimateGasL1ToL2` with `gasPerPubdata` 800.
 * - ZKsync OS chains (no `zks_estimateGasL1ToL2`): `eth_estimateGas` of the request as an L1 transaction (`type`
 *   `0x7f`), which the server runs as the priority transaction will run, with the value minted to the sender first
 *   (so an account with no L2 balance can be estimated), plus 20 % headroom. A server without that estimator (before
 *   v0.6) refuses a sender whose L2 balance is short of the value; the call is then estimated without its value.
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
  assertEstimateL1ToL2GasParameters(parameters)
  const { from, to, data = '0x', value = 0n, factoryDeps = [] } = parameters
  const minimum = getMinimumL2GasLimit({
    calldataLength: (data.length - 2) / 2,
    factoryDepsCount: factoryDeps.length,
  })
  const vm = parameters.vm ?? getZksyncConfig(client.chain)?.vm
  const atLeastMinimum = (gas: bigint) => (gas > minimum ? gas : minimum)

  const osEstimate = async () => {
    // the server's own estimator for L1 transactions: with the L1 type it mints `value` (and the fee) to the sender
    // first, as the priority transaction will, and applies its floor for L1 transactions. No fee fields: with a fee
    // the server would first hold the sender's current L2 balance against the value.
    const ask = (v: bigint) =>
      client.request({
        method: 'eth_estimateGas',
        params: [{ from, to, data, value: numberToHex(v), type: ZKSYNC_OS_L1_TX_TYPE }],
      } as never) as Promise<Hex>
    let gas: Hex
    try {
      gas = await ask(value)
    } catch (error) {
      // servers before v0.6 have no estimator for L1 transactions and hold the sender's L2 balance against the value:
      // the same call is estimated without it
      if (value === 0n || !isLackOfFunds(error)) throw error
      gas = await ask(0n)
    }
    const estimate = BigInt(gas)
    return atLeastMinimum(estimate + (estimate * ZKSYNC_OS_BUFFER_PERCENT) / 100n)
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

function isLackOfFunds(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  return !!error.walk((e) => {
    const details = (e as { details?: unknown }).details
    return typeof details === 'string' && details.startsWith(ZKSYNC_OS_LACK_OF_FUNDS_MESSAGE)
  })
}

/** The parameters held to their types before any request: addresses, hex of whole bytes, a uint256 value, the VM. */
function assertEstimateL1ToL2GasParameters(parameters: EstimateL1ToL2GasParameters) {
  const { factoryDeps, vm } = parameters
  assertAddress('from', parameters.from)
  assertAddress('to', parameters.to)
  assertBytes('data', parameters.data, { optional: true })
  assertUint('value', parameters.value, { optional: true })
  if (factoryDeps !== undefined && !Array.isArray(factoryDeps))
    throw new InvalidParameterError({ parameter: 'factoryDeps', value: factoryDeps, expected: 'an array of bytecodes' })
  for (const [i, dep] of (factoryDeps ?? []).entries()) assertBytes(`factoryDeps[${i}]`, dep)
  if (vm !== undefined && vm !== 'era' && vm !== 'zksync-os')
    throw new InvalidParameterError({ parameter: 'vm', value: vm, expected: "'era' or 'zksync-os'" })
}
