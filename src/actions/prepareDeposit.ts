import type { Account, Chain, Client, Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import { InsufficientBalanceError, type InsufficientBalanceErrorType } from '../errors/deposit.js'
import { assertUint } from './internal/assertParameters.js'
import { type L1TransactionRequest, type PrepareApprovalsErrorType, prepareApprovals } from './prepareApprovals.js'
import {
  type QuoteDepositErrorType,
  type QuoteDepositParameters,
  type QuoteDepositReturnType,
  quoteDeposit,
} from './quoteDeposit.js'

export type PrepareDepositParameters = QuoteDepositParameters & {
  /** How much to approve: the exact amount needed (default), `'max'` (2^256 - 1), or a given amount. */
  approveAmount?: 'max' | bigint | undefined
}

export type PrepareDepositReturnType = {
  quote: QuoteDepositReturnType
  /** Approvals to send first, in order (empty when the allowances are in place). */
  approvals: L1TransactionRequest[]
  deposit: L1TransactionRequest
}

export type PrepareDepositErrorType =
  | InsufficientBalanceErrorType
  | QuoteDepositErrorType
  | PrepareApprovalsErrorType
  | ErrorType

/**
 * Prepares a deposit as plain L1 transaction requests: the approvals still missing, then the Bridgehub call, for
 * `sendTransaction`, `sendCalls` or a multisig. Every request carries the fees the base cost was quoted with, so
 * sending them reads no fee again; the deposit has no `gas` while an approval is missing (its estimation would
 * revert). An account that holds too little (a quote's `shortfalls`) is refused with `InsufficientBalanceError`.
 * With `bridgeAddress` the token goes through that custom second bridge, and its approval is to the bridge.
 *
 * @example
 * import { prepareDeposit } from 'zksync-l1-actions'
 *
 * const { approvals, deposit } = await prepareDeposit(walletClient, {
 *   l2Client,
 *   token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
 *   amount: 1_000_000n,
 * })
 * await walletClient.sendCalls({ calls: [...approvals, deposit] })
 */
export async function prepareDeposit<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareDepositParameters,
): Promise<PrepareDepositReturnType> {
  // the quote checks the other parameters before its first request
  if (parameters.approveAmount !== 'max') assertUint('approveAmount', parameters.approveAmount, { optional: true })
  const quote = await quoteDeposit(client, parameters)
  const shortfall = quote.shortfalls[0]
  if (shortfall) throw new InsufficientBalanceError({ ...shortfall, owner: quote.account })
  const fees =
    quote.gasPrice !== undefined
      ? { gasPrice: quote.gasPrice }
      : { maxFeePerGas: quote.maxFeePerGas, maxPriorityFeePerGas: quote.maxPriorityFeePerGas }
  const approvals = await prepareApprovals(client, {
    account: quote.account,
    approvals: quote.approvals,
    approveAmount: parameters.approveAmount,
    fees,
  })
  const deposit: L1TransactionRequest = { ...quote.call, ...(quote.gas !== null ? { gas: quote.gas } : {}), ...fees }
  return { quote, approvals, deposit }
}
