import type { Address, Chain, Client, ReadContractErrorType, Transport } from 'viem'
import { readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { l2AssetRouterAbi } from '../abis/l2AssetRouter.js'
import { L2_ASSET_ROUTER_ADDRESS } from '../constants/addresses.js'
import type { ErrorType } from '../errors/base.js'
import type { InvalidAddressParameterErrorType } from '../errors/common.js'
import { normalizeToken } from '../utils/normalizeToken.js'
import { assertAddress } from './internal/assertParameters.js'

export type GetL2TokenAddressParameters = {
  /** The L1 token; ETH as `0x…00` or `0x…01`. */
  token: Address
}

/**
 * The token's address on the L2: `0x…800a` for the chain's base token, otherwise the address of the
 * bridged token (the address it will have when it is first deposited, if it has not been yet).
 */
export type GetL2TokenAddressReturnType = Address

export type GetL2TokenAddressErrorType = InvalidAddressParameterErrorType | ReadContractErrorType | ErrorType

/**
 * Returns the L2 address of an L1 token, as the L2AssetRouter computes it: the token that `withdraw`
 * takes and that a deposit credits. One `eth_call` on the L2.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { zksync } from 'zksync-l1-actions/chains'
 * import { getL2TokenAddress } from 'zksync-l1-actions'
 *
 * const l2 = createPublicClient({ chain: zksync, transport: http() })
 * const usdc = await getL2TokenAddress(l2, { token: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' })
 */
export async function getL2TokenAddress<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL2TokenAddressParameters,
): Promise<GetL2TokenAddressReturnType> {
  assertAddress('token', parameters.token)
  return getAction(
    client,
    readContract,
    'readContract',
  )({
    address: L2_ASSET_ROUTER_ADDRESS,
    abi: l2AssetRouterAbi,
    functionName: 'l2TokenAddress',
    args: [normalizeToken(parameters.token)],
  })
}
