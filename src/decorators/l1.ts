import type { Account, Chain, Client, Transport } from 'viem'
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

/** `parameters` with `l2Client` made optional: the decorator supplies it from its config. */
export type WithDefaultL2Client<parameters> = parameters extends { l2Client?: unknown }
  ? Omit<parameters, 'l2Client'> & { l2Client?: Client | undefined }
  : parameters

/** The L1 actions, bound to an L1 client by {@link zksyncL1Actions}. */
export type ZksyncL1Actions = {
  claimFailedDeposit(
    parameters: WithDefaultL2Client<ClaimFailedDepositParameters>,
  ): Promise<ClaimFailedDepositReturnType>
  deposit(parameters: WithDefaultL2Client<DepositParameters>): Promise<DepositReturnType>
  finalizeWithdrawal(
    parameters: WithDefaultL2Client<FinalizeWithdrawalParameters>,
  ): Promise<FinalizeWithdrawalReturnType>
  getBaseCost(parameters: WithDefaultL2Client<GetBaseCostParameters>): Promise<GetBaseCostReturnType>
  getDepositStatus(parameters: WithDefaultL2Client<GetDepositStatusParameters>): Promise<GetDepositStatusReturnType>
  getFinalizeWithdrawalParams(
    parameters: WithDefaultL2Client<GetFinalizeWithdrawalParamsParameters>,
  ): Promise<GetFinalizeWithdrawalParamsReturnType>
  getL1Allowance(parameters: WithDefaultL2Client<GetL1AllowanceParameters>): Promise<GetL1AllowanceReturnType>
  getL1Contracts(parameters: WithDefaultL2Client<GetL1ContractsParameters>): Promise<GetL1ContractsReturnType>
  getL1FeeParameters(parameters?: GetL1FeeParametersParameters | undefined): Promise<GetL1FeeParametersReturnType>
  getL1TokenBalance(parameters: GetL1TokenBalanceParameters): Promise<GetL1TokenBalanceReturnType>
  getL2TransactionHash(
    parameters: WithDefaultL2Client<GetL2TransactionHashParameters>,
  ): Promise<GetL2TransactionHashReturnType>
  getL2TransactionHashes(
    parameters: WithDefaultL2Client<GetL2TransactionHashesParameters>,
  ): Promise<GetL2TransactionHashesReturnType>
  getMaxDepositAmount(
    parameters: WithDefaultL2Client<GetMaxDepositAmountParameters>,
  ): Promise<GetMaxDepositAmountReturnType>
  getWithdrawalStatus(
    parameters: WithDefaultL2Client<GetWithdrawalStatusParameters>,
  ): Promise<GetWithdrawalStatusReturnType>
  isWithdrawalFinalized(
    parameters: WithDefaultL2Client<IsWithdrawalFinalizedParameters>,
  ): Promise<IsWithdrawalFinalizedReturnType>
  prepareClaimFailedDeposit(
    parameters: WithDefaultL2Client<PrepareClaimFailedDepositParameters>,
  ): Promise<PrepareClaimFailedDepositReturnType>
  prepareDeposit(parameters: WithDefaultL2Client<PrepareDepositParameters>): Promise<PrepareDepositReturnType>
  prepareFinalizeWithdrawal(
    parameters: WithDefaultL2Client<PrepareFinalizeWithdrawalParameters>,
  ): Promise<PrepareFinalizeWithdrawalReturnType>
  prepareRequestExecute(
    parameters: WithDefaultL2Client<PrepareRequestExecuteParameters>,
  ): Promise<PrepareRequestExecuteReturnType>
  quoteDeposit(parameters: WithDefaultL2Client<QuoteDepositParameters>): Promise<QuoteDepositReturnType>
  requestExecute(parameters: WithDefaultL2Client<RequestExecuteParameters>): Promise<RequestExecuteReturnType>
  waitForDepositExecution(
    parameters: WithDefaultL2Client<WaitForDepositExecutionParameters>,
  ): Promise<WaitForDepositExecutionReturnType>
  waitForWithdrawalReady(
    parameters: WithDefaultL2Client<WaitForWithdrawalReadyParameters>,
  ): Promise<WaitForWithdrawalReadyReturnType>
}

/**
 * Adds the L1 <-> L2 actions to an L1 client: every action of this package whose first argument is
 * the L1 client, bound to it, with `l2Client` defaulted from the config.
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
  ): ZksyncL1Actions => {
    const l2 = <p extends object>(parameters: p): any =>
      config.l2Client && (parameters as { l2Client?: Client }).l2Client === undefined
        ? { ...parameters, l2Client: config.l2Client }
        : parameters
    return {
      claimFailedDeposit: (p) => claimFailedDeposit(client, l2(p)),
      deposit: (p) => deposit(client, l2(p)),
      finalizeWithdrawal: (p) => finalizeWithdrawal(client, l2(p)),
      getBaseCost: (p) => getBaseCost(client, l2(p)),
      getDepositStatus: (p) => getDepositStatus(client, l2(p)),
      getFinalizeWithdrawalParams: (p) => getFinalizeWithdrawalParams(client, l2(p)),
      getL1Allowance: (p) => getL1Allowance(client, l2(p)),
      getL1Contracts: (p) => getL1Contracts(client, l2(p)),
      getL1FeeParameters: (p) => getL1FeeParameters(client, p),
      getL1TokenBalance: (p) => getL1TokenBalance(client, p),
      getL2TransactionHash: (p) => getL2TransactionHash(client, l2(p)),
      getL2TransactionHashes: (p) => getL2TransactionHashes(client, l2(p)),
      getMaxDepositAmount: (p) => getMaxDepositAmount(client, l2(p)),
      getWithdrawalStatus: (p) => getWithdrawalStatus(client, l2(p)),
      isWithdrawalFinalized: (p) => isWithdrawalFinalized(client, l2(p)),
      prepareClaimFailedDeposit: (p) => prepareClaimFailedDeposit(client, l2(p)),
      prepareDeposit: (p) => prepareDeposit(client, l2(p)),
      prepareFinalizeWithdrawal: (p) => prepareFinalizeWithdrawal(client, l2(p)),
      prepareRequestExecute: (p) => prepareRequestExecute(client, l2(p)),
      quoteDeposit: (p) => quoteDeposit(client, l2(p)),
      requestExecute: (p) => requestExecute(client, l2(p)),
      waitForDepositExecution: (p) => waitForDepositExecution(client, l2(p)),
      waitForWithdrawalReady: (p) => waitForWithdrawalReady(client, l2(p)),
    }
  }
}
