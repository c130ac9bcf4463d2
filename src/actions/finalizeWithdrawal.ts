import type { Account, Chain, Client, Hash, SendTransactionErrorType, Transport } from 'viem'
import type { TransactionSendUnknownErrorType } from '../errors/common.js'
import type { InsufficientBalanceErrorType } from '../errors/deposit.js'
import {
  fillL1TransactionRequest,
  isLocalAccount,
  sendTransactionWithKnownHash,
} from './internal/transactionRequest.js'
import {
  buildFinalizeWithdrawal,
  type PrepareFinalizeWithdrawalErrorType,
  type PrepareFinalizeWithdrawalParameters,
  prepareFinalizeWithdrawal,
} from './prepareFinalizeWithdrawal.js'

export type FinalizeWithdrawalParameters = PrepareFinalizeWithdrawalParameters

/** Hash of the L1 finalization transaction. */
export type FinalizeWithdrawalReturnType = Hash

export type FinalizeWithdrawalErrorType =
  | PrepareFinalizeWithdrawalErrorType
  | InsufficientBalanceErrorType
  | SendTransactionErrorType
  | TransactionSendUnknownErrorType

/**
 * Finalizes an L2->L1 withdrawal on L1: `prepareFinalizeWithdrawal`, then sends the request. Anyone may finalize; the
 * funds go to the L1 receiver named on L2. Refuses with a typed error, before signing, a withdrawal that is finalized
 * already or not ready.
 *
 * @example
 * import { createWalletClient, createPublicClient, http } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { mainnet, zksync } from 'viem/chains'
 * import { finalizeWithdrawal } from 'zksync-l1-actions'
 *
 * const client = createWalletClient({ account: privateKeyToAccount('0x…'), chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const hash = await finalizeWithdrawal(client, { l2Client, hash: '0x…' })
 */
export async function finalizeWithdrawal<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: FinalizeWithdrawalParameters,
): Promise<FinalizeWithdrawalReturnType> {
  // a local account's request is filled (gas, nonce, fees) once here, so that sending it asks for nothing more
  const local = isLocalAccount(parameters.account ?? client.account)
  const request = local
    ? await buildFinalizeWithdrawal(
        client,
        parameters,
        (request, balance) => fillL1TransactionRequest(client, request, { balance }),
        true,
      )
    : await prepareFinalizeWithdrawal(client, parameters)
  return sendTransactionWithKnownHash(client, request as never)
}
