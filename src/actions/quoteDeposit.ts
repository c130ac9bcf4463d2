import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type EstimateGasErrorType,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  isAddressEqual,
  type MulticallErrorType,
  numberToHex,
  type Transport,
  zeroHash,
} from 'viem'
import { getChainId, getStorageAt } from 'viem/actions'
import { getAction, parseAccount } from 'viem/utils'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { erc20Abi } from '../abis/erc20.js'
import { l1CustomBridgeAbi } from '../abis/l1CustomBridge.js'
import { l1NativeTokenVaultAbi } from '../abis/l1NativeTokenVault.js'
import { l2AssetRouterAbi } from '../abis/l2AssetRouter.js'
import { ETH_TOKEN_ADDRESS, L2_ASSET_ROUTER_ADDRESS } from '../constants/addresses.js'
import { FEE_PARAMS_STORAGE_SLOT, REQUIRED_L2_GAS_PRICE_PER_PUBDATA } from '../constants/gas.js'
import type { ErrorType } from '../errors/base.js'
import {
  type InvalidAddressParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
  L2ClientRequiredError,
  type L2ClientRequiredErrorType,
} from '../errors/common.js'
import {
  AccountRequiredError,
  type AccountRequiredErrorType,
  type AliasedRefundRecipientErrorType,
  CustomBridgeTokenNotSupportedError,
  type CustomBridgeTokenNotSupportedErrorType,
  type DepositsPausedErrorType,
  InconsistentValueError,
  type InconsistentValueErrorType,
  InvalidCustomBridgeError,
  type InvalidCustomBridgeErrorType,
  InvalidDepositAmountError,
  type InvalidDepositAmountErrorType,
  InvalidGasPerPubdataError,
  type InvalidGasPerPubdataErrorType,
  InvalidL2ReceiverError,
  type InvalidL2ReceiverErrorType,
  type L2GasLimitTooHighErrorType,
  type L2GasLimitTooLowErrorType,
  L2ValueNotSupportedError,
  type L2ValueNotSupportedErrorType,
  TokenNotErc20Error,
  type TokenNotErc20ErrorType,
} from '../errors/deposit.js'
import { InvalidRefundRecipientError, type InvalidRefundRecipientErrorType } from '../errors/workflow.js'
import { encodeSecondBridgeCalldata } from '../utils/encodeSecondBridgeCalldata.js'
import { getNtvAssetId } from '../utils/getNtvAssetId.js'
import { isEth } from '../utils/isEth.js'
import { applyL1ToL2Alias } from '../utils/l1ToL2Alias.js'
import type { EstimateL1ToL2GasErrorType } from './estimateL1ToL2Gas.js'
import {
  assertL2TargetParameters,
  type GetL1ContractsErrorType,
  getZksyncConfig,
  type L2TargetParameters,
} from './getL1Contracts.js'
import { type GetL1FeeParametersErrorType, getL1FeeParameters } from './getL1FeeParameters.js'
import { readL1ContractsAndAliasing } from './internal/aliasing.js'
import { assertAddress, assertBoolean, assertTransactionOverrides, assertUint } from './internal/assertParameters.js'
import type { L1Read } from './internal/l1Reader.js'
import { applyChainTerms, CHAIN_TERMS_CALLS, chainTermsCalls } from './internal/priorityRequest/chainTerms.js'
import { estimateL2Gas } from './internal/priorityRequest/estimateL2.js'
import { getMintValue } from './internal/priorityRequest/mintValue.js'
import { ethBalanceCall, readContractsSettled, unwrapRead } from './internal/readContracts.js'
import { isReservedL2Address } from './internal/reservedL2Address.js'
import { estimatePriorityTxGas } from './internal/transactionRequest.js'

/** The smallest second-bridge address the Bridgehub calls (lower ones are reserved for system contracts). */
const MIN_SECOND_BRIDGE_ADDRESS = 0xffffn

