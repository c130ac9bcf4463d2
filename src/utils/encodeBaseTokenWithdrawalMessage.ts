import { type Address, encodePacked, type Hex } from 'viem'
import { BASE_TOKEN_WITHDRAWAL_SELECTOR } from '../constants/encoding.js'

export type EncodeBaseTokenWithdrawalMessageParameters = {
  l1Receiver: Address
  amount: bigint
} & (
  | { l2Sender?: undefined; additionalData?: undefined }
  /** The `withdrawWithMessage` form: the L2 caller, then the additional data (empty if omitted). */
  | { l2Sender: Address; additionalData?: Hex | undefined }
)

/**
 * The L2->L1 message `L2BaseToken` (`0x…800a`) sends for a base-token withdrawal:
 * `0x6c0960f9 ‖ l1Receiver (20 B) ‖ amount (32 B)`, 56 bytes; `withdrawWithMessage` appends `l2Sender (20 B)` and the
 * additional data.
 *
 * @example
 * import { encodeBaseTokenWithdrawalMessage } from 'zksync-l1-actions/utils'
 *
 * encodeBaseTokenWithdrawalMessage({ l1Receiver: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: 10n ** 18n })
 * // '0x6c0960f970997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000000000000de0b6b3a7640000'
 */
export function encodeBaseTokenWithdrawalMessage({
  l1Receiver,
  amount,
  l2Sender,
  additionalData,
}: EncodeBaseTokenWithdrawalMessageParameters): Hex {
  if (l2Sender === undefined)
    return encodePacked(['bytes4', 'address', 'uint256'], [BASE_TOKEN_WITHDRAWAL_SELECTOR, l1Receiver, amount])
  return encodePacked(
    ['bytes4', 'address', 'uint256', 'address', 'bytes'],
    [BASE_TOKEN_WITHDRAWAL_SELECTOR, l1Receiver, amount, l2Sender, additionalData ?? '0x'],
  )
}
