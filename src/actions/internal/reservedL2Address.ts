import { type Address, hexToBigInt } from 'viem'

/** Highest L2 address reserved for precompiles, system contracts (`0x8000`–`0xffff`) and built-ins (`0x10000`…). */
const MAX_RESERVED_L2_ADDRESS = 0x1ffffn

/**
 * Internal: whether an L2 address is reserved by the protocol: precompiles and kernel/system contracts up to `0xffff`
 * (`MAX_SYSTEM_CONTRACT_ADDRESS`), and the built-in contracts from `0x10000` (`USER_CONTRACTS_OFFSET`: create2 factory,
 * L2 Bridgehub `0x10002`, L2AssetRouter `0x10003`, L2NativeTokenVault `0x10004`, L2MessageRoot `0x10005`, …). None of
 * them can hold a user's deposit.
 */
export function isReservedL2Address(address: Address): boolean {
  return hexToBigInt(address) <= MAX_RESERVED_L2_ADDRESS
}