/**
 * How a deposit travels: `eth-base` ETH into an ETH-based chain and `base-custom` the base token into a custom-base
 * chain (both `requestL2TransactionDirect`); `erc20-base`, `eth-custom` and `erc20-custom` through the L1AssetRouter
 * as second bridge (`requestL2TransactionTwoBridges`).
 */
export type DepositRoute = 'eth-base' | 'erc20-base' | 'base-custom' | 'eth-custom' | 'erc20-custom'

export type QuoteDepositParameters = L2TargetParameters & {
  /** The depositor. Defaults to the client's account; an address is enough to quote. */
  account?: Account | Address | undefined
  /** The L1 token; ETH as `0x…00` or `0x…01`. */
  token: Address
  /** Amount in the token's smallest unit; must be positive. */
  amount: bigint
  /** L2 receiver. Defaults to the account. */
  to?: Address | undefined
  /** Receives the L2 refund (unspent gas, or everything if the L2 transaction fails). Defaults to the account. */
  refundRecipient?: Address | undefined
  /** Accept a refund recipient with L1 code, whose refund goes to its L2 alias. Default `false` (typed error). */
  allowAliasedRefundRecipient?: boolean | undefined
  /**
   * Whether the account calls the Bridgehub from a contract (a smart account, a multisig): the L2 sender of a direct
   * deposit is then its alias. Default: `false` for a local account, otherwise read from the account's L1 code.
   */
  accountIsContract?: boolean | undefined
  /** Skips the L2 estimation; must be at least the protocol minimum. */
  l2GasLimit?: bigint | undefined
  /** Must be 800 (the only value the Mailbox accepts); may be omitted. */
  gasPerPubdataByteLimit?: bigint | undefined
  /**
   * Second-bridge data form. Default: `'legacy'` (`abi.encode(token, amount, receiver)`) for tokens native to L1
   * (ETH included), which is what the failed-deposit tooling of every SDK expects; `'assetId'` (`0x01 ‖ …` with the
   * asset id the vault stores) for tokens that did not originate on L1, which the legacy form rejects.
   */
  encoding?: 'legacy' | 'assetId' | undefined
  /**
   * A custom second bridge (the L1 half of a USDC-style bridge) to deposit an ERC-20 through instead of the
   * L1AssetRouter: the Bridgehub calls its `bridgehubDeposit` with the legacy data `abi.encode(token, amount, to)`
   * (`encoding` does not apply), the approval goes to this bridge (it pulls the token), and the L2 gas is estimated
   * for `finalizeDeposit(account, to, token, amount, "")` from the bridge's alias to the L2 bridge the bridge reports
   * (`l2BridgeAddress(chainId)`, read beside the token's metadata), never an address derived from the token. ETH is
   * refused (`CustomBridgeTokenNotSupportedError`); a bridge that does not answer `l2BridgeAddress` is refused
   * (`InvalidCustomBridgeError`).
   */
  bridgeAddress?: Address | undefined
  /** Total base token to mint on L2. Derived when omitted; if given, it must cover the base cost (and `l2Value`). */
  mintValue?: bigint | undefined
  /** The L1 `msg.value`. Derived when omitted; if given, it must equal what the route needs. */
  value?: bigint | undefined
  /** Only for routes with an L2 value (`eth-base`, `base-custom`), where it must equal `amount`. */
  l2Value?: bigint | undefined
  /** L1 gas of the deposit transaction. `null` skips the estimation. */
  gas?: bigint | null | undefined
  gasPrice?: bigint | undefined
  maxFeePerGas?: bigint | undefined
  maxPriorityFeePerGas?: bigint | undefined
}

export type TokenAmount = { token: Address; amount: bigint }

export type RequiredApproval = {
  token: Address
  /** The L1NativeTokenVault, or the custom bridge (`bridgeAddress`) for the deposited token. */
  spender: Address
  /** What the deposit pulls. */
  amount: bigint
  currentAllowance: bigint
}

