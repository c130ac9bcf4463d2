import type { Account, Chain, Client, Hash, Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import type { InvalidParameterErrorType } from '../errors/common.js'
import type { InsufficientAllowanceErrorType } from '../errors/deposit.js'
import { getZksyncConfig } from './getL1Contracts.js'
import { assertBoolean } from './internal/assertParameters.js'
import { sendPrepared } from './internal/sendPrepared.js'
import { isLocalAccount } from './internal/transactionRequest.js'
import {
  type PrepareRequestExecuteErrorType,
  type PrepareRequestExecuteParameters,
  prepareRequestExecute,
} from './prepareRequestExecute.js'
import type { SendApprovalsAndTransactionErrorType } from './sendApprovalsAndTransaction.js'

export type RequestExecuteParameters = PrepareRequestExecuteParameters & {
  /** Send the base-token approval first when it is missing (custom-base chains). Default `false`: typed error. */
  approve?: boolean | undefined
  chain?: Chain | null | undefined
}

/** The hash of the L1 transaction. */
export type RequestExecuteReturnType = Hash

export type RequestExecuteErrorType =
  | InsufficientAllowanceErrorType
  | InvalidParameterErrorType
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
  // `prepareRequestExecute` checks the other parameters before its first request
  assertBoolean('approve', parameters.approve, { optional: true })
  const account = parameters.account ?? client.account
  // a local account's request is filled (gas, nonce) once, below, so that sending it asks for nothing more
  const fill = parameters.gas === undefined && isLocalAccount(account)
  const { quote, approvals, request } = await prepareRequestExecute(
    client,
    fill ? { ...parameters, gas: null } : parameters,
  )
  return sendPrepared(client, {
    account,
    chain: parameters.chain,
    // the L1 the target settles on, as its chain definition says: signed for even when the client declares no chain
    l1ChainId: getZksyncConfig(parameters.l2Chain ?? parameters.l2Client?.chain)?.l1ChainId,
    approve: parameters.approve,
    fill,
    quote,
    approvals,
    transaction: request,
  })
}
