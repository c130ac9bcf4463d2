import { type Address, decodeAbiParameters, getAddress, type Hex, hexToBigInt, size, sliceHex } from 'viem'
import {
  ASSET_ROUTER_WITHDRAWAL_MESSAGE_MIN_LENGTH,
  ASSET_ROUTER_WITHDRAWAL_SELECTOR,
  BASE_TOKEN_WITHDRAWAL_MESSAGE_MIN_LENGTH,
  BASE_TOKEN_WITHDRAWAL_SELECTOR,
  LEGACY_ERC20_WITHDRAWAL_MESSAGE_LENGTH,
  LEGACY_ERC20_WITHDRAWAL_SELECTOR,
} from '../constants/encoding.js'

export type ParseWithdrawalMessageReturnType =
  | {
      /** From `L2BaseToken` (`0x…800a`): `withdraw` or `withdrawWithMessage`. */
      kind: 'base-token'
      l1Receiver: Address
      amount: bigint
      /** Only in the `withdrawWithMessage` form (message of 76 bytes or more). */
      l2Sender: Address | undefined
      additionalData: Hex | undefined
    }
  | {
      /** From `L2AssetRouter` (`0x…10003`), with native-token-vault mint data. */
      kind: 'asset-router'
      l2ChainId: bigint
      assetId: Hex
      originalCaller: Address
      l1Receiver: Address
      originToken: Address
      amount: bigint
      erc20Metadata: Hex
    }
  | {
      /** From a legacy L2 shared bridge or a custom bridge: exactly 76 bytes. */
      kind: 'legacy-erc20'
      l1Receiver: Address
      l1Token: Address
      amount: bigint
    }
  | {
      /** Anything else, including a known selector with a length the L1 contracts reject, or non-NTV mint data. */
      kind: 'unknown'
      /** The first four bytes (fewer if the message is shorter). */
      selector: Hex
    }

/**
 * Reads an L2->L1 withdrawal message the way `L1Nullifier._parseL2WithdrawalMessage` dispatches on it: `0x6c0960f9`
 * base token (≥ 56 bytes), `0x9c884fd1` asset router (≥ 68 bytes, NTV mint data), `0x11a2ccc1` legacy ERC-20
 * (exactly 76 bytes). Never throws.
 *
 * @example
 * import { parseWithdrawalMessage } from 'zksync-l1-actions/utils'
 *
 * const parsed = parseWithdrawalMessage(
 *   '0x6c0960f970997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000000000000de0b6b3a7640000',
 * )
 * if (parsed.kind === 'base-token') console.log(parsed.l1Receiver, parsed.amount) // '0x7099…79C8', 10n ** 18n
 */
export function parseWithdrawalMessage(message: Hex): ParseWithdrawalMessageReturnType {
  const length = size(message)
  const selector = sliceHex(message, 0, Math.min(4, length)).toLowerCase() as Hex

  if (selector === BASE_TOKEN_WITHDRAWAL_SELECTOR && length >= BASE_TOKEN_WITHDRAWAL_MESSAGE_MIN_LENGTH) {
    const extended = length >= BASE_TOKEN_WITHDRAWAL_MESSAGE_MIN_LENGTH + 20
    const additionalData: Hex = length > BASE_TOKEN_WITHDRAWAL_MESSAGE_MIN_LENGTH + 20 ? sliceHex(message, 76) : '0x'
    return {
      kind: 'base-token',
      l1Receiver: getAddress(sliceHex(message, 4, 24)),
      amount: hexToBigInt(sliceHex(message, 24, 56)),
      l2Sender: extended ? getAddress(sliceHex(message, 56, 76)) : undefined,
      additionalData: extended ? additionalData : undefined,
    }
  }

  if (selector === LEGACY_ERC20_WITHDRAWAL_SELECTOR && length === LEGACY_ERC20_WITHDRAWAL_MESSAGE_LENGTH)
    return {
      kind: 'legacy-erc20',
      l1Receiver: getAddress(sliceHex(message, 4, 24)),
      l1Token: getAddress(sliceHex(message, 24, 44)),
      amount: hexToBigInt(sliceHex(message, 44, 76)),
    }

  if (selector === ASSET_ROUTER_WITHDRAWAL_SELECTOR && length >= ASSET_ROUTER_WITHDRAWAL_MESSAGE_MIN_LENGTH) {
    try {
      const [originalCaller, l1Receiver, originToken, amount, erc20Metadata] = decodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
        sliceHex(message, ASSET_ROUTER_WITHDRAWAL_MESSAGE_MIN_LENGTH),
      )
      return {
        kind: 'asset-router',
        l2ChainId: hexToBigInt(sliceHex(message, 4, 36)),
        assetId: sliceHex(message, 36, 68),
        originalCaller,
        l1Receiver,
        originToken,
        amount,
        erc20Metadata,
      }
    } catch {
      return { kind: 'unknown', selector }
    }
  }

  return { kind: 'unknown', selector }
}