export type QuoteWarning =
  | {
      type: 'sender-aliased'
      /** The account has L1 code: the L2 transaction comes from its alias. */
      l1Sender: Address
      l2Sender: Address
    }
  | {
      type: 'refund-recipient-aliased'
      /** The refund recipient has L1 code: the refund goes to its L2 alias. */
      refundRecipient: Address
      l2RefundRecipient: Address
    }

export type QuoteDepositReturnType = {
  route: DepositRoute
  l2ChainId: bigint
  account: Address
  /** The deposited L1 token (ETH as `0x…01`). */
  token: Address
  amount: bigint
  to: Address
  refundRecipient: Address
  bridgehub: Address
  l1NativeTokenVault: Address
  /** The custom second bridge, when the deposit goes through one (`bridgeAddress`). */
  bridgeAddress?: Address | undefined
  /** The chain's base token on L1 (`0x…01` for ETH). */
  baseToken: Address
  /** L2 cost in the base token, at `maxFeePerGas` (or `gasPrice`). */
  baseCost: bigint
  mintValue: bigint
  l2Value: bigint
  /** The L1 `msg.value`. */
  value: bigint
  l2GasLimit: bigint
  gasPerPubdataByteLimit: bigint
  gasPrice?: bigint | undefined
  maxFeePerGas?: bigint | undefined
  maxPriorityFeePerGas?: bigint | undefined
  /**
   * L1 gas of the deposit transaction: the node's estimate plus `L1_PRIORITY_TX_GAS_BUFFER_PERCENT` (the priority tree
   * append costs more as other deposits land); `null` when not estimated (see `gasEstimateSkipped`).
   */
  gas: bigint | null
  /**
   * Why `gas` is null: an approval must be mined first (estimation would revert), the balance is short (see
   * `shortfalls`), or `gas: null` was passed.
   */
  gasEstimateSkipped?: 'approval-required' | 'insufficient-balance' | 'disabled' | undefined
  /**
   * The L2 transaction the request will run, as estimated: for token routes the L2AssetRouter's `finalizeDeposit`
   * from the aliased L1AssetRouter, built as the L1AssetRouter builds it; through a custom bridge, its L2 bridge's
   * `finalizeDeposit` from the aliased bridge.
   */
  l2Transaction: { from: Address; to: Address; data: Hex; value: bigint }
  /** The Bridgehub call: `to` is the Bridgehub. */
  call: { to: Address; data: Hex; value: bigint }
  /** What leaves the account, per token: ETH (`value` and, when estimated, L1 gas at `maxFeePerGas`), base token, token. */
  totals: TokenAmount[]
  /** The account's L1 balances of the tokens in `totals`. */
  balances: TokenAmount[]
  /** Allowances still missing (empty when all are in place). */
  approvals: RequiredApproval[]
  /**
   * What the account lacks, per token (empty when it holds enough): `prepareDeposit` and `deposit` refuse with
   * `InsufficientBalanceError`. While one is listed the L1 gas is not estimated (`gasEstimateSkipped`).
   */
  shortfalls: Shortfall[]
  warnings: QuoteWarning[]
}

/** A token the account holds too little of on L1. */
export type Shortfall = { token: Address; needed: bigint; balance: bigint }

export type QuoteDepositErrorType =
  | AccountRequiredErrorType
  | AliasedRefundRecipientErrorType
  | CustomBridgeTokenNotSupportedErrorType
  | DepositsPausedErrorType
  | EstimateGasErrorType
  | EstimateL1ToL2GasErrorType
  | GetL1ContractsErrorType
  | GetL1FeeParametersErrorType
  | InconsistentValueErrorType
  | InvalidAddressParameterErrorType
  | InvalidCustomBridgeErrorType
  | InvalidDepositAmountErrorType
  | InvalidGasPerPubdataErrorType
  | InvalidL2ReceiverErrorType
  | InvalidRefundRecipientErrorType
  | InvalidParameterErrorType
  | L2ClientRequiredErrorType
  | L2GasLimitTooHighErrorType
  | L2GasLimitTooLowErrorType
  | L2ValueNotSupportedErrorType
  | MulticallErrorType
  | TokenNotErc20ErrorType
  | ErrorType

