import { type Address, encodeAbiParameters, type Hex, keccak256 } from 'viem'
import { L2_NATIVE_TOKEN_VAULT_ADDRESS } from '../constants/addresses.js'
import { normalizeToken } from './normalizeToken.js'

export type GetNtvAssetIdParameters = {
  /** Chain on which the token is native (for an L1 token: the L1 chain id). */
  originChainId: bigint | number
  /** The token's address on its origin chain; ETH may be given as `0x…00` or `0x…01`. */
  token: Address
}

/**
 * The asset id of a native-token-vault asset, as `DataEncoding.encodeNTVAssetId` computes it:
 * `keccak256(abi.encode(uint256 originChainId, address 0x…10004, address token))`.
 * ETH given as the zero address is encoded as `0x…01`, as the contracts do.
 *
 * @example
 * import { getNtvAssetId } from 'zksync-l1-actions/utils'
 *
 * getNtvAssetId({ originChainId: 1n, token: '0x0000000000000000000000000000000000000001' })
 * // '0x05e1c3ae4b9732444ae25217ac7666e46fa365fee1768de00c9fcb65532b7609'
 */
export function getNtvAssetId({ originChainId, token }: GetNtvAssetIdParameters): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [BigInt(originChainId), L2_NATIVE_TOKEN_VAULT_ADDRESS, normalizeToken(token)],
    ),
  )
}
