import {
  type Account,
  type Address,
  type Chain,
  type Client,
  encodeFunctionData,
  type Hex,
  isAddressEqual,
  type ReadContractErrorType,
  type Transport,
  zeroAddress,
  zeroHash,
} from 'viem'
import { parseAccount } from 'viem/accounts'
import { getBalance, readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { erc20Abi } from '../abis/erc20.js'
import { l2AssetRouterAbi } from '../abis/l2AssetRouter.js'
import { l2BaseTokenAbi } from '../abis/l2BaseToken.js'
import { l2NativeTokenVaultAbi } from '../abis/l2NativeTokenVault.js'
import {
  ETH_TOKEN_ADDRESS,
  L2_ASSET_ROUTER_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  L2_NATIVE_TOKEN_VAULT_ADDRESS,
} from '../constants/addresses.js'
import {
  InvalidAddressParameterError,
  type InvalidAddressParameterErrorType,
  type InvalidParameterErrorType,
} from '../errors/common.js'
import { InsufficientBalanceError, type InsufficientBalanceErrorType } from '../errors/deposit.js'
import {
  WithdrawalAmountInvalidError,
  type WithdrawalAmountInvalidErrorType,
  WithdrawalTokenNotFoundError,
  type WithdrawalTokenNotFoundErrorType,
} from '../errors/withdrawal.js'
import { encodeNtvTransferData } from '../utils/encodeNtvTransferData.js'
import { getNtvAssetId } from '../utils/getNtvAssetId.js'
import { isEth } from '../utils/isEth.js'
import { getZksyncConfig } from './getL1Contracts.js'
import { assertAddress, assertTransactionOverrides, assertUint } from './internal/assertParameters.js'
import { isMethodMissing } from './internal/rpcErrors.js'
import {
  type PreparedTransactionRequest,
  type TransactionFeeParameters,
  withOverrides,
} from './internal/transactionRequest.js'

export type PrepareWithdrawParameters = {
  /**
   * The token on L2: `0x…800a` for the base token (on an ETH-based chain ETH may also be given as `0x…00` or `0x…01`),
   * otherwise the L2 address of a token bridged through the native token vault. ETH on a chain whose base token is
   * not ETH may be given as `0x…00`/`0x…01` too: it is withdrawn as the bridged token it is there.
   */
  token: Address
  /** Amount in the token's smallest unit. */
  amount: bigint
  /** L1 receiver. Defaults to the sending account. */
  to?: Address | undefined
  /** The L2 account that withdraws. Defaults to the client's account. */
  account?: Account | Address | undefined
  gas?: bigint | undefined
  nonce?: number | undefined
} & TransactionFeeParameters

/** A plain L2 transaction request, ready for `sendTransaction` on the L2 wallet client. */
export type PrepareWithdrawReturnType = PreparedTransactionRequest & { value: bigint }

export type PrepareWithdrawErrorType =
  | InsufficientBalanceErrorType
  | InvalidAddressParameterErrorType
  | InvalidParameterErrorType
  | WithdrawalAmountInvalidErrorType
  | WithdrawalTokenNotFoundErrorType
  | ReadContractErrorType
  | Error

/**
 * Prepares the L2 transaction that starts a withdrawal to L1, a plain transaction on Era and ZKsync OS chains alike:
 * `L2BaseToken(0x…800a).withdraw(l1Receiver)` with `value = amount` for the base token, or
 * `L2AssetRouter(0x…10003).withdraw(assetId, abi.encode(amount, l1Receiver, l2Token))` for a bridged token, whose
 * asset id is read from the L2 native token vault. The client is the L2 client. Custom-bridge tokens withdraw through
 * their own bridge, not here. Refuses, before anything is signed, an amount above the account's L2 balance of the
 * token (read in parallel with the vault, or with `eth_getBalance` for the base token) and the zero address as `to`.
 *
 * @example
 * import { createWalletClient, http, parseEther } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { zksync } from 'viem/chains'
 * import { prepareWithdraw } from 'zksync-l1-actions'
 *
 * const l2Wallet = createWalletClient({ account: privateKeyToAccount('0x…'), chain: zksync, transport: http() })
 * const request = await prepareWithdraw(l2Wallet, {
 *   token: '0x000000000000000000000000000000000000800A',
 *   amount: parseEther('0.1'),
 * })
 * const hash = await l2Wallet.sendTransaction(request)
 */
export async function prepareWithdraw<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareWithdrawParameters,
): Promise<PrepareWithdrawReturnType> {
  const { token, amount, gas } = parameters
  assertPrepareWithdrawParameters(parameters)
  // a withdrawal to 0x0 is paid out on L1 to address(0): burned
  if (parameters.to !== undefined && isAddressEqual(parameters.to, zeroAddress))
    throw new InvalidAddressParameterError({ parameter: 'to', value: parameters.to })
  const account = parameters.account ?? client.account
  const sender = account ? parseAccount(account).address : undefined
  const receiver = parameters.to ?? sender
  if (!receiver) throw new InvalidAddressParameterError({ parameter: 'to', value: undefined })

  const call = (await isBaseToken(client, token))
    ? await baseTokenWithdrawal(client, amount, receiver, sender)
    : await assetRouterWithdrawal(client, token, amount, receiver, sender)
  const request: PrepareWithdrawReturnType = withOverrides(call, { ...parameters, account, chain: client.chain })
  if (gas !== undefined) request.gas = gas
  return request
}

