import type { Hex } from 'viem'

// First byte of a second-bridge calldata or of a deposit data hash preimage, from
// `l1-contracts/contracts/bridge/asset-router/IAssetRouterBase.sol`.

/** Legacy encoding: `abi.encode(token, amount, l2Receiver)` (`LEGACY_ENCODING_VERSION`). */
export const LEGACY_ENCODING_VERSION = '0x00' as const satisfies Hex

/** Asset-id encoding: `0x01 ‖ abi.encode(assetId, transferData)` (`NEW_ENCODING_VERSION`). */
export const NEW_ENCODING_VERSION = '0x01' as const satisfies Hex

// Selectors that open an L2->L1 withdrawal message, as `L1Nullifier._parseL2WithdrawalMessage` dispatches on them
// (`l1-contracts/contracts/bridge/L1Nullifier.sol`).

/** Base-token withdrawal from `L2BaseToken` (`IMailbox.finalizeEthWithdrawal.selector`). */
export const BASE_TOKEN_WITHDRAWAL_SELECTOR = '0x6c0960f9' as const satisfies Hex

/** Asset-router withdrawal from `L2AssetRouter` (`IAssetRouterBase.finalizeDeposit(uint256,bytes32,bytes)` selector). */
export const ASSET_ROUTER_WITHDRAWAL_SELECTOR = '0x9c884fd1' as const satisfies Hex

/** Legacy ERC-20 withdrawal from a legacy L2 shared bridge (`IL1ERC20Bridge.finalizeWithdrawal.selector`). */
export const LEGACY_ERC20_WITHDRAWAL_SELECTOR = '0x11a2ccc1' as const satisfies Hex

/** Minimum length in bytes of a base-token withdrawal message: selector, receiver, amount (`L1Nullifier.sol`). */
export const BASE_TOKEN_WITHDRAWAL_MESSAGE_MIN_LENGTH = 56

/** Exact length in bytes of a legacy ERC-20 withdrawal message: selector, receiver, token, amount (`L1Nullifier.sol`). */
export const LEGACY_ERC20_WITHDRAWAL_MESSAGE_LENGTH = 76

/** Minimum length in bytes of an asset-router withdrawal message: selector, chain id, asset id (`L1Nullifier.sol`). */
export const ASSET_ROUTER_WITHDRAWAL_MESSAGE_MIN_LENGTH = 68
