import type { Account, Address, Chain, Client, Transport } from 'viem'
import {
  type ClaimFailedDepositParameters,
  type ClaimFailedDepositReturnType,
  claimFailedDeposit,
} from '../actions/claimFailedDeposit.js'
import { type DepositParameters, type DepositReturnType, deposit } from '../actions/deposit.js'
import {
  type FinalizeWithdrawalParameters,
  type FinalizeWithdrawalReturnType,
  finalizeWithdrawal,
} from '../actions/finalizeWithdrawal.js'
import { type GetBaseCostParameters, type GetBaseCostReturnType, getBaseCost } from '../actions/getBaseCost.js'
import {
  type GetDepositStatusParameters,
  type GetDepositStatusReturnType,
  getDepositStatus,
} from '../actions/getDepositStatus.js'
import {
  type GetFinalizeWithdrawalParamsParameters,
  type GetFinalizeWithdrawalParamsReturnType,
  getFinalizeWithdrawalParams,
} from '../actions/getFinalizeWithdrawalParams.js'
import {
  type GetL1AllowanceParameters,
  type GetL1AllowanceReturnType,
  getL1Allowance,
} from '../actions/getL1Allowance.js'
import {
  type GetL1ContractsParameters,
  type GetL1ContractsReturnType,
  getL1Contracts,
} from '../actions/getL1Contracts.js'
import {
  type GetL1FeeParametersParameters,
  type GetL1FeeParametersReturnType,
  getL1FeeParameters,
} from '../actions/getL1FeeParameters.js'
import {
  type GetL1TokenBalanceParameters,
  type GetL1TokenBalanceReturnType,
  getL1TokenBalance,
} from '../actions/getL1TokenBalance.js'
import {
  type GetL2TransactionHashParameters,
  type GetL2TransactionHashReturnType,
  getL2TransactionHash,
} from '../actions/getL2TransactionHash.js'
import {
  type GetL2TransactionHashesParameters,
  type GetL2TransactionHashesReturnType,
  getL2TransactionHashes,
} from '../actions/getL2TransactionHashes.js'
import {
  type GetMaxDepositAmountParameters,
  type GetMaxDepositAmountReturnType,
  getMaxDepositAmount,
} from '../actions/getMaxDepositAmount.js'
import {
  type GetWithdrawalStatusParameters,
  type GetWithdrawalStatusReturnType,
  getWithdrawalStatus,
} from '../actions/getWithdrawalStatus.js'
import {
  type IsWithdrawalFinalizedParameters,
  type IsWithdrawalFinalizedReturnType,
  isWithdrawalFinalized,
} from '../actions/isWithdrawalFinalized.js'
import {
  type PrepareApprovalsParameters,
  type PrepareApprovalsReturnType,
  prepareApprovals,
} from '../actions/prepareApprovals.js'
import {
  type PrepareClaimFailedDepositParameters,
  type PrepareClaimFailedDepositReturnType,
  prepareClaimFailedDeposit,
} from '../actions/prepareClaimFailedDeposit.js'
import {
  type PrepareDepositParameters,
  type PrepareDepositReturnType,
  prepareDeposit,
} from '../actions/prepareDeposit.js'
import {
  type PrepareFinalizeWithdrawalParameters,
  type PrepareFinalizeWithdrawalReturnType,
  prepareFinalizeWithdrawal,
} from '../actions/prepareFinalizeWithdrawal.js'
import {
  type PrepareRequestExecuteParameters,
  type PrepareRequestExecuteReturnType,
  prepareRequestExecute,
} from '../actions/prepareRequestExecute.js'
import { type QuoteDepositParameters, type QuoteDepositReturnType, quoteDeposit } from '../actions/quoteDeposit.js'
import {
  type RequestExecuteParameters,
  type RequestExecuteReturnType,
  requestExecute,
} from '../actions/requestExecute.js'
import {
  type SendApprovalsAndTransactionParameters,
  type SendApprovalsAndTransactionReturnType,
  sendApprovalsAndTransaction,
} from '../actions/sendApprovalsAndTransaction.js'
import {
  type WaitForDepositExecutionParameters,
  type WaitForDepositExecutionReturnType,
  waitForDepositExecution,
} from '../actions/waitForDepositExecution.js'
import {
  type WaitForWithdrawalReadyParameters,
  type WaitForWithdrawalReadyReturnType,
  waitForWithdrawalReady,
} from '../actions/waitForWithdrawalReady.js'

