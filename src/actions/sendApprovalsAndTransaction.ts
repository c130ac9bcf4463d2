import type { ErrorType } from '../errors/base.js'
import type {
  Account,
  Address,
  Chain,
  Client,
  Hash,
  SendTransactionErrorType,
  Transport,
  WaitForTransactionReceiptErrorType,
} from 'viem'
import { sendTransaction, waitForTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import {
  ApprovalRevertedError,
  type ApprovalRevertedErrorType,
  DepositAfterApprovalsFailedError,
  type DepositAfterApprovalsFailedErrorType,
} from '../errors/deposit.js'
import type { L1TransactionRequest } from './prepareApprovals.js'

export type SendApprovalsAndTransactionParameters = {
  account?: Account | Address | undefined
  chain?: Chain | null | undefined
  /** Sent one after the other, each waited for, before `transaction`. */
  approvals: readonly L1TransactionRequest[]
  transaction: L1TransactionRequest
}

export type SendApprovalsAndTransactionReturnType = {
  /** The hash of `transaction`. */
  hash: Hash
  approvalHashes: Hash[]
}

export type SendApprovalsAndTransactionErrorType =
  | ApprovalRevertedErrorType
  | DepositAfterApprovalsFailedErrorType
  | SendTransactionErrorType
  | WaitForTransactionReceiptErrorType
  | ErrorType

/**
 * Sends prepared approvals, waiting for each receipt, then the transaction that needs them. If the transaction cannot be
 * sent after approvals were mined, throws `DepositAfterApprovalsFailedError` with their hashes (they need not be
 * repeated). The write twin of every `prepare…` action of this package that returns approvals.
 *
 * @example
 * import { prepareDeposit, sendApprovalsAndTransaction } from 'zksync-l1-actions'
 *
 * const { approvals, deposit } = await prepareDeposit(walletClient, {
 *   l2Client,
 *   token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
 *   amount: 1_000_000n,
 * })
 * const { hash } = await sendApprovalsAndTransaction(walletClient, { approvals, transaction: deposit })
 */
export async function sendApprovalsAndTransaction<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: SendApprovalsAndTransactionParameters,
): Promise<SendApprovalsAndTransactionReturnType> {
  const { approvals, transaction } = parameters
  const account = parameters.account ?? client.account
  const chain = parameters.chain === undefined ? client.chain : parameters.chain
  const send = (request: L1TransactionRequest) =>
    getAction(client, sendTransaction, 'sendTransaction')({ ...request, account, chain } as never)
  const approvalHashes: Hash[] = []
  for (const approval of approvals) {
    const hash = await send(approval)
    const receipt = await getAction(client, waitForTransactionReceipt, 'waitForTransactionReceipt')({ hash })
    if (receipt.status !== 'success') throw new ApprovalRevertedError({ hash, token: approval.to })
    approvalHashes.push(hash)
  }
  try {
    return { hash: await send(transaction), approvalHashes }
  } catch (error) {
    if (approvalHashes.length === 0) throw error
    throw new DepositAfterApprovalsFailedError({ approvalHashes, cause: error as Error })
  }
}
