import { type Address, getAddress, hexToBigInt, numberToHex } from 'viem'
import { L1_TO_L2_ALIAS_OFFSET } from '../constants/addresses.js'

const ADDRESS_MODULUS = 1n << 160n

/**
 * The address an L1 contract (or any sender that is not `tx.origin`) has on L2:
 * `(address + 0x1111000000000000000000000000000000001111) mod 2^160` (`AddressAliasHelper.applyL1ToL2Alias`).
 *
 * @example
 * import { applyL1ToL2Alias } from 'zksync-l1-actions/utils'
 *
 * applyL1ToL2Alias('0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6')
 * // '0x338AB7A0A67DB372996A5Fab50d91eAA73D2Fcf7'
 */
export function applyL1ToL2Alias(address: Address): Address {
  return toAddress(hexToBigInt(address) + L1_TO_L2_ALIAS_OFFSET)
}

/**
 * The L1 address behind an aliased L2 sender: `(address - 0x1111000000000000000000000000000000001111) mod 2^160`
 * (`AddressAliasHelper.undoL1ToL2Alias`).
 *
 * @example
 * import { undoL1ToL2Alias } from 'zksync-l1-actions/utils'
 *
 * undoL1ToL2Alias('0x338AB7A0A67DB372996A5Fab50d91eAA73D2Fcf7')
 * // '0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6'
 */
export function undoL1ToL2Alias(address: Address): Address {
  return toAddress(hexToBigInt(address) - L1_TO_L2_ALIAS_OFFSET)
}

function toAddress(value: bigint): Address {
  const wrapped = ((value % ADDRESS_MODULUS) + ADDRESS_MODULUS) % ADDRESS_MODULUS
  return getAddress(numberToHex(wrapped, { size: 20 }))
}
