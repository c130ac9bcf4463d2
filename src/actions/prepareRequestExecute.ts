import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type EstimateGasErrorType,
  encodeFunctionData,
  type Hex,
  type MulticallErrorType,
  numberToHex,
  type Transport,
} from 'viem'
import { getStorageAt } from 'viem/actions'
import { getAction, parseAccount } from 'viem/utils'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { erc20Abi } from '../abis/erc20.js'
import { ETH_TOKEN_ADDRESS } from '../constants/addresses.js'
import { FEE_PARAMS_STORAGE_SLOT, REQUIRED_L2_GAS_PRICE_PER_PUBDATA } from '../constants/gas.js'
import type { ErrorType } from '../errors/base.js'
import {
  type InvalidAddressParameterErrorType,
  type InvalidHexParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
  L2ClientRequiredError,
  type L2ClientRequiredErrorType,
} from '../errors/common.js'
import {
  AccountRequiredError,
  type AccountRequiredErrorType,
  type AliasedRefundRecipientErrorType,
  type DepositsPausedErrorType,
  InconsistentValueError,
  type InconsistentValueErrorType,
  InsufficientBalanceError,
  type InsufficientBalanceErrorType,
  InvalidGasPerPubdataError,
  type InvalidGasPerPubdataErrorType,
  type L2GasLimitTooHighErrorType,
  type L2GasLimitTooLowErrorType,
} from '../errors/deposit.js'
import { InvalidRefundRecipientError, type InvalidRefundRecipientErrorType } from '../errors/workflow.js'
import { applyL1ToL2Alias } from '../utils/l1ToL2Alias.js'
import type { EstimateL1ToL2GasErrorType } from './estimateL1ToL2Gas.js'
import {
  assertL2TargetParameters,
  type GetL1ContractsErrorType,
  type GetL1ContractsReturnType,
  getZksyncConfig,
  type L2TargetParameters,
} from './getL1Contracts.js'
import {
  type GetL1FeeParametersErrorType,
  type GetL1FeeParametersReturnType,
  getL1FeeParameters,
} from './getL1FeeParameters.js'
import { readL1ContractsAndAliasing } from './internal/aliasing.js'
import {
  assertAddress,
  assertBoolean,
  assertBytes,
  assertTransactionOverrides,
  assertUint,
} from './internal/assertParameters.js'
import type { L1Read } from './internal/l1Reader.js'
import { applyChainTerms, CHAIN_TERMS_CALLS, chainTermsCalls } from './internal/priorityRequest/chainTerms.js'
import { estimateL2Gas } from './internal/priorityRequest/estimateL2.js'
import { getMintValue } from './internal/priorityRequest/mintValue.js'
import { ethBalanceCall, readContractsSettled, unwrapRead } from './internal/readContracts.js'
import { isReservedL2Address } from './internal/reservedL2Address.js'
import { estimatePriorityTxGas } from './internal/transactionRequest.js'
import { type L1TransactionRequest, type PrepareApprovalsErrorType, prepareApprovals } from './prepareApprovals.js'
import type { QuoteWarning, RequiredApproval, TokenAmount } from './quoteDeposit.js'

const FEE_PARAMS_SLOT = numberToHex(FEE_PARAMS_STORAGE_SLOT)

export type PrepareRequestExecuteParameters = L2TargetParameters & {
  /** The L1 caller. Defaults to the client's account; an address is enough to prepare. */
  account?: Account | Address | undefined
  /** The L2 contract to call. */
  contractAddress: Address
  calldata?: Hex | undefined
  /** Base token passed to the L2 call. Default 0. */
  l2Value?: bigint | undefined
  factoryDeps?: readonly Hex[] | undefined
  /** Defaults to the account. */
  refundRecipient?: Address | undefined
  allowAliasedRefundRecipient?: boolean | undefined
  /** Whether the account is a contract (its L2 sender is then aliased); read from its L1 code when omitted. */
  accountIsContract?: boolean | undefined
  l2GasLimit?: bigint | undefined
  gasPerPubdataByteLimit?: bigint | undefined
  /** Derived when omitted; if given, at least base cost + `l2Value`. */
  mintValue?: bigint | undefined
  /** Derived when omitted; if given, it must equal what the chain needs (`mintValue` on ETH-based chains, else 0). */
  value?: bigint | undefined
  gas?: bigint | null | undefined
  gasPrice?: bigint | undefined
  maxFeePerGas?: bigint | undefined
  maxPriorityFeePerGas?: bigint | undefined
  /** Base-token approval amount: exact (default), `'max'`, or a given amount. */
  approveAmount?: 'max' | bigint | undefined
}

