import type { Address, Chain, Client, ReadContractErrorType, Transport } from 'viem'
import { readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { erc20Abi } from '../abis/erc20.js'
import { MAX_UINT256 } from '../constants/numbers.js'
import type { ErrorType } from '../errors/base.js'
import type { InvalidAddressParameterErrorType } from '../errors/common.js'
import { isEth } from '../utils/isEth.js'
import {
  assertL2TargetParameters,
  type GetL1ContractsErrorType,
  getL1Contracts,
  type L2TargetParameters,
} from './getL1Contracts.js'
import { assertAddress } from './internal/assertParameters.js'

export type GetL1AllowanceParameters = {
  /** The L1 token. ETH (`0x…00` or `0x…01`) needs no allowance: the answer is `2^256 - 1` without a request. */
  token: Address
  owner: Address
  /** Defaults to the L1NativeTokenVault of the target chain, the spender of every deposit. */
  spender?: Address | undefined
} & L2TargetParameters

export type GetL1AllowanceReturnType = bigint

export type GetL1AllowanceErrorType =
  | GetL1ContractsErrorType
  | InvalidAddressParameterErrorType
  | ReadContractErrorType
  | ErrorType

/**
 * The L1 allowance `owner` gave `spender` (by default the L1NativeTokenVault, which pulls the tokens of a deposit).
 *
 * @example
 * import { getL1Allowance } from 'zksync-l1-actions'
 *
 * const allowance = await getL1Allowance(publicClient, {
 *   chainId: 324,
 *   token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
 *   owner: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 * })
 */
export async function getL1Allowance<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL1AllowanceParameters,
): Promise<GetL1AllowanceReturnType> {
  const { token, owner } = parameters
  assertAddress('token', token)
  assertAddress('owner', owner)
  assertAddress('spender', parameters.spender, { optional: true })
  assertL2TargetParameters(parameters)
  if (isEth(token)) return MAX_UINT256
  const spender = parameters.spender ?? (await getL1Contracts(client, parameters)).l1NativeTokenVault
  return getAction(
    client,
    readContract,
    'readContract',
  )({ address: token, abi: erc20Abi, functionName: 'allowance', args: [owner, spender] })
}
