import type { Address, Chain, Client, EstimateGasErrorType, Hex, Transport } from 'viem'
import { MAX_UINT256 } from '../constants/numbers.js'
import type { ErrorType } from '../errors/base.js'
import {
  type InvalidAddressParameterErrorType,
  type InvalidHexParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
} from '../errors/common.js'
import { getMinimumL2GasLimit } from '../utils/getMinimumL2GasLimit.js'
import { assertAddress, assertBytes, assertUint } from './internal/assertParameters.js'
import { estimateL2Gas } from './internal/priorityRequest/estimateL2.js'

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
  /**
   * ZKsync OS only: the chain's protocol version (`getProtocolVersion()` of its diamond), whose floor the estimate is
   * raised to. Default: the newest this library knows, 0.31 (`0x1f00000000n`), whose floor is the highest.
   */
  protocolVersion?: bigint | undefined
  /**
   * ZKsync OS only: the L2 gas price the Mailbox derives for the request (the base cost over the L2 gas limit). Without
   * it the floor leaves out its native-resource term, which is 0 at L2 gas prices above about 0.03 gwei.
   */
  l2GasPrice?: bigint | undefined
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
 * is raised to the smallest limit the L1 Mailbox accepts for this calldata on that VM (`getMinimumL2GasLimit`; on
 * ZKsync OS at `protocolVersion` and `l2GasPrice`). The deposit and `requestExecute` actions read the chain's version
 * and apply its floor themselves.
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
  const { data = '0x', factoryDeps = [] } = parameters
  const { gas, vm } = await estimateL2Gas(client as Client<Transport, Chain | undefined>, parameters)
  const calldataLength = (data.length - 2) / 2
  const minimum = getMinimumL2GasLimit(
    vm === 'zksync-os'
      ? {
          calldataLength,
          factoryDepsCount: factoryDeps.length,
          vm,
          protocolVersion: parameters.protocolVersion ?? LATEST_PROTOCOL_VERSION,
          l2GasPrice: parameters.l2GasPrice ?? MAX_UINT256,
        }
      : { calldataLength, factoryDepsCount: factoryDeps.length },
  )
  if (gas < minimum) return minimum
  return gas
}

/** The newest protocol version whose floor this library knows: 0.31.0. */
const LATEST_PROTOCOL_VERSION = 31n << 32n

/** The parameters held to their types before any request: addresses, hex of whole bytes, a uint256 value, the VM. */
function assertEstimateL1ToL2GasParameters(parameters: EstimateL1ToL2GasParameters) {
  const { factoryDeps, vm } = parameters
  assertAddress('from', parameters.from)
  assertAddress('to', parameters.to)
  assertBytes('data', parameters.data, { optional: true })
  assertUint('value', parameters.value, { optional: true })
  assertUint('protocolVersion', parameters.protocolVersion, { optional: true })
  assertUint('l2GasPrice', parameters.l2GasPrice, { optional: true })
  if (factoryDeps !== undefined && !Array.isArray(factoryDeps))
    throw new InvalidParameterError({ parameter: 'factoryDeps', value: factoryDeps, expected: 'an array of bytecodes' })
  for (const [i, dep] of (factoryDeps ?? []).entries()) assertBytes(`factoryDeps[${i}]`, dep)
  if (vm !== undefined && vm !== 'era' && vm !== 'zksync-os')
    throw new InvalidParameterError({ parameter: 'vm', value: vm, expected: "'era' or 'zksync-os'" })
}
