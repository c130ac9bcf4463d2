import { type Address, BaseError, type Chain, type Client, type Hex, numberToHex, type Transport } from 'viem'
import { REQUIRED_L2_GAS_PRICE_PER_PUBDATA } from '../../../constants/gas.js'
import { ZKSYNC_OS_L1_TX_TYPE, ZKSYNC_OS_LACK_OF_FUNDS_MESSAGE } from '../../../constants/rpc.js'
import { getZksyncConfig } from '../../getL1Contracts.js'
import { isMethodMissing } from '../rpcErrors.js'
import type { L2Vm } from './chainTerms.js'

/**
 * Headroom over a ZKsync OS estimate, in percent: the estimate is of the L2 state now, the transaction runs later (the
 * unused gas is refunded on L2).
 */
const ZKSYNC_OS_BUFFER_PERCENT = 20n

/**
 * Internal, the "estimate L2" stage of a priority request: the L2 node's estimate of the L2 transaction (with the
 * ZKsync OS headroom), not yet raised to the chain's floor, and the VM it was made on.
 *
 * - Era chains: `zks_estimateGasL1ToL2` with `gasPerPubdata` 800.
 * - ZKsync OS chains (no `zks_estimateGasL1ToL2`): `eth_estimateGas` of the request as an L1 transaction (`type`
 *   `0x7f`), which the server runs as the priority transaction will run, with the value minted to the sender first,
 *   plus 20 %. A server without that estimator (before v0.6) refuses a sender whose L2 balance is short of the value;
 *   the call is then estimated without its value.
 *
 * The VM comes from `vm`, the chain's `custom.zksync.vm`, or else from the node: when it answers that
 * `zks_estimateGasL1ToL2` does not exist (JSON-RPC -32601 or -32004) it is taken for ZKsync OS.
 */
export async function estimateL2Gas(
  client: Client<Transport, Chain | undefined>,
  parameters: {
    from: Address
    to: Address
    data?: Hex | undefined
    value?: bigint | undefined
    factoryDeps?: readonly Hex[] | undefined
    vm?: L2Vm | undefined
  },
): Promise<{ gas: bigint; vm: L2Vm }> {
  const { from, to, data = '0x', value = 0n, factoryDeps = [] } = parameters
  const vm = parameters.vm ?? getZksyncConfig(client.chain)?.vm

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
    return { gas: estimate + (estimate * ZKSYNC_OS_BUFFER_PERCENT) / 100n, vm: 'zksync-os' as const }
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
    return { gas: BigInt(gas as Hex), vm: 'era' }
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
