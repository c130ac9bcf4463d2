import type { Account, Chain, Client, Hash, Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import type { L1ChainMismatchErrorType } from '../errors/common.js'
import type { InsufficientAllowanceErrorType, InsufficientBalanceErrorType } from '../errors/deposit.js'
import type {
  InvalidRefundRecipientErrorType,
  TransactionAfterApprovalsWouldRevertErrorType,
} from '../errors/workflow.js'
import { getZksyncConfig } from './getL1Contracts.js'
import { assertBoolean } from './internal/assertParameters.js'
import { sendPrepared } from './internal/sendPrepared.js'
import { isLocalAccount } from './internal/transactionRequest.js'
import { type PrepareDepositErrorType, type PrepareDepositParameters, prepareDeposit } from './prepareDeposit.js'
import type { SendApprovalsAndTransactionErrorType } from './sendApprovalsAndTransaction.js'

export type DepositParameters = PrepareDepositParameters & {
  /**
   * Send the missing approvals first (each waited for). Default `false`: a missing allowance is an
   * `InsufficientAllowanceError`, thrown before anything is sent. Before the first approval, the deposit is simulated
   * on the allowances the approvals leave and the ETH for every transaction's gas is counted: a deposit that would
   * then revert (`TransactionAfterApprovalsWouldRevertError`) or that the ETH would not cover
   * (`InsufficientBalanceError`) sends nothing.
   */
  approve?: boolean | undefined
  /**
   * The L1 chain, as in viem's `sendTransaction`. Defaults to the client's; another chain than the L1 the target
   * settles on is an `L1ChainMismatchError`.
   */
  chain?: Chain | null | undefined
}

/** The hash of the L1 deposit transaction (approvals, if any, were mined before it). */
export type DepositReturnType = Hash

export type DepositErrorType =
  | InsufficientAllowanceErrorType
  | InsufficientBalanceErrorType
  | InvalidRefundRecipientErrorType
  | L1ChainMismatchErrorType
  | TransactionAfterApprovalsWouldRevertErrorType
  | PrepareDepositErrorType
  | SendApprovalsAndTransactionErrorType
  | ErrorType

/**
 * Deposits ETH, the chain's base token or an ERC-20 from L1 into a ZK chain: `prepareDeposit`, then the approvals
 * (only with `approve: true`), then the Bridgehub call. Returns the L1 hash, like viem's `sendTransaction`; follow it
 * with `waitForDepositExecution` (or `getL2TransactionHash`). Use `prepareDeposit` to get the approval requests
 * yourself (e.g. for `sendCalls`). No approval is sent unless the deposit after it can be: it is simulated on the
 * allowances the approvals leave, and the ETH for all their gas is checked first. The L1 is the one the L2 chain
 * settles on, even on a client that declares no chain: its node must answer that chain id, and the transactions are
 * signed for it.
 *
 * @example
 * import { deposit, waitForDepositExecution } from 'zksync-l1-actions'
 *
 * const hash = await deposit(walletClient, {
 *   l2Client,
 *   token: '0x0000000000000000000000000000000000000000',
 *   amount: 10n ** 17n,
 * })
 * const l2Receipt = await waitForDepositExecution(publicClient, { l2Client, hash })
 */
export async function deposit<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: DepositParameters,
): Promise<DepositReturnType> {
  assertBoolean('approve', parameters.approve, { optional: true })
  const account = parameters.account ?? client.account
  // a local account's deposit is filled (gas, nonce) once, below, so that sending it asks for nothing more
  const fill = parameters.gas === undefined && isLocalAccount(account)
  const {
    quote,
    approvals,
    deposit: request,
  } = await prepareDeposit(client, fill ? { ...parameters, gas: null } : parameters)
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
