import { type Address, concatHex, encodeAbiParameters, type Hex } from 'viem'
import { NEW_ENCODING_VERSION } from '../constants/encoding.js'
import { encodeNtvTransferData } from './encodeNtvTransferData.js'
import { normalizeToken } from './normalizeToken.js'

export type EncodeSecondBridgeCalldataParameters =
  | {
      /** `abi.encode(token, amount, l2Receiver)`: L1-native tokens only; registers a new token on first use. */
      encoding: 'legacy'
      /** The L1 token; ETH may be given as `0x…00` or `0x…01` (encoded as `0x…01`). */
      token: Address
      amount: bigint
      l2Receiver: Address
    }
  | {
      /** `0x01 ‖ abi.encode(assetId, abi.encode(amount, l2Receiver, token))`: any native-token-vault asset. */
      encoding: 'assetId'
      assetId: Hex
      amount: bigint
      l2Receiver: Address
      /** The token on L1, or the zero address for an already registered asset. Encoded as given. */
      token: Address
    }

/**
 * The `secondBridgeCalldata` of `Bridgehub.requestL2TransactionTwoBridges` when the second bridge is the
 * L1AssetRouter (`L1AssetRouter.bridgehubDeposit` dispatches on its first byte).
 *
 * @example
 * import { encodeSecondBridgeCalldata } from 'zksync-l1-actions/utils'
 *
 * const secondBridgeCalldata = encodeSecondBridgeCalldata({
 *   encoding: 'assetId',
 *   assetId: '0x05e1c3ae4b9732444ae25217ac7666e46fa365fee1768de00c9fcb65532b7609',
 *   amount: 10n ** 18n,
 *   l2Receiver: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
 *   token: '0x0000000000000000000000000000000000000001',
 * })
 */
export function encodeSecondBridgeCalldata(parameters: EncodeSecondBridgeCalldataParameters): Hex {
  if (parameters.encoding === 'legacy')
    return encodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'address' }],
      [normalizeToken(parameters.token), parameters.amount, parameters.l2Receiver],
    )
  return concatHex([
    NEW_ENCODING_VERSION,
    encodeAbiParameters(
      [{ type: 'bytes32' }, { type: 'bytes' }],
      [
        parameters.assetId,
        encodeNtvTransferData({ amount: parameters.amount, receiver: parameters.l2Receiver, token: parameters.token }),
      ],
    ),
  ])
}
