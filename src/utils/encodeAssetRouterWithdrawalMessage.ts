import { type Address, concatHex, encodeAbiParameters, encodePacked, type Hex } from 'viem'
import { ASSET_ROUTER_WITHDRAWAL_SELECTOR } from '../constants/encoding.js'

export type EncodeAssetRouterWithdrawalMessageParameters = {
  /** The L2 chain the withdrawal starts on (`block.chainid` there; ignored on L1). */
  l2ChainId: bigint
  assetId: Hex
  /** The L2 caller of `withdraw`. */
  originalCaller: Address
  l1Receiver: Address
  /** The token on its origin chain. */
  originToken: Address
  amount: bigint
  /** `0x01 ‖ abi.encode(originChainId, name, symbol, decimals)` as the L2 vault builds it. */
  erc20Metadata: Hex
}

/**
 * The L2->L1 message `L2AssetRouter` (`0x…10003`) sends for a withdrawal (`_getAssetRouterWithdrawMessage`):
 * `0x9c884fd1 ‖ uint256 l2ChainId ‖ bytes32 assetId ‖ abi.encode(originalCaller, l1Receiver, originToken, amount,
 * erc20Metadata)`, packed (no offset word before the mint data).
 *
 * @example
 * import { encodeAssetRouterWithdrawalMessage } from 'zksync-l1-actions/utils'
 *
 * const message = encodeAssetRouterWithdrawalMessage({
 *   l2ChainId: 324n,
 *   assetId: '0x05e1c3ae4b9732444ae25217ac7666e46fa365fee1768de00c9fcb65532b7609',
 *   originalCaller: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
 *   l1Receiver: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
 *   originToken: '0x0000000000000000000000000000000000000001',
 *   amount: 10n ** 18n,
 *   erc20Metadata: '0x',
 * })
 */
export function encodeAssetRouterWithdrawalMessage({
  l2ChainId,
  assetId,
  originalCaller,
  l1Receiver,
  originToken,
  amount,
  erc20Metadata,
}: EncodeAssetRouterWithdrawalMessageParameters): Hex {
  return concatHex([
    encodePacked(['bytes4', 'uint256', 'bytes32'], [ASSET_ROUTER_WITHDRAWAL_SELECTOR, l2ChainId, assetId]),
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
      [originalCaller, l1Receiver, originToken, amount, erc20Metadata],
    ),
  ])
}