export type PrepareRequestExecuteReturnType = {
  quote: {
    l2ChainId: bigint
    account: Address
    /** The L2 sender (the account, or its alias when it is a contract). */
    l2Sender: Address
    baseToken: Address
    baseCost: bigint
    mintValue: bigint
    l2Value: bigint
    value: bigint
    l2GasLimit: bigint
    gasPerPubdataByteLimit: bigint
    /** L1 gas: the node's estimate plus `L1_PRIORITY_TX_GAS_BUFFER_PERCENT`; `null` when not estimated. */
    gas: bigint | null
    gasEstimateSkipped?: 'approval-required' | 'disabled' | undefined
    totals: TokenAmount[]
    /** The account's L1 balances of the tokens in `totals`. */
    balances: TokenAmount[]
    approvals: RequiredApproval[]
    warnings: QuoteWarning[]
  }
  approvals: L1TransactionRequest[]
  request: L1TransactionRequest
}

export type PrepareRequestExecuteErrorType =
  | AccountRequiredErrorType
  | AliasedRefundRecipientErrorType
  | DepositsPausedErrorType
  | EstimateGasErrorType
  | EstimateL1ToL2GasErrorType
  | GetL1ContractsErrorType
  | GetL1FeeParametersErrorType
  | InconsistentValueErrorType
  | InsufficientBalanceErrorType
  | InvalidAddressParameterErrorType
  | InvalidGasPerPubdataErrorType
  | InvalidHexParameterErrorType
  | InvalidParameterErrorType
  | InvalidRefundRecipientErrorType
  | L2ClientRequiredErrorType
  | L2GasLimitTooHighErrorType
  | L2GasLimitTooLowErrorType
  | MulticallErrorType
  | PrepareApprovalsErrorType
  | ErrorType

/**
 * Prepares an arbitrary L2 call from L1 (`Bridgehub.requestL2TransactionDirect`) as plain transaction requests, on
 * ETH-based chains (`msg.value = mintValue`) and custom-base chains (`msg.value = 0`, the base token approved to the
 * L1NativeTokenVault for `mintValue` when the allowance is short). The quote says what it costs. Refuses, before
 * anything is sent, a parameter of the wrong type (`InvalidParameterError`: a number or string for a bigint, an
 * `l2Value` outside uint256), calldata that is not hex of whole bytes, and an `l2GasLimit` the
 * Mailbox would reject as too high (`getPriorityTxMaxGasLimit()`, read in the base-cost multicall, and, when the limit
 * is given, `priorityTxMaxPubdata` from the diamond's fee parameters, read beside it).
 *
 * @example
 * import { prepareRequestExecute } from 'zksync-l1-actions'
 *
 * const { approvals, request } = await prepareRequestExecute(walletClient, {
 *   l2Client,
 *   contractAddress: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
 *   calldata: '0x',
 *   l2Value: 1n,
 * })
 */
