import { type Hex, hexToBigInt } from 'viem'
import type { FeeParams } from './deriveL2GasPrice.js'

const UINT32 = (1n << 32n) - 1n
const UINT64 = (1n << 64n) - 1n

/**
 * Unpacks a chain's `FeeParams` from the word at its diamond's storage slot 38 (`FEE_PARAMS_STORAGE_SLOT`), which no
 * getter exposes: `pubdataPricingMode` (uint8) in the lowest byte, then `batchOverheadL1Gas`, `maxPubdataPerBatch`,
 * `maxL2GasPerBatch`, `priorityTxMaxPubdata` (uint32 each) and `minimalL2GasPrice` (uint64).
 *
 * @example
 * import { decodeFeeParams } from 'zksync-l1-actions/utils'
 *
 * // Slot 38 (0x26) of the ZKsync Era diamond.
 * const word = await publicClient.getStorageAt({ address: '0x32400084C286CF3E17e7B677ea9583e60a000324', slot: '0x26' })
 * const feeParams = decodeFeeParams(word ?? '0x0')
 */
export function decodeFeeParams(word: Hex): FeeParams {
  const value = hexToBigInt(word)
  return {
    pubdataPricingMode: Number(value & 0xffn),
    batchOverheadL1Gas: (value >> 8n) & UINT32,
    maxPubdataPerBatch: (value >> 40n) & UINT32,
    maxL2GasPerBatch: (value >> 72n) & UINT32,
    priorityTxMaxPubdata: (value >> 104n) & UINT32,
    minimalL2GasPrice: (value >> 136n) & UINT64,
  }
}
