import type { Account, Address, Chain, Client, Hash, Hex, Transport } from 'viem'
import { InsufficientAllowanceError } from '../../errors/deposit.js'
import {
  type SendApprovalsAndTransactionParameters,
  sendApprovalsAndTransaction,
} from '../sendApprovalsAndTransaction.js'
import { assertEthCoversGas, fillTransactionRequest } from './transactionRequest.js'

/**
 * Internal: the sending half shared by `deposit` and `requestExecute`, given what their `prepare…` twin returned.
 * A missing allowance is an `InsufficientAllowanceError` unless `approve` is set; with `fill` (a local account and
 * no approval to send first) the request is filled once (gas, nonce) and its gas checked against the ETH balance;
 * then the approvals and the request go out through `sendApprovalsAndTransaction`.
 */
export async function sendPrepared(
  client: Client<Transport, Chain | undefined, Account | undefined>,
  {
    account,
    chain,
    approve,
    fill,
    quote,
    approvals,
    transaction,
  }: {
    account: Account | Address | undefined
    chain: Chain | null | undefined
    approve: boolean | undefined
    fill: boolean
    quote: Parameters<typeof assertEthCoversGas>[0] & {
      approvals: readonly { token: Address; spender: Address; amount: bigint; currentAllowance: bigint }[]
    }
    approvals: SendApprovalsAndTransactionParameters['approvals']
    transaction: SendApprovalsAndTransactionParameters['transaction'] & { to: Address; data: Hex }
  },
): Promise<Hash> {
  const missing = quote.approvals[0]
  if (missing && !approve)
    throw new InsufficientAllowanceError({
      token: missing.token,
      spender: missing.spender,
      needed: missing.amount,
      current: missing.currentAllowance,
    })
  let request = transaction
  if (fill && approvals.length === 0) {
    // after an approval the send fills the request itself: it could not be estimated before
    request = await fillTransactionRequest(client, {
      ...transaction,
      account,
      chain: chain === undefined ? client.chain : chain,
    })
    assertEthCoversGas(quote, { ...transaction, gas: request.gas! })
  }
  const { hash } = await sendApprovalsAndTransaction(client, { account, chain, approvals, transaction: request })
  return hash
}