export async function prepareRequestExecute<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareRequestExecuteParameters,
): Promise<PrepareRequestExecuteReturnType> {
  assertPrepareRequestExecuteParameters(parameters)
  const {
    contractAddress,
    calldata = '0x',
    l2Value = 0n,
    factoryDeps = [],
    gasPerPubdataByteLimit = REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
  } = parameters
  const account_ = parameters.account ?? client.account
  if (!account_) throw new AccountRequiredError({ action: 'prepareRequestExecute' })
  const account = parseAccount(account_)
  if (gasPerPubdataByteLimit !== REQUIRED_L2_GAS_PRICE_PER_PUBDATA)
    throw new InvalidGasPerPubdataError({ value: gasPerPubdataByteLimit, required: REQUIRED_L2_GAS_PRICE_PER_PUBDATA })
  const refundRecipient = parameters.refundRecipient ?? account.address
  // the refund is base token minted on L2: at a system address it is lost
  if (isReservedL2Address(refundRecipient)) throw new InvalidRefundRecipientError({ refundRecipient })
  if (parameters.l2GasLimit === undefined && !parameters.l2Client)
    throw new L2ClientRequiredError({
      action: 'prepareRequestExecute',
      reason: 'the L2 gas limit is estimated on the L2',
    })
  const estimateFrom = (l2Sender: Address) =>
    parameters.l2GasLimit === undefined
      ? estimateL2Gas(parameters.l2Client!, {
          from: l2Sender,
          to: contractAddress,
          data: calldata,
          value: l2Value,
          factoryDeps,
        })
      : undefined
  // the chain's terms (base cost, caps, version), the ETH balance, and on a custom-base chain the base token's balance
  // and the vault's allowance: read with the L1 addresses when the L2 sender is known before them
  const termsReads = (
    contracts: GetL1ContractsReturnType,
    fees: GetL1FeeParametersReturnType,
    l2GasLimit: bigint,
  ): L1Read[] => [
    ...chainTermsCalls({
      bridgehub: contracts.bridgehub,
      diamond: contracts.diamond,
      l2ChainId: contracts.l2ChainId,
      gasPrice: fees.baseCostGasPrice,
      l2GasLimit,
      gasPerPubdata: gasPerPubdataByteLimit,
    }),
    ethBalanceCall(account.address),
    ...(contracts.isEthBased
      ? []
      : [
          { address: contracts.baseToken, abi: erc20Abi, functionName: 'balanceOf', args: [account.address] },
          {
            address: contracts.baseToken,
            abi: erc20Abi,
            functionName: 'allowance',
            args: [account.address, contracts.l1NativeTokenVault],
          },
        ]),
  ]
  // a local account (an EOA: a delegated one is still tx.origin) or a declared one needs no L1 code read to know its
  // L2 sender, so the L2 estimate and the fees go first and every L1 read after them, in one call
  const senderKnown = parameters.accountIsContract !== undefined || account.type === 'local'
  const senderIfKnown = parameters.accountIsContract ? applyL1ToL2Alias(account.address) : account.address
  const [fees, early] = await Promise.all([
    getL1FeeParameters(client, parameters),
    senderKnown ? estimateFrom(senderIfKnown) : undefined,
  ])
  const read = await readL1ContractsAndAliasing(
    client as Client<Transport, Chain | undefined>,
    parameters,
    account,
    refundRecipient,
    senderKnown ? (contracts) => termsReads(contracts, fees, parameters.l2GasLimit ?? early!.gas) : undefined,
  )
  const { contracts, refundAliased, accountIsContract } = read
  const { bridgehub, baseToken, isEthBased, l2ChainId } = contracts
  const l2Sender = accountIsContract ? applyL1ToL2Alias(account.address) : account.address
  const warnings: QuoteWarning[] = []
  if (accountIsContract) warnings.push({ type: 'sender-aliased', l1Sender: account.address, l2Sender })
  if (refundAliased)
    warnings.push({
      type: 'refund-recipient-aliased',
      refundRecipient,
      l2RefundRecipient: applyL1ToL2Alias(refundRecipient),
    })
  const estimate = senderKnown ? early : await estimateFrom(l2Sender)

  // the chain's caps on the request: exactly when the caller chose the limit (the fee parameters are a storage word no
  // getter exposes, read beside the reads), against the gas cap alone for an estimate
  const [results, feeParamsWord] = await Promise.all([
    senderKnown
      ? read.extra
      : readContractsSettled(
          client as Client<Transport, Chain | undefined>,
          termsReads(contracts, fees, parameters.l2GasLimit ?? estimate!.gas),
        ),
    parameters.l2GasLimit !== undefined
      ? getAction(client, getStorageAt, 'getStorageAt')({ address: contracts.diamond, slot: FEE_PARAMS_SLOT })
      : undefined,
  ])
  const { l2GasLimit, baseCost } = await applyChainTerms(client as Client<Transport, Chain | undefined>, results, {
    l2ChainId,
    diamond: contracts.diamond,
    l2GasLimit: parameters.l2GasLimit ?? estimate!.gas,
    l2GasLimitGiven: parameters.l2GasLimit !== undefined,
    calldataLength: (calldata.length - 2) / 2,
    factoryDepsCount: factoryDeps.length,
    gasPerPubdata: gasPerPubdataByteLimit,
    feeParamsWord,
    vm: estimate?.vm ?? getZksyncConfig(parameters.l2Chain ?? parameters.l2Client?.chain)?.vm,
  })
  // (on an ETH-based chain read before its base token was known, the base-token reads fail and are not used)
  const [ethBalance, baseBalance, baseAllowance] = results
    .slice(CHAIN_TERMS_CALLS, isEthBased ? CHAIN_TERMS_CALLS + 1 : undefined)
    .map((r) => unwrapRead<bigint>(r))
  const route = isEthBased ? 'requestExecute, ETH-based' : 'requestExecute, custom base'
  const mintValue = getMintValue({
    baseCost,
    l2Value,
    mintValue: parameters.mintValue,
    valueParameter: 'l2Value',
    route,
  })
  const value = isEthBased ? mintValue : 0n
  if (parameters.value !== undefined && parameters.value !== value)
    throw new InconsistentValueError({ parameter: 'value', given: parameters.value, expected: `${value}`, route })

  const approvalsNeeded: RequiredApproval[] =
    !isEthBased && baseAllowance! < mintValue
      ? [
          {
            token: baseToken,
            spender: contracts.l1NativeTokenVault,
            amount: mintValue,
            currentAllowance: baseAllowance!,
          },
        ]
      : []
  const totals: TokenAmount[] = [{ token: ETH_TOKEN_ADDRESS, amount: value }]
  if (!isEthBased) totals.push({ token: baseToken, amount: mintValue })
  const check = () => {
    if (ethBalance! < totals[0]!.amount)
      throw new InsufficientBalanceError({
        token: ETH_TOKEN_ADDRESS,
        owner: account.address,
        needed: totals[0]!.amount,
        balance: ethBalance!,
      })
    if (!isEthBased && baseBalance! < mintValue)
      throw new InsufficientBalanceError({
        token: baseToken,
        owner: account.address,
        needed: mintValue,
        balance: baseBalance!,
      })
  }
  check()

  const data = encodeFunctionData({
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionDirect',
    args: [
      {
        chainId: l2ChainId,
        mintValue,
        l2Contract: contractAddress,
        l2Value,
        l2Calldata: calldata,
        l2GasLimit,
        l2GasPerPubdataByteLimit: gasPerPubdataByteLimit,
        factoryDeps: [...factoryDeps],
        refundRecipient,
      },
    ],
  })
  let gas: bigint | null = null
  let gasEstimateSkipped: 'approval-required' | 'disabled' | undefined
  if (parameters.gas === null) gasEstimateSkipped = 'disabled'
  else if (parameters.gas !== undefined) gas = parameters.gas
  else if (approvalsNeeded.length > 0) gasEstimateSkipped = 'approval-required'
  else gas = await estimatePriorityTxGas(client, { account: account.address, to: bridgehub, data, value })
  if (gas !== null) {
    totals[0]!.amount += gas * fees.baseCostGasPrice
    check()
  }

  const feeFields =
    fees.gasPrice !== undefined
      ? { gasPrice: fees.gasPrice }
      : { maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas }
  const approvals = await prepareApprovals(client, {
    account: account.address,
    approvals: approvalsNeeded,
    approveAmount: parameters.approveAmount,
    fees: feeFields,
  })
  return {
    quote: {
      l2ChainId,
      account: account.address,
      l2Sender,
      baseToken,
      baseCost,
      mintValue,
      l2Value,
      value,
      l2GasLimit,
      gasPerPubdataByteLimit,
      gas,
      ...(gasEstimateSkipped ? { gasEstimateSkipped } : {}),
      totals,
      balances: [
        { token: ETH_TOKEN_ADDRESS, amount: ethBalance! },
        ...(isEthBased ? [] : [{ token: baseToken, amount: baseBalance! }]),
      ],
      approvals: approvalsNeeded,
      warnings,
    },
    approvals,
    request: { to: bridgehub, data, value, ...(gas !== null ? { gas } : {}), ...feeFields },
  }
}

