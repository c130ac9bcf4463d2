import {
  L1_TX_DELTA_544_ENCODING_BYTES,
  L1_TX_DELTA_FACTORY_DEPS_L2_GAS,
  L1_TX_DELTA_FACTORY_DEPS_PUBDATA,
  L1_TX_INTRINSIC_L2_GAS,
  L1_TX_INTRINSIC_PUBDATA,
  L1_TX_MIN_L2_GAS_BASE,
  MEMORY_OVERHEAD_GAS,
  REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
  TX_SLOT_OVERHEAD_L2_GAS,
} from '../constants/gas.js'

export type GetMinimumL2GasLimitParameters = {
  /** Length in bytes of the L2 calldata (`0` for a plain base-token deposit). */
  calldataLength: number
  /** Number of factory dependencies. Default `0`. */
  factoryDepsCount?: number | undefined
  /** The request's `l2GasPerPubdataByteLimit`. Default `800n`, the only value the Mailbox accepts. */
  gasPerPubdata?: bigint | undefined
}

/**
 * The smallest `l2GasLimit` the Mailbox accepts for a priority transaction, as `TransactionValidator` checks it:
 * `max(10000, 10 * encLen)` of overhead plus `max(167157 + ceil(encLen * 1656 / 544) + 2473 * deps, 173484)
 * + gasPerPubdata * (88 + 64 * deps)`, where `encLen = abi.encode(L2CanonicalTransaction).length`. Below it the
 * request reverts `TxnBodyGasLimitNotEnoughGas` or `ValidateTxnNotEnoughGas`. It is an acceptance floor only: the L2
 * execution may need more.
 *
 * @example
 * import { getMinimumL2GasLimit } from 'zksync-l1-actions/utils'
 *
 * getMinimumL2GasLimit({ calldataLength: 0 }) // 253884n
 * getMinimumL2GasLimit({ calldataLength: 676 }) // 258924n
 */
export function getMinimumL2GasLimit({
  calldataLength,
  factoryDepsCount = 0,
  gasPerPubdata = REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
}: GetMinimumL2GasLimitParameters): bigint {
  const deps = BigInt(factoryDepsCount)
  const encodingLength = getL2CanonicalTransactionEncodingLength(calldataLength, factoryDepsCount)

  const overhead = max(TX_SLOT_OVERHEAD_L2_GAS, MEMORY_OVERHEAD_GAS * encodingLength)
  const computation = max(
    L1_TX_INTRINSIC_L2_GAS +
      ceilDiv(encodingLength * L1_TX_DELTA_544_ENCODING_BYTES, 544n) +
      deps * L1_TX_DELTA_FACTORY_DEPS_L2_GAS,
    L1_TX_MIN_L2_GAS_BASE,
  )
  const pubdata = gasPerPubdata * (L1_TX_INTRINSIC_PUBDATA + deps * L1_TX_DELTA_FACTORY_DEPS_PUBDATA)
  return overhead + computation + pubdata
}

/**
 * `abi.encode(L2CanonicalTransaction).length` with empty signature, paymaster input and reserved bytes: an offset
 * word, 19 head words, one length word per dynamic field (5), the calldata padded to 32 bytes and one word per
 * factory dependency hash.
 */
function getL2CanonicalTransactionEncodingLength(calldataLength: number, factoryDepsCount: number): bigint {
  return 800n + 32n * ceilDiv(BigInt(calldataLength), 32n) + 32n * BigInt(factoryDepsCount)
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}
