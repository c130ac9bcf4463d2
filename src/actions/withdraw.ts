import type { Account, Chain, Client, Hash, SendTransactionErrorType, Transport } from 'viem'
import type { TransactionSendUnknownErrorType } from '../errors/common.js'
import { sendTransactionWithKnownHash } from './internal/transactionRequest.js'
import { type PrepareWithdrawErrorType, type PrepareWithdrawParameters, prepareWithdraw } from './prepareWithdraw.js'

export type WithdrawParameters = PrepareWithdrawParameters

/** Hash of the L2 withdrawal transaction: pass it to `getWithdrawalStatus` and `finalizeWithdrawal`. */
export type WithdrawReturnType = Hash

export type WithdrawErrorType = PrepareWithdrawErrorType | SendTransactionErrorType | TransactionSendUnknownErrorType

/**
 * Starts a withdrawal to L1 from the L2 wallet client: `prepareWithdraw`, then sends the L2 transaction. Once its
 * batch is executed on L1, finalize it there with `finalizeWithdrawal`.
 *
 * @example
 * import { createWalletClient, http, parseEther } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { zksync } from 'viem/chains'
 * import { withdraw } from 'zksync-l1-actions'
 *
 * const l2Wallet = createWalletClient({ account: privateKeyToAccount('0x…'), chain: zksync, transport: http() })
 * const hash = await withdraw(l2Wallet, { token: '0x000000000000000000000000000000000000800A', amount: parseEther('0.1') })
 */
export async function withdraw<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: WithdrawParameters,
): Promise<WithdrawReturnType> {
  // `prepareWithdraw` checks the parameters before its first request
  const request = await prepareWithdraw(client, parameters)
  return sendTransactionWithKnownHash(client, request as never)
}
