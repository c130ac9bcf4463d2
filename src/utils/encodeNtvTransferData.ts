import { type Address, encodeAbiParameters, type Hex } from 'viem'

export type EncodeNtvTransferDataParameters = {
  amount: bigint
  /** The receiver on the other side: the L2 receiver of a deposit, the L1 receiver of a withdrawal. */
  receiver: Address
  /** The token, or the zero address when the asset id alone identifies it. Encoded as given. */
  token: Address
}

/**
 * The native token vault's transfer ("burn") data, `abi.encode(uint256 amount, address receiver, address token)`
 * (`DataEncoding.encodeBridgeBurnData`): the inner data of a `0x01` deposit, the `assetData` of
 * `L2AssetRouter.withdraw(assetId, assetData)` and of `bridgeRecoverFailedTransfer`.
 *
 * @example
 * import { encodeNtvTransferData } from 'zksync-l1-actions/utils'
 *
 * const assetData = encodeNtvTransferData({
 *   amount: 10n ** 18n,
 *   receiver: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
 *   token: '0x0000000000000000000000000000000000000000',
 * })
 */
export function encodeNtvTransferData({ amount, receiver, token }: EncodeNtvTransferDataParameters): Hex {
  return encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }, { type: 'address' }], [amount, receiver, token])
}
