import type { Account, Address, Chain, Client, Hash, Hex, Transport } from 'viem'
import { InsufficientAllowanceError } from '../../errors/deposit.js'
import { isEth } from '../../utils/isEth.js'
import {
  type SendApprovalsAndTransactionParameters,
  sendApprovalsAndTransaction,
} from '../sendApprovalsAndTransaction.js'
import { estimatePriorityTxGas, fillL1TransactionRequest } from './transactionRequest.js'

/**
 * Internal: the sending half shared by `deposit` and `requestExecute`, given what their `prepare…` twin returned.
 * A missing allowance is an `InsufficientAllowanceError` unless `approve` is set; with `fill` (a local account and
 * no approval to send first) the request is filled once (gas, nonce), its gas raised by
 * `L1_PRIORITY_TX_GAS_BUFFER_PERCENT` and checked against the ETH balance; then the approvals and the request go out
 * through `sendApprovalsAndTransaction`, the request estimated (with the same headroom) once the approvals are mined.
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
    quote: {
      /** the account's L1 balances, ETH among them */
      balances: readonly { token: Address; amount: bigint }[]
      approvals: readonly { token: Address; spender: Address; amount: bigint; currentAllowance: bigint }[]
      gasEstimateSkipped?: string | undefined
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
  // a local account's request is filled (gas, nonce) in one preparation, its gas then given the headroom
  // (the quote's ETH balance holds until approvals have paid their gas: then it is read again if needed)
  const fillWithHeadroom = (r: typeof transaction, balance?: bigint) =>
    fillL1TransactionRequest(
      client,
      { ...r, account, chain: chain === undefined ? client.chain : chain },
      { balance, headroom: true },
    )
  let request = transaction
  if (fill && approvals.length === 0) {
    // checked against the quote's ETH balance: what leaves the account plus the gas at the fee cap
    request = await fillWithHeadroom(transaction, quote.balances.find((b) => isEth(b.token))?.amount)
  }
  // a request that needs the approvals can only be estimated once they are mined: then, with the same headroom
  const estimateAfterApprovals =
    approvals.length > 0 && transaction.gas === undefined && (fill || quote.gasEstimateSkipped === 'approval-required')
  const { hash } = await sendApprovalsAndTransaction(
    client,
    { account, chain, approvals, transaction: request },
    !estimateAfterApprovals
      ? undefined
      : fill
        ? (r) => fillWithHeadroom(r as typeof transaction)
        : async (r) => ({ ...r, gas: await estimatePriorityTxGas(client, { ...r, account }) }),
  )
  return hash
}
