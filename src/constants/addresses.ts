import type { Address } from 'viem'

/** ETH as most SDKs accept it from users (the zero address). Never sent to the contracts as is. */
export const ETH_ADDRESS_LEGACY = '0x0000000000000000000000000000000000000000' as const satisfies Address

/** ETH inside the contracts' encodings: `ETH_TOKEN_ADDRESS = address(1)` (`l1-contracts/contracts/common/Config.sol`). */
export const ETH_TOKEN_ADDRESS = '0x0000000000000000000000000000000000000001' as const satisfies Address

/** The bootloader, sender of the L2->L1 status log of every priority transaction (`L2ContractAddresses.sol`, `0x8001`). */
export const L2_BOOTLOADER_ADDRESS = '0x0000000000000000000000000000000000008001' as const satisfies Address

/** The L1Messenger system contract, which emits `L1MessageSent` (`L2ContractAddresses.sol`, `0x8008`). */
export const L1_MESSENGER_ADDRESS = '0x0000000000000000000000000000000000008008' as const satisfies Address

/** `L2BaseToken`, the base token's L2 balance and the sender of its withdrawal messages (`L2ContractAddresses.sol`, `0x800a`). */
export const L2_BASE_TOKEN_ADDRESS = '0x000000000000000000000000000000000000800A' as const satisfies Address

/** The L2 Bridgehub (`L2ContractAddresses.sol`, `USER_CONTRACTS_OFFSET + 0x02`). */
export const L2_BRIDGEHUB_ADDRESS = '0x0000000000000000000000000000000000010002' as const satisfies Address

/** `L2AssetRouter`, the sender of ERC-20 withdrawal messages (`L2ContractAddresses.sol`, `USER_CONTRACTS_OFFSET + 0x03`). */
export const L2_ASSET_ROUTER_ADDRESS = '0x0000000000000000000000000000000000010003' as const satisfies Address

/** `L2NativeTokenVault`; part of every NTV asset id (`L2ContractAddresses.sol`, `USER_CONTRACTS_OFFSET + 0x04`). */
export const L2_NATIVE_TOKEN_VAULT_ADDRESS = '0x0000000000000000000000000000000000010004' as const satisfies Address

/** The L2 MessageRoot (`L2ContractAddresses.sol`, `USER_CONTRACTS_OFFSET + 0x05`). */
export const L2_MESSAGE_ROOT_ADDRESS = '0x0000000000000000000000000000000000010005' as const satisfies Address

/** Added (mod 2^160) to an L1 sender that is not `tx.origin` (`l1-contracts/contracts/vendor/AddressAliasHelper.sol`). */
export const L1_TO_L2_ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
