// Fee and gas constants of priority (L1->L2) transactions, from `l1-contracts/contracts/common/Config.sol`; they feed
// `TransactionValidator.sol` and `Mailbox._deriveL2GasPrice`.

/** The only `l2GasPerPubdataByteLimit` the Mailbox accepts (`REQUIRED_L2_GAS_PRICE_PER_PUBDATA`). */
export const REQUIRED_L2_GAS_PRICE_PER_PUBDATA = 800n

/** L1 gas per byte of pubdata, used in the rollup pubdata price (`L1_GAS_PER_PUBDATA_BYTE`). */
export const L1_GAS_PER_PUBDATA_BYTE = 17n

/** Batch overhead every transaction pays at least, in L2 gas (`TX_SLOT_OVERHEAD_L2_GAS`). */
export const TX_SLOT_OVERHEAD_L2_GAS = 10_000n

/** Overhead per byte of the transaction's encoding in bootloader memory, in L2 gas (`MEMORY_OVERHEAD_GAS`). */
export const MEMORY_OVERHEAD_GAS = 10n

/** Intrinsic L2 gas of a priority transaction (`L1_TX_INTRINSIC_L2_GAS`). */
export const L1_TX_INTRINSIC_L2_GAS = 167_157n

/** L2 gas per 544 bytes of encoding, for hashing (`L1_TX_DELTA_544_ENCODING_BYTES`). */
export const L1_TX_DELTA_544_ENCODING_BYTES = 1656n

/** L2 gas per factory dependency (`L1_TX_DELTA_FACTORY_DEPS_L2_GAS`). */
export const L1_TX_DELTA_FACTORY_DEPS_L2_GAS = 2473n

/** Floor of the computational part of a priority transaction's gas (`L1_TX_MIN_L2_GAS_BASE`). */
export const L1_TX_MIN_L2_GAS_BASE = 173_484n

/** Intrinsic pubdata bytes of a priority transaction (`L1_TX_INTRINSIC_PUBDATA`). */
export const L1_TX_INTRINSIC_PUBDATA = 88n

/** Pubdata bytes per factory dependency (`L1_TX_DELTA_FACTORY_DEPS_PUBDATA`). */
export const L1_TX_DELTA_FACTORY_DEPS_PUBDATA = 64n

/** Most factory dependencies a priority transaction may carry (`MAX_NEW_FACTORY_DEPS`). */
export const MAX_NEW_FACTORY_DEPS = 64

/**
 * Default cap on a priority transaction's body gas (`PRIORITY_TX_MAX_GAS_LIMIT`); each chain's actual cap is read with
 * the diamond's `getPriorityTxMaxGasLimit()`.
 */
export const PRIORITY_TX_MAX_GAS_LIMIT = 72_000_000n

/** `PubdataPricingMode.Rollup`: the chain pays L1 pubdata (`ZKChainStorage.sol`). */
export const PUBDATA_PRICING_MODE_ROLLUP = 0

/** `PubdataPricingMode.Validium`: no L1 pubdata is charged (`ZKChainStorage.sol`). */
export const PUBDATA_PRICING_MODE_VALIDIUM = 1

/** Storage slot of the packed `FeeParams` in a chain's diamond (`ZKChainStorage.feeParams`, `ZKChainStorage.sol`). */
export const FEE_PARAMS_STORAGE_SLOT = 38n

/**
 * Headroom added to the node's L1 gas estimate of a priority transaction (a deposit or `requestExecute`), in percent.
 * Appending to the chain's priority tree costs more or less depending on how many requests came before, so a request
 * estimated before other users' deposits land can run out of gas. Measured on the harness, consecutive ETH deposits
 * vary by up to 2.5 %, and by 27 % when the tree gains a level (at 2^k requests). Unused gas is refunded; the only cost
 * is that the account must hold ETH for the larger gas limit.
 */
export const L1_PRIORITY_TX_GAS_BUFFER_PERCENT = 20n

// ZKsync OS priority transactions (`TransactionValidator.getMinimalPriorityTransactionGasLimit`, the `zksyncOS`
// branch), from `Config.sol` at zkos-v0.30.2 (9ddc915c, lines 93-115) and draft-v31 (4859b6fd, lines 105-129).

/** Native resource bought per unit of the L2 gas price (`ZKSYNC_OS_L1_TX_NATIVE_PRICE`, both versions). */
export const ZKSYNC_OS_L1_TX_NATIVE_PRICE = 10n

/** Intrinsic L2 gas of a ZKsync OS priority transaction (`L1_TX_INTRINSIC_L2_GAS_ZKSYNC_OS`, both versions). */
export const ZKSYNC_OS_L1_TX_INTRINSIC_L2_GAS = 21_000n

/** L2 gas per calldata byte on ZKsync OS (`L1_TX_CALLDATA_PRICE_L2_GAS_ZKSYNC_OS`, both versions). */
export const ZKSYNC_OS_L1_TX_CALLDATA_PRICE_L2_GAS = 16n

/** Native resource per 136-byte keccak round of the encoding (`L1_TX_ENCODING_136_BYTES_COST_NATIVE_ZKSYNC_OS`). */
export const ZKSYNC_OS_L1_TX_ENCODING_136_BYTES_COST_NATIVE = 17_500n

/** Native resource per calldata byte (`L1_TX_CALLDATA_COST_NATIVE_ZKSYNC_OS`, both versions). */
export const ZKSYNC_OS_L1_TX_CALLDATA_COST_NATIVE = 1n

/**
 * Static native resource of a ZKsync OS priority transaction (`L1_TX_STATIC_NATIVE_ZKSYNC_OS`): 132,500 at protocol
 * 0.30 (`Config.sol:103` at 9ddc915c), 2,875,420 from 0.31 (`Config.sol:115` at 4859b6fd, with the refund and
 * coinbase mints).
 */
export const ZKSYNC_OS_L1_TX_STATIC_NATIVE = { v30: 132_500n, v31: 2_875_420n } as const

/**
 * Intrinsic pubdata bytes of a ZKsync OS priority transaction (`L1_TX_INTRINSIC_PUBDATA_ZKSYNC_OS`): 88 at protocol 0.30
 * (`Config.sol:112` at 9ddc915c), 351 from 0.31 (`Config.sol:125` at 4859b6fd, with the asset tracker's pubdata).
 */
export const ZKSYNC_OS_L1_TX_INTRINSIC_PUBDATA = { v30: 88n, v31: 351n } as const

/**
 * Native resource per gas of a free (zero gas price) transaction: `UPGRADE_TX_NATIVE_PER_GAS` at 0.30
 * (`Config.sol:115`), `FREE_TX_NATIVE_PER_GAS` from 0.31 (`Config.sol:129`); 10,000 in both.
 */
export const ZKSYNC_OS_FREE_TX_NATIVE_PER_GAS = 10_000n
