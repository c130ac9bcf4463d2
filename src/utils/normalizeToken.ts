import type { Address } from 'viem'
import { ETH_TOKEN_ADDRESS } from '../constants/addresses.js'
import { isEth } from './isEth.js'

/**
 * The token address as the contracts encode it: ETH (`0x…00` or `0x…01`) becomes `ETH_TOKEN_ADDRESS` (`0x…01`); any
 * other address is returned unchanged.
 *
 * @example
 * import { normalizeToken } from 'zksync-l1-actions/utils'
 *
 * normalizeToken('0x0000000000000000000000000000000000000000') // '0x0000000000000000000000000000000000000001'
 * normalizeToken('0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575') // unchanged
 */
export function normalizeToken(token: Address): Address {
  return isEth(token) ? ETH_TOKEN_ADDRESS : token
}
