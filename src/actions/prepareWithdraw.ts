import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type Hex,
  type ReadContractErrorType,
  type Transport,
  encodeFunctionData,
  isAddress,
  isAddressEqual,
  zeroHash,
} from 'viem'
import { parseAccount } from 'viem/accounts'
import { readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { l2AssetRouterAbi } from '../abis/l2AssetRouter.js'
import { l2BaseTokenAbi } from '../abis/l2BaseToken.js'
import { l2NativeTokenVaultAbi } from '../abis/l2NativeTokenVault.js'
import {
  ETH_TOKEN_ADDRESS,
  L2_ASSET_ROUTER_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  L2_NATIVE_TOKEN_VAULT_ADDRESS,
} from '../constants/addresses.js'
import { InvalidAddressParameterError, type InvalidAddressParameterErrorType } from '../errors/common.js'
import {
  WithdrawalAmountInvalidError,
  type WithdrawalAmountInvalidErrorType,
  WithdrawalTokenNotFoundError,
  type WithdrawalTokenNotFoundErrorType,
} from '../errors/withdrawal.js'
import { encodeNtvTransferData } from '../utils/encodeNtvTransferData.js'
import { isEth } from '../utils/isEth.js'
import { getZksyncConfig } from './getL1Contracts.js'
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
  | InvalidAddressParameterErrorType
  | WithdrawalAmountInvalidErrorType
  | WithdrawalTokenNotFoundErrorType
  | ReadContractErrorType
  | Error

/**
 * Prepares the L2 transaction that starts a withdrawal to L1, a plain transaction on Era and ZKsync OS chains alike:
 * `L2BaseToken(0x…800a).withdraw(l1Receiver)` with `value = amount` for the base token, or
 * `L2AssetRouter(0x…10003).withdraw(assetId, abi.encode(amount, l1Receiver, l2Token))` for a bridged token, whose
 * asset id is read from the L2 native token vault. The client is the L2 client. Custom-bridge tokens withdraw through
 * their own bridge, not here.
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
  if (!isAddress(token)) throw new InvalidAddressParameterError({ parameter: 'token', value: token })
  if (parameters.to !== undefined && !isAddress(parameters.to))
    throw new InvalidAddressParameterError({ parameter: 'to', value: parameters.to })
  if (typeof amount !== 'bigint' || amount <= 0n) throw new WithdrawalAmountInvalidError({ amount })
  const account = parameters.account ?? client.account
  const receiver = parameters.to ?? (account ? parseAccount(account).address : undefined)
  if (!receiver) throw new InvalidAddressParameterError({ parameter: 'to', value: undefined })

  const call = (await isBaseToken(client, token))
    ? {
        to: L2_BASE_TOKEN_ADDRESS,
        data: encodeFunctionData({ abi: l2BaseTokenAbi, functionName: 'withdraw', args: [receiver] }),
        value: amount,
      }
    : await assetRouterWithdrawal(client, token, amount, receiver)
  const request: PrepareWithdrawReturnType = withOverrides(call, { ...parameters, account, chain: client.chain })
  if (gas !== undefined) request.gas = gas
  return request
}

/** `0x…800a`, or ETH on an ETH-based chain (the chain definition says, or `zks_getBaseTokenL1Address`). */
async function isBaseToken(client: Client<Transport, Chain | undefined>, token: Address): Promise<boolean> {
  if (isAddressEqual(token, L2_BASE_TOKEN_ADDRESS)) return true
  if (!isEth(token)) return false
  const known = getZksyncConfig(client.chain)?.contracts.baseToken
  const baseToken =
    known ?? ((await client.request({ method: 'zks_getBaseTokenL1Address' } as never)) as Address | undefined)
  return baseToken !== undefined && isEth(baseToken)
}

async function assetRouterWithdrawal(
  client: Client<Transport, Chain | undefined>,
  token: Address,
  amount: bigint,
  receiver: Address,
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
  const assetId = await read({
    address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
    abi: l2NativeTokenVaultAbi,
    functionName: 'assetId',
    args: [l2Token],
  })
  if (assetId === zeroHash) throw new WithdrawalTokenNotFoundError({ token })
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