const FEE_PARAMS_SLOT = numberToHex(FEE_PARAMS_STORAGE_SLOT)

type Call = L1Read

/**
 * Everything a deposit will cost and need, read in as few requests as possible, without sending anything: the route,
 * base cost, `mintValue`, L1 `value`, L2 gas limit, fees, L1 gas, what leaves the account per token, missing approvals
 * and aliasing warnings. Works on a public client with `account` as an address. Throws a typed error for bad input;
 * an insufficient balance is not an error here but listed in `shortfalls` (`prepareDeposit` refuses it).
 *
 * Reads: the chain's contracts (`getL1Contracts`), the refund recipient's and account's code and the token's
 * registration and metadata (token routes; through a custom bridge, the token's decimals and the bridge's
 * `l2BridgeAddress(chainId)` instead) in one L1 call, the fees (once), the L2 gas estimate, then base cost, the
 * chain's caps and version, balances and allowances in a second L1 call (with the diamond's fee parameters beside it
 * when `l2GasLimit` is given), and the L1 gas estimate when no approval is missing and the balances suffice.
 *
 * @example
 * import { quoteDeposit } from 'zksync-l1-actions'
 *
 * const quote = await quoteDeposit(publicClient, {
 *   l2Client,
 *   account: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 *   token: '0x0000000000000000000000000000000000000000',
 *   amount: 10n ** 18n,
 * })
 * console.log(quote.route, quote.baseCost, quote.totals)
 */
