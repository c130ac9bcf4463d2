import type { Address, Chain, Client, GetBalanceErrorType, ReadContractErrorType, Transport } from 'viem'
import { getBalance, readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { erc20Abi } from '../abis/erc20.js'
import type { ErrorType } from '../errors/base.js'
import type { InvalidAddressParameterErrorType } from '../errors/common.js'
import { isEth } from '../utils/isEth.js'
import { assertAddress } from './internal/assertParameters.js'

export type GetL1TokenBalanceParameters = {
  /** The L1 token; ETH as `0x…00` or `0x…01`. */
  token: Address
  owner: Address
}

export type GetL1TokenBalanceReturnType = bigint

export type GetL1TokenBalanceErrorType =
  | GetBalanceErrorType
  | InvalidAddressParameterErrorType
  | ReadContractErrorType
  | ErrorType

/**
 * The L1 balance of a token (ERC-20 `balanceOf`, or `eth_getBalance` for ETH).
 *
 * @example
 * import { getL1TokenBalance } from 'zksync-l1-actions'
 *
 * const balance = await getL1TokenBalance(publicClient, {
 *   token: '0x0000000000000000000000000000000000000000',
 *   owner: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 * })
 */
export async function getL1TokenBalance<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL1TokenBalanceParameters,
): Promise<GetL1TokenBalanceReturnType> {
  const { token, owner } = parameters
  assertAddress('token', token)
  assertAddress('owner', owner)
  if (isEth(token)) return getAction(client, getBalance, 'getBalance')({ address: owner })
  return getAction(
    client,
    readContract,
    'readContract',
  )({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}
