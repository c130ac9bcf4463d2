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
  ZKSYNC_OS_FREE_TX_NATIVE_PER_GAS,
  ZKSYNC_OS_L1_TX_CALLDATA_COST_NATIVE,
  ZKSYNC_OS_L1_TX_CALLDATA_PRICE_L2_GAS,
  ZKSYNC_OS_L1_TX_ENCODING_136_BYTES_COST_NATIVE,
  ZKSYNC_OS_L1_TX_INTRINSIC_L2_GAS,
  ZKSYNC_OS_L1_TX_INTRINSIC_PUBDATA,
  ZKSYNC_OS_L1_TX_NATIVE_PRICE,
  ZKSYNC_OS_L1_TX_STATIC_NATIVE,
} from '../constants/gas.js'

export type GetMinimumL2GasLimitParameters = {
  /** Length in bytes of the L2 calldata (`0` for a plain base-token deposit). */
  calldataLength: number
  /** Number of factory dependencies. Default `0`. */
  factoryDepsCount?: number | undefined
  /** The request's `l2GasPerPubdataByteLimit`. Default `800n`, the only value the Mailbox accepts. */
  gasPerPubdata?: bigint | undefined
} & (
  | {
      /** The L2's virtual machine. Default `'era'`, whose floor is the same at every protocol version. */
      vm?: 'era' | undefined
    }
  | {
      vm: 'zksync-os'
      /** The chain's protocol version as the diamond's `getProtocolVersion()` packs it (`0x1f00000000` is 0.31.0). */
      protocolVersion: bigint
      /**
       * The L2 gas price the Mailbox derives for the request (the L2 transaction's `maxFeePerGas`): the base cost
       * divided by `l2GasLimit`, at the L1 gas price the request is mined at.
       */
      l2GasPrice: bigint
    }
)

/**
 * The smallest `l2GasLimit` the Mailbox accepts for a priority transaction, as `TransactionValidator` checks it. Below
 * it the request reverts `ValidateTxnNotEnoughGas` (or `TxnBodyGasLimitNotEnoughGas`). It is an acceptance floor only:
 * the L2 execution may need more.
 *
 * - Era chains (every protocol version): `max(10000, 10 * encLen)` of overhead plus
 *   `max(167157 + ceil(encLen * 1656 / 544) + 2473 * deps, 173484) + gasPerPubdata * (88 + 64 * deps)`, where
 *   `encLen = abi.encode(L2CanonicalTransaction).length`.
 * - ZKsync OS chains (no overhead): `max(21000 + 16 * len, floor(native * 10 / l2GasPrice) + P * gasPerPubdata)` with
 *   `native = S + max(1, ceil(encLen / 136)) * 17500 + len`; `S = 132500` and `P = 88` at protocol 0.30,
 *   `S = 2875420` and `P = 351` from 0.31. A zero `l2GasPrice` buys `native / 10000` gas.
 *
 * @example
 * import { getMinimumL2GasLimit } from 'zksync-l1-actions/utils'
 *
 * getMinimumL2GasLimit({ calldataLength: 0 }) // 253884n
 * getMinimumL2GasLimit({ calldataLength: 676 }) // 258924n
 * getMinimumL2GasLimit({
 *   calldataLength: 0,
 *   vm: 'zksync-os',
 *   protocolVersion: 0x1f00000000n, // 0.31.0
 *   l2GasPrice: 375_000_000n,
 * }) // 280800n
 */
export function getMinimumL2GasLimit(parameters: GetMinimumL2GasLimitParameters): bigint {
  const { calldataLength, factoryDepsCount = 0, gasPerPubdata = REQUIRED_L2_GAS_PRICE_PER_PUBDATA } = parameters
  const deps = BigInt(factoryDepsCount)
  const encodingLength = getL2CanonicalTransactionEncodingLength(calldataLength, factoryDepsCount)

  if (parameters.vm === 'zksync-os') {
    // TransactionValidator.sol:124-149 at 9ddc915c, :141-163 at 4859b6fd
    const constants = getProtocolMinor(parameters.protocolVersion) >= 31 ? 'v31' : 'v30'
    const length = BigInt(calldataLength)
    const byGas = ZKSYNC_OS_L1_TX_INTRINSIC_L2_GAS + ZKSYNC_OS_L1_TX_CALLDATA_PRICE_L2_GAS * length
    const native =
      ZKSYNC_OS_L1_TX_STATIC_NATIVE[constants] +
      max(1n, ceilDiv(encodingLength, 136n)) * ZKSYNC_OS_L1_TX_ENCODING_136_BYTES_COST_NATIVE +
      length * ZKSYNC_OS_L1_TX_CALLDATA_COST_NATIVE
    const { l2GasPrice } = parameters
    const forNative =
      l2GasPrice === 0n
        ? native / ZKSYNC_OS_FREE_TX_NATIVE_PER_GAS
        : (native * ZKSYNC_OS_L1_TX_NATIVE_PRICE) / l2GasPrice
    return max(byGas, forNative + ZKSYNC_OS_L1_TX_INTRINSIC_PUBDATA[constants] * gasPerPubdata)
  }

  const overhead = getL1TxOverheadL2Gas(calldataLength, factoryDepsCount)
  const computation = max(
    L1_TX_INTRINSIC_L2_GAS +
      ceilDiv(encodingLength * L1_TX_DELTA_544_ENCODING_BYTES, 544n) +
      deps * L1_TX_DELTA_FACTORY_DEPS_L2_GAS,
    L1_TX_MIN_L2_GAS_BASE,
  )
  const pubdata = gasPerPubdata * (L1_TX_INTRINSIC_PUBDATA + deps * L1_TX_DELTA_FACTORY_DEPS_PUBDATA)
  return overhead + computation + pubdata
}

/** Internal: the minor of a protocol version packed as `getProtocolVersion()` returns it (`minor << 32 | patch`). */
export function getProtocolMinor(protocolVersion: bigint): number {
  return Number((protocolVersion >> 32n) & 0xffffffffn)
}

/**
 * `abi.encode(L2CanonicalTransaction).length` with empty signature, paymaster input and reserved bytes: an offset
 * word, 19 head words, one length word per dynamic field (5), the calldata padded to 32 bytes and one word per
 * factory dependency hash.
 */
function getL2CanonicalTransactionEncodingLength(calldataLength: number, factoryDepsCount: number): bigint {
  return 800n + 32n * ceilDiv(BigInt(calldataLength), 32n) + 32n * BigInt(factoryDepsCount)
}

/**
 * Internal: the overhead an Era priority transaction pays before its body, `max(10000, 10 * encLen)`
 * (`TransactionValidator.getOverheadForTransaction`); ZKsync OS charges none.
 */
export function getL1TxOverheadL2Gas(calldataLength: number, factoryDepsCount = 0): bigint {
  return max(
    TX_SLOT_OVERHEAD_L2_GAS,
    MEMORY_OVERHEAD_GAS * getL2CanonicalTransactionEncodingLength(calldataLength, factoryDepsCount),
  )
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b
}

function max(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}