export async function quoteDeposit<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: QuoteDepositParameters,
): Promise<QuoteDepositReturnType> {
  assertQuoteDepositParameters(parameters)
  const { amount, gasPerPubdataByteLimit = REQUIRED_L2_GAS_PRICE_PER_PUBDATA } = parameters
  const account_ = parameters.account ?? client.account
  if (!account_) throw new AccountRequiredError({ action: 'quoteDeposit' })
  const account = parseAccount(account_)
  if (gasPerPubdataByteLimit !== REQUIRED_L2_GAS_PRICE_PER_PUBDATA)
    throw new InvalidGasPerPubdataError({ value: gasPerPubdataByteLimit, required: REQUIRED_L2_GAS_PRICE_PER_PUBDATA })
  if (parameters.to !== undefined && isReservedL2Address(parameters.to))
    throw new InvalidL2ReceiverError({ to: parameters.to })
  const to = parameters.to ?? account.address
  const refundRecipient = parameters.refundRecipient ?? account.address
  // the refund is base token minted on L2: at a system address it is lost, as a deposit to one is
  if (isReservedL2Address(refundRecipient)) throw new InvalidRefundRecipientError({ refundRecipient })
  const tokenIsEth = isEth(parameters.token)
  const token = tokenIsEth ? ETH_TOKEN_ADDRESS : parameters.token
  const { bridgeAddress } = parameters
  if (bridgeAddress !== undefined) {
    if (tokenIsEth) throw new CustomBridgeTokenNotSupportedError({ bridgeAddress, token })
    if (BigInt(bridgeAddress) <= MIN_SECOND_BRIDGE_ADDRESS)
      throw new InvalidCustomBridgeError({
        bridgeAddress,
        reason: 'the Bridgehub rejects second bridges up to 0x…ffff',
      })
  }

  // the token's reads (registration and metadata in the vault, or the custom bridge's), made with the L1 addresses in
  // one call unless the route is known to need none (a deposit of the chain's base token, as its definition names it)
  const knownBase = getZksyncConfig(parameters.l2Chain ?? parameters.l2Client?.chain)?.contracts.baseToken
  const knownDirect = knownBase !== undefined && bridgeAddress === undefined && isAddressEqual(token, knownBase)
  const tokenReads = (l1NativeTokenVault: Address, l2ChainId: bigint, l1ChainId: number): L1Read[] =>
    bridgeAddress !== undefined
      ? [
          { address: token, abi: erc20Abi, functionName: 'decimals' },
          { address: bridgeAddress, abi: l1CustomBridgeAbi, functionName: 'l2BridgeAddress', args: [l2ChainId] },
        ]
      : [
          { address: l1NativeTokenVault, abi: l1NativeTokenVaultAbi, functionName: 'assetId', args: [token] },
          {
            address: l1NativeTokenVault,
            abi: l1NativeTokenVaultAbi,
            functionName: 'getERC20Getters',
            args: [token, BigInt(l1ChainId)],
          },
          ...(tokenIsEth ? [] : [{ address: token, abi: erc20Abi, functionName: 'decimals' }]),
        ]
  const declaredL1 = client.chain?.id
  const [{ contracts, refundAliased, accountIsContract, extra: early }, fees, l1ChainId] = await Promise.all([
    readL1ContractsAndAliasing(
      client,
      parameters,
      account,
      refundRecipient,
      knownDirect || declaredL1 === undefined
        ? undefined
        : (c) => tokenReads(c.l1NativeTokenVault, c.l2ChainId, declaredL1),
    ),
    getL1FeeParameters(client, parameters),
    client.chain?.id ?? getAction(client, getChainId, 'getChainId')({}),
  ])
  const { bridgehub, l1AssetRouter, l1NativeTokenVault, baseToken, isEthBased, l2ChainId } = contracts

  // through a custom bridge even the base token is a second-bridge deposit (the bridge pulls it, the vault the mint)
  const route: DepositRoute = tokenIsEth
    ? isEthBased
      ? 'eth-base'
      : 'eth-custom'
    : bridgeAddress === undefined && isAddressEqual(token, baseToken)
      ? 'base-custom'
      : isEthBased
        ? 'erc20-base'
        : 'erc20-custom'
  const direct = route === 'eth-base' || route === 'base-custom'
  if (!direct && parameters.l2Value !== undefined && parameters.l2Value !== 0n)
    throw new L2ValueNotSupportedError({ route, l2Value: parameters.l2Value })
  if (direct && parameters.l2Value !== undefined && parameters.l2Value !== amount)
    throw new InconsistentValueError({
      parameter: 'l2Value',
      given: parameters.l2Value,
      expected: `${amount} (= amount)`,
      route,
    })

  // The L2 call to estimate, and the second-bridge data of token routes.
  let l2Call: { from: Address; to: Address; data: Hex; value: bigint }
  let secondBridgeCalldata: Hex = '0x'
  const warnings: QuoteWarning[] = []
  if (direct) {
    const l2Sender = accountIsContract ? applyL1ToL2Alias(account.address) : account.address
    if (accountIsContract) warnings.push({ type: 'sender-aliased', l1Sender: account.address, l2Sender })
    l2Call = { from: l2Sender, to, data: '0x', value: amount }
  } else if (bridgeAddress !== undefined) {
    const [decimals, l2Bridge] =
      early.length > 0
        ? early
        : await readContractsSettled(client, tokenReads(l1NativeTokenVault, l2ChainId, l1ChainId))
    if (decimals?.status === 'failure') throw new TokenNotErc20Error({ token, cause: decimals.error })
    if (l2Bridge?.status !== 'success')
      throw new InvalidCustomBridgeError({
        bridgeAddress,
        reason: 'it does not answer `l2BridgeAddress(chainId)`',
        cause: l2Bridge?.error,
      })
    secondBridgeCalldata = encodeSecondBridgeCalldata({ encoding: 'legacy', token, amount, l2Receiver: to })
    l2Call = {
      from: applyL1ToL2Alias(bridgeAddress),
      to: l2Bridge.result as Address,
      data: encodeFunctionData({
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [account.address, to, token, amount, '0x'],
      }),
      value: 0n,
    }
  } else {
    const reads =
      early.length > 0
        ? early
        : await readContractsSettled(client, tokenReads(l1NativeTokenVault, l2ChainId, l1ChainId))
    const [storedAssetId, getters, decimals] = reads
    if (decimals && decimals.status === 'failure') throw new TokenNotErc20Error({ token, cause: decimals.error })
    const l1AssetId = getNtvAssetId({ originChainId: l1ChainId, token })
    const registered = storedAssetId?.status === 'success' ? (storedAssetId.result as Hex) : zeroHash
    const l1Native = registered === zeroHash || registered === l1AssetId
    const assetId = l1Native ? l1AssetId : registered
    const erc20Metadata = getters?.status === 'success' ? (getters.result as Hex) : '0x'
    const encoding = parameters.encoding ?? (l1Native ? 'legacy' : 'assetId')
    secondBridgeCalldata =
      encoding === 'legacy'
        ? encodeSecondBridgeCalldata({ encoding, token, amount, l2Receiver: to })
        : encodeSecondBridgeCalldata({ encoding, assetId, amount, l2Receiver: to, token })
    // What the L1AssetRouter makes the L2 call (`getDepositCalldata`): the legacy `finalizeDeposit` for L1-native
    // tokens, the asset-id one otherwise.
    const data = l1Native
      ? encodeFunctionData({
          abi: l2AssetRouterAbi,
          functionName: 'finalizeDeposit',
          args: [account.address, to, token, amount, erc20Metadata],
        })
      : encodeFunctionData({
          abi: l2AssetRouterAbi,
          functionName: 'finalizeDeposit',
          args: [
            BigInt(l1ChainId),
            assetId,
            encodeAbiParameters(
              [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
              [account.address, to, token, amount, erc20Metadata],
            ),
          ],
        })
    l2Call = { from: applyL1ToL2Alias(l1AssetRouter), to: L2_ASSET_ROUTER_ADDRESS, data, value: 0n }
  }
  if (refundAliased)
    warnings.push({
      type: 'refund-recipient-aliased',
      refundRecipient,
      l2RefundRecipient: applyL1ToL2Alias(refundRecipient),
    })

  if (parameters.l2GasLimit === undefined && !parameters.l2Client)
    throw new L2ClientRequiredError({ action: 'quoteDeposit', reason: 'the L2 gas limit is estimated on the L2' })
  const estimate = parameters.l2GasLimit === undefined ? await estimateL2Gas(parameters.l2Client!, l2Call) : undefined

  // Base cost, balances and allowances in one multicall.
  const pulled: (TokenAmount & { spender: Address })[] = [] // ERC-20s pulled; filled once the base cost is known
  const needsBaseToken = !isEthBased
  const balanceTokens = unique([ETH_TOKEN_ADDRESS, ...(needsBaseToken ? [baseToken] : []), token])
  // allowances of what is pulled: the base token by the vault, the token by the vault or the custom bridge
  const tokenSpender = bridgeAddress ?? l1NativeTokenVault
  const allowanceReads = [
    ...(needsBaseToken ? [{ token: baseToken, spender: l1NativeTokenVault }] : []),
    ...(!tokenIsEth && route !== 'base-custom' ? [{ token, spender: tokenSpender }] : []),
  ].filter((a, i, all) => all.findIndex((b) => sameAllowance(a, b)) === i)
  // the chain's caps on the request: checked exactly when the caller chose the limit (the fee parameters are a storage
  // word no getter exposes, read beside the multicall), against the gas cap alone for an estimate
  const [results, feeParamsWord] = await Promise.all([
    readContractsSettled(client, [
      ...chainTermsCalls({
        bridgehub,
        diamond: contracts.diamond,
        l2ChainId,
        gasPrice: fees.baseCostGasPrice,
        l2GasLimit: parameters.l2GasLimit ?? estimate!.gas,
        gasPerPubdata: gasPerPubdataByteLimit,
      }),
      ...balanceTokens.map((t) => balanceCall(t, account.address)),
      ...allowanceReads.map((a) => ({
        address: a.token,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [account.address, a.spender],
      })),
    ]),
    parameters.l2GasLimit !== undefined
      ? getAction(client, getStorageAt, 'getStorageAt')({ address: contracts.diamond, slot: FEE_PARAMS_SLOT })
      : undefined,
  ])
  const { l2GasLimit, baseCost } = await applyChainTerms(client, results, {
    l2ChainId,
    diamond: contracts.diamond,
    l2GasLimit: parameters.l2GasLimit ?? estimate!.gas,
    l2GasLimitGiven: parameters.l2GasLimit !== undefined,
    calldataLength: (l2Call.data.length - 2) / 2,
    gasPerPubdata: gasPerPubdataByteLimit,
    feeParamsWord,
    vm: estimate?.vm ?? getZksyncConfig(parameters.l2Chain ?? parameters.l2Client?.chain)?.vm,
  })
  const balances = balanceTokens.map((t, i) => {
    const r = results[CHAIN_TERMS_CALLS + i]!
    if (r.status === 'failure' && !isEth(t)) throw new TokenNotErc20Error({ token: t, cause: r.error })
    return { token: t, amount: unwrapRead<bigint>(r) }
  })
  const allowances = allowanceReads.map((_, i) =>
    unwrapRead<bigint>(results[CHAIN_TERMS_CALLS + balanceTokens.length + i]!),
  )

  const l2Value = direct ? amount : 0n
  const mintValue = getMintValue({
    baseCost,
    l2Value,
    mintValue: parameters.mintValue,
    valueParameter: 'amount',
    route,
  })
  const value = route === 'eth-base' || route === 'erc20-base' ? mintValue : route === 'eth-custom' ? amount : 0n
  if (parameters.value !== undefined && parameters.value !== value)
    throw new InconsistentValueError({ parameter: 'value', given: parameters.value, expected: `${value}`, route })

  if (needsBaseToken) pulled.push({ token: baseToken, spender: l1NativeTokenVault, amount: mintValue })
  if (!tokenIsEth && route !== 'base-custom') pulled.push({ token, spender: tokenSpender, amount })
  const approvals: RequiredApproval[] = []
  for (const p of pulled) {
    const currentAllowance = allowances[allowanceReads.findIndex((a) => sameAllowance(a, p))] ?? 0n
    if (currentAllowance < p.amount)
      approvals.push({ token: p.token, spender: p.spender, amount: p.amount, currentAllowance })
  }

  const data = direct
    ? encodeFunctionData({
        abi: bridgehubAbi,
        functionName: 'requestL2TransactionDirect',
        args: [
          {
            chainId: l2ChainId,
            mintValue,
            l2Contract: to,
            l2Value,
            l2Calldata: '0x',
            l2GasLimit,
            l2GasPerPubdataByteLimit: gasPerPubdataByteLimit,
            factoryDeps: [],
            refundRecipient,
          },
        ],
      })
    : encodeFunctionData({
        abi: bridgehubAbi,
        functionName: 'requestL2TransactionTwoBridges',
        args: [
          {
            chainId: l2ChainId,
            mintValue,
            l2Value: 0n,
            l2GasLimit,
            l2GasPerPubdataByteLimit: gasPerPubdataByteLimit,
            refundRecipient,
            secondBridgeAddress: bridgeAddress ?? l1AssetRouter,
            secondBridgeValue: route === 'eth-custom' ? amount : 0n,
            secondBridgeCalldata,
          },
        ],
      })
  const call = { to: bridgehub, data, value }

  // What leaves the account, checked against its balances before estimating L1 gas (which would revert).
  const totals: TokenAmount[] = []
  const add = (t: Address, a: bigint) => {
    const existing = totals.find((x) => isAddressEqual(x.token, t))
    if (existing) existing.amount += a
    else totals.push({ token: t, amount: a })
  }
  add(ETH_TOKEN_ADDRESS, value)
  for (const p of pulled) add(p.token, p.amount)
  let shortfalls = getShortfalls(totals, balances)

  let gas: bigint | null = null
  let gasEstimateSkipped: QuoteDepositReturnType['gasEstimateSkipped']
  if (parameters.gas === null) gasEstimateSkipped = 'disabled'
  else if (parameters.gas !== undefined) gas = parameters.gas
  else if (shortfalls.length > 0) gasEstimateSkipped = 'insufficient-balance'
  else if (approvals.length > 0) gasEstimateSkipped = 'approval-required'
  else gas = await estimatePriorityTxGas(client, { account: account.address, ...call })
  if (gas !== null) {
    add(ETH_TOKEN_ADDRESS, gas * fees.baseCostGasPrice)
    shortfalls = getShortfalls(totals, balances)
  }

  return {
    route,
    l2ChainId,
    account: account.address,
    token,
    amount,
    to,
    refundRecipient,
    bridgehub,
    l1NativeTokenVault,
    ...(bridgeAddress !== undefined ? { bridgeAddress } : {}),
    baseToken,
    baseCost,
    mintValue,
    l2Value,
    value,
    l2GasLimit,
    gasPerPubdataByteLimit,
    ...(fees.gasPrice !== undefined
      ? { gasPrice: fees.gasPrice }
      : { maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas }),
    gas,
    ...(gasEstimateSkipped ? { gasEstimateSkipped } : {}),
    l2Transaction: l2Call,
    call,
    totals,
    balances: balances.filter((b) => totals.some((t) => isAddressEqual(t.token, b.token))),
    approvals,
    shortfalls,
    warnings,
  }
}

/**
 * Every parameter of a deposit, held to its type before any request (plain JavaScript callers are not held to the
 * types): a string amount would be concatenated where it is added, a number would crash viem's encoder. A zero,
 * negative or too large bigint `amount` is an `InvalidDepositAmountError`; any other misfit an `InvalidParameterError`
 * (or `InvalidAddressParameterError` for an address).
 */
function assertQuoteDepositParameters(parameters: QuoteDepositParameters) {
  const { amount, account } = parameters
  if (typeof amount === 'bigint' && (amount <= 0n || amount >= 2n ** 256n))
    throw new InvalidDepositAmountError({ parameter: 'amount', value: amount })
  assertUint('amount', amount, { min: 1n })
  assertAddress('token', parameters.token)
  for (const parameter of ['to', 'refundRecipient', 'bridgeAddress'] as const)
    assertAddress(parameter, parameters[parameter], { optional: true })
  if (account !== undefined) assertAddress('account', typeof account === 'object' ? account?.address : account)
  assertL2TargetParameters(parameters)
  for (const parameter of ['allowAliasedRefundRecipient', 'accountIsContract'] as const)
    assertBoolean(parameter, parameters[parameter], { optional: true })
  for (const parameter of ['l2GasLimit', 'gasPerPubdataByteLimit', 'mintValue', 'value', 'l2Value'] as const)
    assertUint(parameter, parameters[parameter], { optional: true })
  assertTransactionOverrides(parameters)
  const { encoding } = parameters
  if (encoding !== undefined && encoding !== 'legacy' && encoding !== 'assetId')
    throw new InvalidParameterError({ parameter: 'encoding', value: encoding, expected: "'legacy' or 'assetId'" })
}

function getShortfalls(totals: TokenAmount[], balances: TokenAmount[]): Shortfall[] {
  return totals.flatMap((t) => {
    const balance = balances.find((b) => isAddressEqual(b.token, t.token))?.amount ?? 0n
    return balance < t.amount ? [{ token: t.token, needed: t.amount, balance }] : []
  })
}

function sameAllowance(a: { token: Address; spender: Address }, b: { token: Address; spender: Address }): boolean {
  return isAddressEqual(a.token, b.token) && isAddressEqual(a.spender, b.spender)
}

function unique(tokens: Address[]): Address[] {
  return tokens.filter((t, i) => tokens.findIndex((u) => isAddressEqual(u, t)) === i)
}

function balanceCall(token: Address, owner: Address): Call {
  if (!isEth(token)) return { address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] }
  return ethBalanceCall(owner)
}
