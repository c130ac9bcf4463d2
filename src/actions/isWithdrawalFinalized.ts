import type { Chain, Client, Transport } from 'viem'
import {
  type GetWithdrawalStatusErrorType,
  type GetWithdrawalStatusParameters,
  getWithdrawalStatus,
} from './getWithdrawalStatus.js'

export type IsWithdrawalFinalizedParameters = GetWithdrawalStatusParameters

export type IsWithdrawalFinalizedReturnType = boolean

export type IsWithdrawalFinalizedErrorType = GetWithdrawalStatusErrorType

/**
 * Whether an L2->L1 withdrawal is finalized on L1, as the L1Nullifier (or the custom bridge that finalizes it) records
 * it. A withdrawal whose L2 transaction is pending or failed, or whose proof is not available yet, is not finalized;
 * nor is one whose proof L1 rejects (`proveL2MessageInclusion`, read in the same multicall): a node that answers the
 * proof of another, finalized message cannot make it look finalized.
 * Costs what `getWithdrawalStatus` costs: two L2 requests and one L1 `eth_call`, which also reads the L1 addresses a
 * chain definition does not carry.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { mainnet, zksync } from 'viem/chains'
 * import { isWithdrawalFinalized } from 'zksync-l1-actions'
 *
 * const client = createPublicClient({ chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const done = await isWithdrawalFinalized(client, { l2Client, hash: '0x…' })
 */
export async function isWithdrawalFinalized<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: IsWithdrawalFinalizedParameters,
): Promise<IsWithdrawalFinalizedReturnType> {
  const { status } = await getWithdrawalStatus(client, parameters)
  return status === 'finalized'
}