/** Configuration of {@link zksyncL1Actions}. */
export type ZksyncL1ActionsConfig = {
  /** Client of the L2, used by every action that reads the L2 unless the call passes its own. */
  l2Client?: Client | undefined
}

/**
 * `parameters` with `l2Client` made optional where the action requires it: the decorator supplies it from its config
 * (the action refuses a call that has none with `L2ClientRequiredError`). Parameters whose `l2Client` is optional
 * already are left as they are.
 */
export type WithDefaultL2Client<parameters> = parameters extends { l2Client: Client }
  ? Omit<parameters, 'l2Client'> & { l2Client?: Client | undefined }
  : parameters

/**
 * `parameters` of an action that needs an account (it quotes, signs or sends as one): `account` is required when the
 * client has none, as viem's own actions require it, and optional when the client has one.
 */
export type WithAccount<parameters, account extends Account | undefined> = [account] extends [undefined]
  ? parameters & { account: Account | Address }
  : parameters

/**
 * The L1 actions, bound to an L1 client by {@link zksyncL1Actions}. Each method takes the action's own parameters
 * (with `l2Client` from the decorator's config, and `account` required when the client has none where the action
 * needs one) and returns the action's own result.
 *
 * `chain` and `account` are the client's. `account` decides whether a call must name its `account`; `chain` is there
 * so that a method can follow the client's chain once an action's own types do (none does yet).
 */
export type ZksyncL1Actions<
  // biome-ignore lint/correctness/noUnusedVariables: the client's chain, as in viem's decorator types; no action's types depend on it yet
  chain extends Chain | undefined = Chain | undefined,
  account extends Account | undefined = Account | undefined,
