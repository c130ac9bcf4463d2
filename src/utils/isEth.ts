import { ETH_ADDRESS_LEGACY, ETH_TOKEN_ADDRESS } from '../constants/addresses.js'

/**
 * Whether a token address means ETH: the zero address most SDKs accept, or `0x…01`, the contracts' `ETH_TOKEN_ADDRESS`.
 * Case-insensitive.
 *
 * @example
 * import { isEth } from 'zksync-l1-actions/utils'
 *
 * isEth('0x0000000000000000000000000000000000000000') // true
 * isEth('0x0000000000000000000000000000000000000001') // true
 * isEth('0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575') // false
 */
export function isEth(token: string): boolean {
  const lower = token.toLowerCase()
  return lower === ETH_ADDRESS_LEGACY || lower === ETH_TOKEN_ADDRESS
}
