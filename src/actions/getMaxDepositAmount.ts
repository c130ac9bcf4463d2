import { type Account, type Chain, type Client, isAddressEqual, type Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import { isEth } from '../utils/isEth.js'
import { type QuoteDepositErrorType, type QuoteDepositParameters, quoteDeposit } from './quoteDeposit.js'

/** Calldata gas of two 32-byte words (amount, mintValue) at 16 gas per non-zero byte. */
const CALLDATA_RESERVE_GAS = 2n * 32n * 16n

export type GetMaxDepositAmountParameters = Omit<QuoteDepositParameters, 'amount' | 'mintValue' | 'value' | 'l2Value'>

/** The largest amount of `token` the account can deposit now, after fees; `0n` when it cannot deposit at all. */
export type GetMaxDepositAmountReturnType = bigint

export type GetMaxDepositAmountErrorType = QuoteDepositErrorType | ErrorType

/**
 * The largest depositable amount of a token after fees: for ETH into an ETH-based chain, the balance minus the L1 gas
 * at `maxFeePerGas` (with 1,024 gas in reserve for the calldata of a larger amount) and the base cost; for the base token of a custom-base chain, its balance minus the base cost; for
 * ETH into a custom-base chain, the balance minus the L1 gas; for another ERC-20, its balance. Quotes a 1-unit deposit
 * with the same parameters; when an approval is still missing the L1 gas is not known and is left out (pass `gas`).
 *
 * @example
 * import { getMaxDepositAmount } from 'zksync-l1-actions'
 *
 * const max = await getMaxDepositAmount(publicClient, {
 *   l2Client,
 *   account: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 *   token: '0x0000000000000000000000000000000000000000',
 * })
 */
export async function getMaxDepositAmount<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: GetMaxDepositAmountParameters,
): Promise<GetMaxDepositAmountReturnType> {
  // the quote checks every parameter before its first request
  const quote = await quoteDeposit(client, { ...parameters, amount: 1n })
  if (quote.shortfalls.length > 0) return 0n
  const balance = quote.balances.find((b) => isAddressEqual(b.token, quote.token))?.amount ?? 0n
  const spent = quote.totals.find((t) => isAddressEqual(t.token, quote.token))?.amount ?? 0n
  // totals hold the 1-unit amount itself plus whatever else the deposit costs in the same token; when that includes
  // L1 gas, a larger amount costs more calldata gas (non-zero bytes): keep 16 gas per byte of two words in reserve
  const paysGas = quote.gas !== null && isEth(quote.token)
  const reserve = paysGas ? CALLDATA_RESERVE_GAS * (quote.maxFeePerGas ?? quote.gasPrice ?? 0n) : 0n
  const max = balance - (spent - 1n) - reserve
  return max > 0n ? max : 0n
}