> = {
  /**
   * Recovers on L1 the tokens of a deposit whose L2 transaction failed, and returns the L1 hash: binds
   * {@link claimFailedDeposit}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const hash = await client.claimFailedDeposit({ hash: '0x…' })
   */
  claimFailedDeposit: (
    parameters: WithAccount<WithDefaultL2Client<ClaimFailedDepositParameters>, account>,
  ) => Promise<ClaimFailedDepositReturnType>
  /**
   * Deposits ETH, the chain's base token or an ERC-20 from L1 into the L2, and returns the L1 hash: binds
   * {@link deposit}. Its example is {@link zksyncL1Actions}'s.
   */
  deposit: (parameters: WithAccount<WithDefaultL2Client<DepositParameters>, account>) => Promise<DepositReturnType>
  /**
   * Finalizes an L2->L1 withdrawal on L1, and returns the L1 hash: binds {@link finalizeWithdrawal}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const hash = await client.finalizeWithdrawal({ hash: '0x…' })
   */
  finalizeWithdrawal: (
    parameters: WithAccount<WithDefaultL2Client<FinalizeWithdrawalParameters>, account>,
  ) => Promise<FinalizeWithdrawalReturnType>
  /**
   * The L2 cost of a priority transaction, in the chain's base token: binds {@link getBaseCost}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const cost = await client.getBaseCost({ l2GasLimit: 300_000n })
   */
  getBaseCost: (parameters: WithDefaultL2Client<GetBaseCostParameters>) => Promise<GetBaseCostReturnType>
  /**
   * Where a deposit stands, from its L1 hash: binds {@link getDepositStatus}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const { status } = await client.getDepositStatus({ hash: '0x…' })
   */
  getDepositStatus: (parameters: WithDefaultL2Client<GetDepositStatusParameters>) => Promise<GetDepositStatusReturnType>
  /**
   * The `finalizeDeposit` parameters of an L2->L1 withdrawal: binds {@link getFinalizeWithdrawalParams}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const params = await client.getFinalizeWithdrawalParams({ hash: '0x…' })
   */
  getFinalizeWithdrawalParams: (
    parameters: WithDefaultL2Client<GetFinalizeWithdrawalParamsParameters>,
  ) => Promise<GetFinalizeWithdrawalParamsReturnType>
  /**
   * The L1 allowance an owner gave a spender (by default the L1NativeTokenVault): binds {@link getL1Allowance}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const allowance = await client.getL1Allowance({
   *   token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
   *   owner: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
   * })
   */
  getL1Allowance: (parameters: WithDefaultL2Client<GetL1AllowanceParameters>) => Promise<GetL1AllowanceReturnType>
  /**
   * The L1 contracts that serve the L2 (Bridgehub, L1AssetRouter, L1Nullifier, vault, diamond, base token): binds
   * {@link getL1Contracts}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const { bridgehub, diamond } = await client.getL1Contracts({})
   */
  getL1Contracts: (parameters: WithDefaultL2Client<GetL1ContractsParameters>) => Promise<GetL1ContractsReturnType>
  /**
   * The fee fields an L1 priority request is sent with, and the gas price its base cost is quoted with: binds
   * {@link getL1FeeParameters}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions())
   * const { baseCostGasPrice } = await client.getL1FeeParameters()
   */
  getL1FeeParameters: (parameters?: GetL1FeeParametersParameters | undefined) => Promise<GetL1FeeParametersReturnType>
  /**
   * The L1 balance of a token, or of ETH: binds {@link getL1TokenBalance}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions())
   * const balance = await client.getL1TokenBalance({
   *   token: '0x0000000000000000000000000000000000000000',
   *   owner: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
   * })
   */
  getL1TokenBalance: (parameters: GetL1TokenBalanceParameters) => Promise<GetL1TokenBalanceReturnType>
  /**
   * The L2 hash of a deposit or `requestExecute`, from its L1 hash: binds {@link getL2TransactionHash}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const l2Hash = await client.getL2TransactionHash({ hash: '0x…' })
   */
  getL2TransactionHash: (
    parameters: WithDefaultL2Client<GetL2TransactionHashParameters>,
  ) => Promise<GetL2TransactionHashReturnType>
  /**
   * The L2 hashes of every priority request an L1 transaction enqueued on the L2: binds {@link getL2TransactionHashes}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const l2Hashes = await client.getL2TransactionHashes({ hash: '0x…' })
   */
  getL2TransactionHashes: (
    parameters: WithDefaultL2Client<GetL2TransactionHashesParameters>,
  ) => Promise<GetL2TransactionHashesReturnType>
  /**
   * The largest amount of a token the account can deposit after fees: binds {@link getMaxDepositAmount}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const max = await client.getMaxDepositAmount({ token: '0x0000000000000000000000000000000000000000' })
   */
  getMaxDepositAmount: (
    parameters: WithAccount<WithDefaultL2Client<GetMaxDepositAmountParameters>, account>,
  ) => Promise<GetMaxDepositAmountReturnType>
  /**
   * Where an L2->L1 withdrawal stands, from its L2 hash: binds {@link getWithdrawalStatus}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const { status } = await client.getWithdrawalStatus({ hash: '0x…' })
   */
  getWithdrawalStatus: (
    parameters: WithDefaultL2Client<GetWithdrawalStatusParameters>,
  ) => Promise<GetWithdrawalStatusReturnType>
  /**
   * Whether an L2->L1 withdrawal is finalized on L1: binds {@link isWithdrawalFinalized}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const done = await client.isWithdrawalFinalized({ hash: '0x…' })
   */
  isWithdrawalFinalized: (
    parameters: WithDefaultL2Client<IsWithdrawalFinalizedParameters>,
  ) => Promise<IsWithdrawalFinalizedReturnType>
  /**
   * ERC-20 `approve` requests for missing allowances, without sending them: binds {@link prepareApprovals}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions())
   * const requests = await client.prepareApprovals({
   *   account: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
   *   approvals: [
   *     {
   *       token: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
   *       spender: '0xbeD1EB542f9a5aA6419Ff3deb921A372681111f6',
   *       amount: 1_000_000n,
   *       currentAllowance: 0n,
   *     },
   *   ],
   * })
   */
  prepareApprovals: (parameters: PrepareApprovalsParameters) => Promise<PrepareApprovalsReturnType>
  /**
   * The L1 transaction request that recovers a failed deposit, without sending it: binds
   * {@link prepareClaimFailedDeposit}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const request = await client.prepareClaimFailedDeposit({ hash: '0x…' })
   */
  prepareClaimFailedDeposit: (
    parameters: WithDefaultL2Client<PrepareClaimFailedDepositParameters>,
  ) => Promise<PrepareClaimFailedDepositReturnType>
  /**
   * A deposit as plain L1 transaction requests (the approvals still missing, then the Bridgehub call), without
   * sending them: binds {@link prepareDeposit}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const prepared = await client.prepareDeposit({
   *   token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
   *   amount: 1_000_000n,
   * })
   */
  prepareDeposit: (
    parameters: WithAccount<WithDefaultL2Client<PrepareDepositParameters>, account>,
  ) => Promise<PrepareDepositReturnType>
  /**
   * The L1 transaction request that finalizes an L2->L1 withdrawal, without sending it: binds
   * {@link prepareFinalizeWithdrawal}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const request = await client.prepareFinalizeWithdrawal({ hash: '0x…' })
   */
  prepareFinalizeWithdrawal: (
    parameters: WithDefaultL2Client<PrepareFinalizeWithdrawalParameters>,
  ) => Promise<PrepareFinalizeWithdrawalReturnType>
  /**
   * An L2 call from L1 as plain transaction requests (a base-token approval when one is missing, then the request),
   * without sending them: binds {@link prepareRequestExecute}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const prepared = await client.prepareRequestExecute({
   *   contractAddress: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
   *   calldata: '0x',
   * })
   */
  prepareRequestExecute: (
    parameters: WithAccount<WithDefaultL2Client<PrepareRequestExecuteParameters>, account>,
  ) => Promise<PrepareRequestExecuteReturnType>
  /**
   * Everything a deposit will cost and need, without sending anything: binds {@link quoteDeposit}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const quote = await client.quoteDeposit({ token: '0x0000000000000000000000000000000000000000', amount: 10n ** 17n })
   */
  quoteDeposit: (
    parameters: WithAccount<WithDefaultL2Client<QuoteDepositParameters>, account>,
  ) => Promise<QuoteDepositReturnType>
  /**
   * Calls an L2 contract from L1 through the Bridgehub, and returns the L1 hash: binds {@link requestExecute}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const hash = await client.requestExecute({
   *   contractAddress: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
   *   calldata: '0x',
   * })
   */
  requestExecute: (
    parameters: WithAccount<WithDefaultL2Client<RequestExecuteParameters>, account>,
  ) => Promise<RequestExecuteReturnType>
  /**
   * Sends prepared approvals, each waited for, then the transaction that needs them: binds
   * {@link sendApprovalsAndTransaction}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = walletClient.extend(zksyncL1Actions({ l2Client }))
   * const approvals = await client.prepareApprovals({
   *   account: client.account.address,
   *   approvals: [
   *     {
   *       token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
   *       spender: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
   *       amount: 1_000_000n,
   *       currentAllowance: 0n,
   *     },
   *   ],
   * })
   * const { hash, approvalHashes } = await client.sendApprovalsAndTransaction({
   *   approvals,
   *   transaction: { to: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', data: '0x', value: 0n },
   * })
   */
  sendApprovalsAndTransaction: (
    parameters: WithAccount<SendApprovalsAndTransactionParameters, account>,
  ) => Promise<SendApprovalsAndTransactionReturnType>
  /**
   * Waits until the L2 transaction of a deposit (or `requestExecute`) is executed, and returns its L2 receipt: binds
   * {@link waitForDepositExecution}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const l2Receipt = await client.waitForDepositExecution({ hash: '0x…' })
   */
  waitForDepositExecution: (
    parameters: WithDefaultL2Client<WaitForDepositExecutionParameters>,
  ) => Promise<WaitForDepositExecutionReturnType>
  /**
   * Waits until an L2->L1 withdrawal can be finalized on L1, and returns its `finalizeDeposit` parameters: binds
   * {@link waitForWithdrawalReady}.
   *
   * @example
   * import { zksyncL1Actions } from 'zksync-l1-actions'
   *
   * const client = publicClient.extend(zksyncL1Actions({ l2Client }))
   * const params = await client.waitForWithdrawalReady({ hash: '0x…' })
   */
  waitForWithdrawalReady: (
    parameters: WithDefaultL2Client<WaitForWithdrawalReadyParameters>,
  ) => Promise<WaitForWithdrawalReadyReturnType>
}

