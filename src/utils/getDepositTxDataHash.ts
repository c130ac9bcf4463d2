import { type Address, concatHex, encodeAbiParameters, type Hex, keccak256 } from 'viem'
import { NEW_ENCODING_VERSION } from '../constants/encoding.js'
import { normalizeToken } from './normalizeToken.js'

export type GetDepositTxDataHashParameters =
  | {
      /** A deposit made with the legacy second-bridge calldata. */
      encoding: 'legacy'
      /** The L1 caller of the Bridgehub (not aliased). */
      sender: Address
      /** The L1 token; ETH may be given as `0x…00` or `0x…01` (hashed as `0x…01`, like `NTV.tokenAddress`). */
      token: Address
      amount: bigint
    }
  | {
      /** A deposit made with the `0x01` second-bridge calldata. */
      encoding: 'assetId'
      sender: Address
      assetId: Hex
      /** The exact transfer data of the deposit (for NTV assets `abi.encode(amount, l2Receiver, token)`). */
      transferData: Hex
    }

/**
 * The deposit record the L1Nullifier stores in `depositHappened[chainId][l2TxHash]` for a TwoBridges deposit, as
 * `DataEncoding.encodeTxDataHash` computes it: legacy `keccak256(abi.encode(sender, token, amount))`, or
 * `keccak256(0x01 ‖ abi.encode(sender, assetId, transferData))`. A failed deposit can only be claimed with data that
 * hashes to it.
 *
 * @example
 * import { getDepositTxDataHash } from 'zksync-l1-actions/utils'
 *
 * getDepositTxDataHash({
 *   encoding: 'legacy',
 *   sender: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 *   token: '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575',
 *   amount: 12345n,
 * })
 * // '0x8e3f858820d47156f1773529e0ccc7154f153736d46796a2e08f3255b3d6dd6f'
 */
export function getDepositTxDataHash(parameters: GetDepositTxDataHashParameters): Hex {
  if (parameters.encoding === 'legacy')
    return keccak256(
      encodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'uint256' }],
        [parameters.sender, normalizeToken(parameters.token), parameters.amount],
      ),
    )
  return keccak256(
    concatHex([
      NEW_ENCODING_VERSION,
      encodeAbiParameters(
        [{ type: 'address' }, { type: 'bytes32' }, { type: 'bytes' }],
        [parameters.sender, parameters.assetId, parameters.transferData],
      ),
    ]),
  )
}
