import type { Account, Address, Chain, Client, Hash, Hex, Transport } from 'viem'
import { L1_PRIORITY_TX_GAS_BUFFER_PERCENT } from '../../constants/gas.js'
import { InsufficientAllowanceError } from '../../errors/deposit.js'
import {
  type SendApprovalsAndTransactionParameters,
  sendApprovalsAndTransaction,
} from '../sendApprovalsAndTransaction.js'
import {
  assertEthCoversGas,
  estimatePriorityTxGas,
  fillTransactionRequest,
  releaseNonce,
} from './transactionRequest.js'

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
    quote: Parameters<typeof assertEthCoversGas>[0] & {
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
  const fillWithHeadroom = async (r: typeof transaction) => {
    const filled = await fillTransactionRequest(client, {
      ...r,
      account,
      chain: chain === undefined ? client.chain : chain,
    }).catch(async (error) => {
      // a node that holds the estimate against value + gas × fee cap refuses it when ETH is short: estimated without
      // the fees instead, the shortfall becomes an `InsufficientBalanceError` that says how much is missing
      const { to, data, value } = r
      const gas = await estimatePriorityTxGas(client, { account, to, data, value }).catch(() => undefined)
      if (gas !== undefined) assertEthCoversGas(quote, { ...r, gas })
      throw error
    })
    return { ...filled, gas: filled.gas + (filled.gas * L1_PRIORITY_TX_GAS_BUFFER_PERCENT) / 100n }
  }
  let request = transaction
  if (fill && approvals.length === 0) {
    request = await fillWithHeadroom(transaction)
    try {
      assertEthCoversGas(quote, { ...transaction, gas: request.gas! })
    } catch (error) {
      releaseNonce(account ?? client.account, (request as { chainId?: number }).chainId ?? client.chain?.id)
      throw error
    }
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
