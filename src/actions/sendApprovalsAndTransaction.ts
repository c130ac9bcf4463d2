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
import { waitForTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import type { ErrorType } from '../errors/base.js'
import { TransactionSendUnknownError, type TransactionSendUnknownErrorType } from '../errors/common.js'
import {
  ApprovalRevertedError,
  type ApprovalRevertedErrorType,
  DepositAfterApprovalsFailedError,
  type DepositAfterApprovalsFailedErrorType,
} from '../errors/deposit.js'
import { sendTransactionWithKnownHash } from './internal/transactionRequest.js'
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
  | TransactionSendUnknownErrorType
  | WaitForTransactionReceiptErrorType
  | ErrorType

/**
 * Sends prepared approvals, waiting for each receipt, then the transaction that needs them. If the transaction cannot be
 * sent after approvals were mined, throws `DepositAfterApprovalsFailedError` with their hashes (they need not be
 * repeated). With a local account each transaction is signed before it is sent: if the node's answer to a send is
 * lost, the error is a `TransactionSendUnknownError` with the signed transaction's hash, to look up before sending
 * again. The write twin of every `prepare…` action of this package that returns approvals.
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
  /** Internal: completes `transaction` (its gas) once the approvals are mined. */
  beforeTransaction?: (transaction: L1TransactionRequest) => Promise<L1TransactionRequest>,
): Promise<SendApprovalsAndTransactionReturnType> {
  const { approvals, transaction } = parameters
  const account = parameters.account ?? client.account
  const chain = parameters.chain === undefined ? client.chain : parameters.chain
  const approvalHashes: Hash[] = []
  const send = (request: L1TransactionRequest) =>
    sendTransactionWithKnownHash(client, { ...request, account, chain }, [...approvalHashes])
  for (const approval of approvals) {
    const hash = await send(approval)
    const receipt = await getAction(client, waitForTransactionReceipt, 'waitForTransactionReceipt')({ hash })
    if (receipt.status !== 'success') throw new ApprovalRevertedError({ hash, token: approval.to })
    approvalHashes.push(hash)
  }
  try {
    return { hash: await send(beforeTransaction ? await beforeTransaction(transaction) : transaction), approvalHashes }
  } catch (error) {
    // a lost answer carries the hash (and the approvals): the user looks it up rather than sending again
    if (approvalHashes.length === 0 || error instanceof TransactionSendUnknownError) throw error
    throw new DepositAfterApprovalsFailedError({ approvalHashes, cause: error as Error })
  }
}