/**
 * `0x…800a`, or ETH on an ETH-based chain: the chain definition says, or the Era node (`zks_getBaseTokenL1Address`), or
 * on a ZKsync OS node, which does not serve that method, the L2 vault (its base-token asset id is ETH's).
 */
async function isBaseToken(client: Client<Transport, Chain | undefined>, token: Address): Promise<boolean> {
  if (isAddressEqual(token, L2_BASE_TOKEN_ADDRESS)) return true
  if (!isEth(token)) return false
  const known = getZksyncConfig(client.chain)?.contracts.baseToken
  if (known) return isEth(known)
  try {
    const baseToken = (await client.request({ method: 'zks_getBaseTokenL1Address' } as never)) as Address | undefined
    return baseToken !== undefined && isEth(baseToken)
  } catch (error) {
    if (!isMethodMissing(error)) throw error
  }
  const read = getAction(client, readContract, 'readContract')
  const vault = { address: L2_NATIVE_TOKEN_VAULT_ADDRESS, abi: l2NativeTokenVaultAbi } as const
  const [baseTokenAssetId, l1ChainId] = await Promise.all([
    read({ ...vault, functionName: 'BASE_TOKEN_ASSET_ID' }),
    read({ ...vault, functionName: 'L1_CHAIN_ID' }),
  ])
  return baseTokenAssetId === getNtvAssetId({ originChainId: l1ChainId, token: ETH_TOKEN_ADDRESS })
}

async function baseTokenWithdrawal(
  client: Client<Transport, Chain | undefined>,
  amount: bigint,
  receiver: Address,
  sender: Address | undefined,
): Promise<{ to: Address; data: Hex; value: bigint }> {
  if (sender) {
    const balance = await getAction(client, getBalance, 'getBalance')({ address: sender })
    assertL2Balance(L2_BASE_TOKEN_ADDRESS, sender, amount, balance)
  }
  return {
    to: L2_BASE_TOKEN_ADDRESS,
    data: encodeFunctionData({ abi: l2BaseTokenAbi, functionName: 'withdraw', args: [receiver] }),
    value: amount,
  }
}

function assertL2Balance(token: Address, owner: Address, needed: bigint, balance: bigint) {
  if (balance < needed) throw new InsufficientBalanceError({ token, owner, needed, balance, layer: 'L2' })
}

async function assetRouterWithdrawal(
  client: Client<Transport, Chain | undefined>,
  token: Address,
  amount: bigint,
  receiver: Address,
  sender: Address | undefined,
): Promise<{ to: Address; data: Hex; value: bigint }> {
  const read = getAction(client, readContract, 'readContract')
  // ETH on a chain with another base token is the bridged token of `0x…01`
  const l2Token = isEth(token)
    ? await read({
        address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
        abi: l2NativeTokenVaultAbi,
        functionName: 'l2TokenAddress',
        args: [ETH_TOKEN_ADDRESS],
      })
    : token
  const [assetId, balance] = await Promise.all([
    read({
      address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
      abi: l2NativeTokenVaultAbi,
      functionName: 'assetId',
      args: [l2Token],
    }),
    // a token the vault does not know may have no code: its refusal below says more than the failed read
    sender
      ? read({ address: l2Token, abi: erc20Abi, functionName: 'balanceOf', args: [sender] }).catch(() => undefined)
      : undefined,
  ])
  if (assetId === zeroHash) throw new WithdrawalTokenNotFoundError({ token })
  if (sender && balance !== undefined) assertL2Balance(l2Token, sender, amount, balance)
  return {
    to: L2_ASSET_ROUTER_ADDRESS,
    data: encodeFunctionData({
      abi: l2AssetRouterAbi,
      functionName: 'withdraw',
      args: [assetId, encodeNtvTransferData({ amount, receiver, token: l2Token })],
    }),
    value: 0n,
  }
}

/**
 * Every parameter of a withdrawal, held to its type before any request (plain JavaScript callers are not held to the
 * types): a zero, negative or too large bigint `amount` is a `WithdrawalAmountInvalidError`, an amount of another type,
 * a `gas` or fee that is no uint256 bigint and a `nonce` that is no non-negative integer an `InvalidParameterError`.
 */
function assertPrepareWithdrawParameters(parameters: PrepareWithdrawParameters) {
  const { amount, account } = parameters
  assertAddress('token', parameters.token)
  assertAddress('to', parameters.to, { optional: true })
  if (typeof amount === 'bigint' && (amount <= 0n || amount >= 2n ** 256n))
    throw new WithdrawalAmountInvalidError({ amount })
  assertUint('amount', amount, { min: 1n })
  if (account !== undefined) assertAddress('account', typeof account === 'object' ? account?.address : account)
  // an L2 transaction always has its gas: `null` (which the L1 actions take to skip the estimate) is no value here
  assertUint('gas', parameters.gas, { optional: true })
  assertTransactionOverrides(parameters)
}
