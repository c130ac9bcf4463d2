import type { Account, Chain, Client, Transport } from 'viem'
import {
  type EstimateL1ToL2GasParameters,
  type EstimateL1ToL2GasReturnType,
  estimateL1ToL2Gas,
} from '../actions/estimateL1ToL2Gas.js'
import {
  type GetL2TokenAddressParameters,
  type GetL2TokenAddressReturnType,
  getL2TokenAddress,
} from '../actions/getL2TokenAddress.js'
import {
  type GetL2ToL1LogProofParameters,
  type GetL2ToL1LogProofReturnType,
  getL2ToL1LogProof,
} from '../actions/getL2ToL1LogProof.js'
import {
  type PrepareWithdrawParameters,
  type PrepareWithdrawReturnType,
  prepareWithdraw,
} from '../actions/prepareWithdraw.js'
import { type WithdrawParameters, type WithdrawReturnType, withdraw } from '../actions/withdraw.js'

/** The L2 actions, bound to an L2 client by {@link zksyncL2Actions}. */
export type ZksyncL2Actions = {
  estimateL1ToL2Gas(parameters: EstimateL1ToL2GasParameters): Promise<EstimateL1ToL2GasReturnType>
  getL2ToL1LogProof(parameters: GetL2ToL1LogProofParameters): Promise<GetL2ToL1LogProofReturnType>
  getL2TokenAddress(parameters: GetL2TokenAddressParameters): Promise<GetL2TokenAddressReturnType>
  prepareWithdraw(parameters: PrepareWithdrawParameters): Promise<PrepareWithdrawReturnType>
  withdraw(parameters: WithdrawParameters): Promise<WithdrawReturnType>
}

/**
 * Adds the actions whose first argument is the L2 client: `withdraw`, `prepareWithdraw`,
 * `getL2ToL1LogProof`, `getL2TokenAddress`, and `estimateL1ToL2Gas` (the L2 gas limit of a priority transaction).
 *
 * @example
 * import { createWalletClient, http } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { zksync } from 'zksync-l1-actions/chains'
 * import { zksyncL2Actions } from 'zksync-l1-actions'
 *
 * const l2 = createWalletClient({
 *   account: privateKeyToAccount('0x…' as `0x${string}`),
 *   chain: zksync,
 *   transport: http(),
 * }).extend(zksyncL2Actions())
 *
 * const hash = await l2.withdraw({ token: '0x000000000000000000000000000000000000800A', amount: 10n ** 16n })
 */
export function zksyncL2Actions() {
  return <transport extends Transport, chain extends Chain | undefined, account extends Account | undefined>(
    client: Client<transport, chain, account>,
  ): ZksyncL2Actions => ({
    estimateL1ToL2Gas: (p) => estimateL1ToL2Gas(client, p),
    getL2ToL1LogProof: (p) => getL2ToL1LogProof(client, p),
    getL2TokenAddress: (p) => getL2TokenAddress(client, p),
    prepareWithdraw: (p) => prepareWithdraw(client, p),
    withdraw: (p) => withdraw(client, p),
  })
}