/**
 * Every parameter of a request, held to its type before any request (plain JavaScript callers are not held to the
 * types): bigints in uint256 (`l2Value`, `mintValue`, gas and fees), addresses, calldata and each factory dependency as
 * hex of whole bytes, booleans. A misfit is an `InvalidParameterError` (`InvalidAddressParameterError`,
 * `InvalidHexParameterError` for an address or hex) naming the parameter and the value.
 */
function assertPrepareRequestExecuteParameters(parameters: PrepareRequestExecuteParameters) {
  const { account, factoryDeps } = parameters
  assertAddress('contractAddress', parameters.contractAddress)
  assertAddress('refundRecipient', parameters.refundRecipient, { optional: true })
  if (account !== undefined) assertAddress('account', typeof account === 'object' ? account?.address : account)
  assertBytes('calldata', parameters.calldata, { optional: true })
  if (factoryDeps !== undefined && !Array.isArray(factoryDeps))
    throw new InvalidParameterError({ parameter: 'factoryDeps', value: factoryDeps, expected: 'an array of bytecodes' })
  for (const [i, dep] of (factoryDeps ?? []).entries()) assertBytes(`factoryDeps[${i}]`, dep)
  assertL2TargetParameters(parameters)
  for (const parameter of ['allowAliasedRefundRecipient', 'accountIsContract'] as const)
    assertBoolean(parameter, parameters[parameter], { optional: true })
  for (const parameter of ['l2Value', 'l2GasLimit', 'gasPerPubdataByteLimit', 'mintValue', 'value'] as const)
    assertUint(parameter, parameters[parameter], { optional: true })
  assertTransactionOverrides(parameters)
  if (parameters.approveAmount !== 'max') assertUint('approveAmount', parameters.approveAmount, { optional: true })
}
