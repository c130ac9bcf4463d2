import type { Account, Chain, Client, Hash, SendTransactionErrorType, Transport } from 'viem'
import type { TransactionSendUnknownErrorType } from '../errors/common.js'
import type { InsufficientBalanceErrorType } from '../errors/deposit.js'
import {
  fillL1TransactionRequest,
  isLocalAccount,
  sendTransactionWithKnownHash,
} from './internal/transactionRequest.js'
import {
  buildClaimFailedDeposit,
  type PrepareClaimFailedDepositErrorType,
  type PrepareClaimFailedDepositParameters,
} from './prepareClaimFailedDeposit.js'

export type ClaimFailedDepositParameters = PrepareClaimFailedDepositParameters

/** Hash of the L1 claim transaction. */
export type ClaimFailedDepositReturnType = Hash

export type ClaimFailedDepositErrorType =
  | PrepareClaimFailedDepositErrorType
  | InsufficientBalanceErrorType
  | SendTransactionErrorType
  | TransactionSendUnknownErrorType

/**
 * Recovers on L1 the tokens of a deposit whose L2 transaction failed: `prepareClaimFailedDeposit`, then sends the
 * request. The tokens go back to the depositor, whoever sends the claim.
 *
 * @example
 * import { createWalletClient, createPublicClient, http } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { mainnet, zksync } from 'viem/chains'
 * import { claimFailedDeposit } from 'zksync-l1-actions'
 *
 * const client = createWalletClient({ account: privateKeyToAccount('0x…'), chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const hash = await claimFailedDeposit(client, { l2Client, hash: '0x…' })
 */
export async function claimFailedDeposit<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: ClaimFailedDepositParameters,
): Promise<ClaimFailedDepositReturnType> {
  // a local account's request is filled (gas, nonce, fees) once here, so that sending it asks for nothing more
  const fill = parameters.gas === undefined && isLocalAccount(parameters.account ?? client.account)
  // (its ETH balance read beside the claim's other reads, for the filled gas to be held against)
  const { request, balance } = await buildClaimFailedDeposit(
    client,
    fill ? { ...parameters, gas: null } : parameters,
    fill,
  )
  return sendTransactionWithKnownHash(
    client,
    (fill ? await fillL1TransactionRequest(client, request, { balance }) : request) as never,
  )
}
