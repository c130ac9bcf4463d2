import { type Address, encodePacked, type Hex } from 'viem'
import { LEGACY_ERC20_WITHDRAWAL_SELECTOR } from '../constants/encoding.js'

export type EncodeLegacyErc20WithdrawalMessageParameters = {
  l1Receiver: Address
  l1Token: Address
  amount: bigint
}

/**
 * The 76-byte L2->L1 message of a legacy ERC-20 withdrawal, sent by a chain's legacy L2 shared bridge (Era) or a
 * custom bridge: `0x11a2ccc1 ‖ l1Receiver (20 B) ‖ l1Token (20 B) ‖ amount (32 B)`.
 *
 * @example
 * import { encodeLegacyErc20WithdrawalMessage } from 'zksync-l1-actions/utils'
 *
 * const message = encodeLegacyErc20WithdrawalMessage({
 *   l1Receiver: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
 *   l1Token: '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575',
 *   amount: 10n ** 18n,
 * })
 */
export function encodeLegacyErc20WithdrawalMessage({
  l1Receiver,
  l1Token,
  amount,
}: EncodeLegacyErc20WithdrawalMessageParameters): Hex {
  return encodePacked(
    ['bytes4', 'address', 'address', 'uint256'],
    [LEGACY_ERC20_WITHDRAWAL_SELECTOR, l1Receiver, l1Token, amount],
  )
}
