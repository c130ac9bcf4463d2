import {
  type Chain,
  type Client,
  type GetTransactionReceiptErrorType,
  type Hash,
  type TransactionReceipt,
  TransactionReceiptNotFoundError,
  type Transport,
} from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import { BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC } from '../constants/topics.js'
import type { ErrorType } from '../errors/base.js'
import type { GetL1ContractsErrorType, L2TargetParameters } from './getL1Contracts.js'
import { type GetL2TransactionHashErrorType, getL2TransactionHash } from './getL2TransactionHash.js'

export type DepositStatus = 'l1-pending' | 'l1-reverted' | 'l2-pending' | 'l2-executed' | 'l2-failed'

export type GetDepositStatusParameters = L2TargetParameters & {
  /** A client on the L2 (its chain also names the target). */
  l2Client: Client
  /** The L1 transaction of the deposit or `requestExecute`. */
  hash: Hash
  /** The L1 receipt, if already known (saves a request). */
  l1Receipt?: TransactionReceipt | undefined
  /** The L2 hash, if already known (saves reading the chain's contracts). */
  l2Hash?: Hash | undefined
}

export type GetDepositStatusReturnType = {
  status: DepositStatus
  l2Hash?: Hash | undefined
  /**
   * Only for `l2-failed`: `true` when the deposit went through the second bridge and its tokens wait on L1 for
   * `claimFailedDeposit`; `false` for direct (base-token) deposits and `requestExecute`, which were refunded on L2.
   */
  claimable?: boolean | undefined
  l1Receipt?: TransactionReceipt | undefined
  l2Receipt?: TransactionReceipt | undefined
}

export type GetDepositStatusErrorType =
  | GetL1ContractsErrorType
  | GetL2TransactionHashErrorType
  | GetTransactionReceiptErrorType
  | ErrorType

/**
 * Where a deposit stands: its L1 transaction pending or reverted, its L2 transaction pending, executed or failed.
 * A failed deposit is `claimable` when its tokens can be recovered on L1 (second-bridge deposits: the L1Nullifier
 * recorded it, `BridgehubDepositFinalized` is in the L1 receipt).
 *
 * @example
 * import { getDepositStatus } from 'zksync-l1-actions'
 *
 * const { status, l2Hash } = await getDepositStatus(publicClient, { l2Client, hash: '0x…' as `0x${string}` })
 */
export async function getDepositStatus<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetDepositStatusParameters,
): Promise<GetDepositStatusReturnType> {
  const { l2Client, hash } = parameters
  const l1Receipt = parameters.l1Receipt ?? (await receiptOrNull(client, hash))
  if (!l1Receipt) return { status: 'l1-pending' }
  if (l1Receipt.status !== 'success') return { status: 'l1-reverted', l1Receipt }
  const l2Hash =
    parameters.l2Hash ??
    (await getL2TransactionHash(client, {
      ...parameters,
      l2Chain: parameters.l2Chain ?? l2Client.chain,
      receipt: l1Receipt,
      hash: undefined,
    }))
  const l2Receipt = await receiptOrNull(l2Client, l2Hash)
  if (!l2Receipt) return { status: 'l2-pending', l2Hash, l1Receipt }
  if (l2Receipt.status === 'success') return { status: 'l2-executed', l2Hash, l1Receipt, l2Receipt }
  const claimable = l1Receipt.logs.some((log) => log.topics[0]?.toLowerCase() === BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC)
  return { status: 'l2-failed', l2Hash, claimable, l1Receipt, l2Receipt }
}

async function receiptOrNull(client: Client<Transport, Chain | undefined>, hash: Hash) {
  try {
    return await getAction(client, getTransactionReceipt, 'getTransactionReceipt')({ hash })
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return null
    throw error
  }
}
