import type { Account, Chain, Client, Hash, Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import { InsufficientAllowanceError, type InsufficientAllowanceErrorType } from '../errors/deposit.js'
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
  const { quote, approvals, request } = await prepareRequestExecute(client, parameters)
  const missing = quote.approvals[0]
  if (missing && !parameters.approve)
    throw new InsufficientAllowanceError({
      token: missing.token,
      spender: missing.spender,
      needed: missing.amount,
      current: missing.currentAllowance,
    })
  const { hash } = await sendApprovalsAndTransaction(client, {
    account: parameters.account ?? client.account,
    chain: parameters.chain,
    approvals,
    transaction: request,
  })
  return hash
}
