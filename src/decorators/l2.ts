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
import type { WithAccount } from './l1.js'

/**
 * The L2 actions, bound to an L2 client by {@link zksyncL2Actions}. Each method takes the action's own parameters (with
 * `account` required when the client has none where the action needs one) and returns the action's own result.
 *
 * `chain` and `account` are the client's. `account` decides whether a call must name its `account`; `chain` is there
 * so that a method can follow the client's chain once an action's own types do (none does yet).
 */
export type ZksyncL2Actions<
  // biome-ignore lint/correctness/noUnusedVariables: the client's chain, as in viem's decorator types; no action's types depend on it yet
  chain extends Chain | undefined = Chain | undefined,
  account extends Account | undefined = Account | undefined,
> = {
  /**
   * The L2 gas limit of a priority (L1->L2) transaction, estimated on the L2: binds {@link estimateL1ToL2Gas}.
   *
   * @example
   * import { zksyncL2Actions } from 'zksync-l1-actions'
   *
   * const l2 = l2Client.extend(zksyncL2Actions())
   * const l2GasLimit = await l2.estimateL1ToL2Gas({
   *   from: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
   *   to: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
   *   value: 10n ** 18n,
   * })
   */
  estimateL1ToL2Gas: (parameters: EstimateL1ToL2GasParameters) => Promise<EstimateL1ToL2GasReturnType>
  /**
   * The node's Merkle proof of one L2->L1 log of a transaction, or `null` while it is not ready: binds
   * {@link getL2ToL1LogProof}.
   *
   * @example
   * import { zksyncL2Actions } from 'zksync-l1-actions'
   *
   * const l2 = l2Client.extend(zksyncL2Actions())
   * const proof = await l2.getL2ToL1LogProof({ hash: '0x…' })
   */
  getL2ToL1LogProof: (parameters: GetL2ToL1LogProofParameters) => Promise<GetL2ToL1LogProofReturnType>
  /**
   * The L2 address of an L1 token: binds {@link getL2TokenAddress}.
   *
   * @example
   * import { zksyncL2Actions } from 'zksync-l1-actions'
   *
   * const l2 = l2Client.extend(zksyncL2Actions())
   * const usdc = await l2.getL2TokenAddress({ token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' })
   */
  getL2TokenAddress: (parameters: GetL2TokenAddressParameters) => Promise<GetL2TokenAddressReturnType>
  /**
   * The L2 transaction request that starts a withdrawal to L1, without sending it: binds {@link prepareWithdraw}.
   *
   * @example
   * import { zksyncL2Actions } from 'zksync-l1-actions'
   *
   * const l2 = l2WalletClient.extend(zksyncL2Actions())
   * const request = await l2.prepareWithdraw({ token: '0x000000000000000000000000000000000000800A', amount: 10n ** 16n })
   */
  prepareWithdraw: (parameters: PrepareWithdrawParameters) => Promise<PrepareWithdrawReturnType>
  /**
   * Starts a withdrawal to L1, and returns the L2 hash: binds {@link withdraw}. Its example is
   * {@link zksyncL2Actions}'s.
   */
  withdraw: (parameters: WithAccount<WithdrawParameters, account>) => Promise<WithdrawReturnType>
}

/**
 * Adds the actions whose first argument is the L2 client: `withdraw`, `prepareWithdraw`,
 * `getL2ToL1LogProof`, `getL2TokenAddress`, and `estimateL1ToL2Gas` (the L2 gas limit of a priority transaction).
 * The methods are typed by the client's chain and account ({@link ZksyncL2Actions}).
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
  ): ZksyncL2Actions<chain, account> => ({
    estimateL1ToL2Gas: (parameters) => estimateL1ToL2Gas(client, parameters),
    getL2ToL1LogProof: (parameters) => getL2ToL1LogProof(client, parameters),
    getL2TokenAddress: (parameters) => getL2TokenAddress(client, parameters),
    prepareWithdraw: (parameters) => prepareWithdraw(client, parameters),
    withdraw: (parameters) => withdraw(client, parameters),
  })
}
