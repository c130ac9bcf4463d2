import { type Address, decodeAbiParameters, type Hex, sliceHex } from 'viem'
import { LEGACY_ENCODING_VERSION, NEW_ENCODING_VERSION } from '../constants/encoding.js'

export type DecodeSecondBridgeCalldataReturnType =
  | { encoding: 'legacy'; token: Address; amount: bigint; l2Receiver: Address }
  | {
      encoding: 'assetId'
      assetId: Hex
      /** The raw transfer data; `amount`, `l2Receiver` and `token` are its three words. */
      transferData: Hex
      amount: bigint
      l2Receiver: Address
      token: Address
    }
  /** A first byte the L1AssetRouter does not deposit with (`0x02` sets an asset handler; others revert). */
  | { encoding: 'unknown'; version: Hex }

/**
 * Decodes the `secondBridgeCalldata` of a TwoBridges deposit through the L1AssetRouter: the inverse of
 * `encodeSecondBridgeCalldata`. Throws viem's decoding error if the data is too short for its encoding.
 *
 * @example
 * import { decodeSecondBridgeCalldata, encodeSecondBridgeCalldata } from 'zksync-l1-actions/utils'
 *
 * const calldata = encodeSecondBridgeCalldata({
 *   encoding: 'legacy',
 *   token: '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575',
 *   amount: 1000n,
 *   l2Receiver: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
 * })
 * const decoded = decodeSecondBridgeCalldata(calldata)
 * if (decoded.encoding === 'legacy') console.log(decoded.token, decoded.amount) // '0xb727…E575', 1000n
 */
export function decodeSecondBridgeCalldata(data: Hex): DecodeSecondBridgeCalldataReturnType {
  const version = sliceHex(data, 0, 1)
  if (version === LEGACY_ENCODING_VERSION) {
    const [token, amount, l2Receiver] = decodeAbiParameters(
      [{ type: 'address' }, { type: 'uint256' }, { type: 'address' }],
      data,
    )
    return { encoding: 'legacy', token, amount, l2Receiver }
  }
  if (version === NEW_ENCODING_VERSION) {
    const [assetId, transferData] = decodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes' }], sliceHex(data, 1))
    const [amount, l2Receiver, token] = decodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      transferData,
    )
    return { encoding: 'assetId', assetId, transferData, amount, l2Receiver, token }
  }
  return { encoding: 'unknown', version }
}
