import type { Account, Chain, Client, Hash, Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import { InsufficientAllowanceError, type InsufficientAllowanceErrorType } from '../errors/deposit.js'
import { assertEthCoversGas, fillTransactionRequest, isLocalAccount } from './internal/transactionRequest.js'
import {
  type PrepareRequestExecuteErrorType,
  type PrepareRequestExecuteParameters,
  prepareRequestExecute,
} from './prepareRequestExecute.js'
import {
  type SendApprovalsAndTransactionErrorType,
  sendApprovalsAndTransaction,
} from './sendApprovalsAndTransaction.js'

export type RequestExecuteParameters = PrepareRequestExecuteParameters & {
  /** Send the base-token approval first when it is missing (custom-base chains). Default `false`: typed error. */
  approve?: boolean | undefined
  chain?: Chain | null | undefined
}

/** The hash of the L1 transaction. */
export type RequestExecuteReturnType = Hash

export type RequestExecuteErrorType =
  | InsufficientAllowanceErrorType
  | PrepareRequestExecuteErrorType
  | SendApprovalsAndTransactionErrorType
  | ErrorType

/**
 * Calls an L2 contract from L1 through the Bridgehub (`requestL2TransactionDirect`): `prepareRequestExecute`, then the
 * base-token approval (custom-base chains, only with `approve: true`), then the request. Returns the L1 hash.
 *
 * @example
 * import { requestExecute } from 'zksync-l1-actions'
 *
 * const hash = await requestExecute(walletClient, {
 *   l2Client,
 *   contractAddress: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
 *   calldata: '0x',
 *   l2Value: 1n,
 * })
 */
export async function requestExecute<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: RequestExecuteParameters,
): Promise<RequestExecuteReturnType> {
  const account = parameters.account ?? client.account
  // a local account's request is filled (gas, nonce) once, below, so that sending it asks for nothing more
  const fill = parameters.gas === undefined && isLocalAccount(account)
  const { quote, approvals, request } = await prepareRequestExecute(
    client,
    fill ? { ...parameters, gas: null } : parameters,
  )
  const missing = quote.approvals[0]
  if (missing && !parameters.approve)
    throw new InsufficientAllowanceError({
      token: missing.token,
      spender: missing.spender,
      needed: missing.amount,
      current: missing.currentAllowance,
    })
  let transaction = request
  if (fill && approvals.length === 0) {
    // after an approval the send fills the request itself: it could not be estimated before
    const chain = parameters.chain === undefined ? client.chain : parameters.chain
    transaction = await fillTransactionRequest(client, { ...request, account, chain })
    assertEthCoversGas(quote, { ...request, gas: transaction.gas! })
  }
  const { hash } = await sendApprovalsAndTransaction(client, {
    account,
    chain: parameters.chain,
    approvals,
    transaction,
  })
  return hash
}