/**
 * Adds the L1 <-> L2 actions to an L1 client: every action of this package whose first argument is the L1 client,
 * bound to it, with `l2Client` defaulted from the config. The methods are typed by the client's chain and account
 * ({@link ZksyncL1Actions}): with an account on the client, no call needs `account`.
 *
 * @example
 * import { createWalletClient, http } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { mainnet } from 'viem/chains'
 * import { zksyncL1Actions } from 'zksync-l1-actions'
 *
 * const client = createWalletClient({
 *   account: privateKeyToAccount('0x…' as `0x${string}`),
 *   chain: mainnet,
 *   transport: http(),
 * }).extend(zksyncL1Actions({ l2Client }))
 *
 * const hash = await client.deposit({ token: '0x0000000000000000000000000000000000000000', amount: 10n ** 17n })
 */
export function zksyncL1Actions(config: ZksyncL1ActionsConfig = {}) {
  return <transport extends Transport, chain extends Chain | undefined, account extends Account | undefined>(
    client: Client<transport, chain, account>,
  ): ZksyncL1Actions<chain, account> => {
    type L1Client = Client<Transport, chain, account>
    /** `action` bound to the client. */
    const bind =
      <parameters, returnType>(action: (client: L1Client, parameters: parameters) => Promise<returnType>) =>
      (parameters: parameters) =>
        action(client, parameters)
    /** `action` bound to the client, with the configured `l2Client` when a call names none. */
    const bindL2 =
      <parameters, returnType>(action: (client: L1Client, parameters: parameters) => Promise<returnType>) =>
      (parameters: WithDefaultL2Client<parameters>) =>
        action(client, {
          ...parameters,
          l2Client: (parameters as { l2Client?: Client | undefined }).l2Client ?? config.l2Client,
          // the action itself refuses a call left without one (`L2ClientRequiredError`)
        } as parameters)
    // typed by the actions first, then checked against `ZksyncL1Actions` (the client's account) on return
    const actions = {
      claimFailedDeposit: bindL2(claimFailedDeposit),
      deposit: bindL2(deposit),
      finalizeWithdrawal: bindL2(finalizeWithdrawal),
      getBaseCost: bindL2(getBaseCost),
      getDepositStatus: bindL2(getDepositStatus),
      getFinalizeWithdrawalParams: bindL2(getFinalizeWithdrawalParams),
      getL1Allowance: bindL2(getL1Allowance),
      getL1Contracts: bindL2(getL1Contracts),
      getL1FeeParameters: bind(getL1FeeParameters),
      getL1TokenBalance: bind(getL1TokenBalance),
      getL2TransactionHash: bindL2(getL2TransactionHash),
      getL2TransactionHashes: bindL2(getL2TransactionHashes),
      getMaxDepositAmount: bindL2(getMaxDepositAmount),
      getWithdrawalStatus: bindL2(getWithdrawalStatus),
      isWithdrawalFinalized: bindL2(isWithdrawalFinalized),
      prepareApprovals: bind(prepareApprovals),
      prepareClaimFailedDeposit: bindL2(prepareClaimFailedDeposit),
      prepareDeposit: bindL2(prepareDeposit),
      prepareFinalizeWithdrawal: bindL2(prepareFinalizeWithdrawal),
      prepareRequestExecute: bindL2(prepareRequestExecute),
      quoteDeposit: bindL2(quoteDeposit),
      requestExecute: bindL2(requestExecute),
      sendApprovalsAndTransaction: bind(sendApprovalsAndTransaction),
      waitForDepositExecution: bindL2(waitForDepositExecution),
      waitForWithdrawalReady: bindL2(waitForWithdrawalReady),
    }
    return actions
  }
}
