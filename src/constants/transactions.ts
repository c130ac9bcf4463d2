/** L2 transaction type of a priority transaction on an EraVM chain (`PRIORITY_OPERATION_L2_TX_TYPE`, `Config.sol`). */
export const PRIORITY_TX_TYPE_ERA = 0xff

/** L2 transaction type of a priority transaction on a ZKsync OS chain (zksync-os, L1->L2 transaction type 127). */
export const PRIORITY_TX_TYPE_ZKSYNC_OS = 0x7f

/** `TxStatus.Failure`, the status argument of `proveL1ToL2TransactionStatus` (`l1-contracts/contracts/common/Messaging.sol`). */
export const TX_STATUS_FAILURE = 0

/** `TxStatus.Success` (`l1-contracts/contracts/common/Messaging.sol`). */
export const TX_STATUS_SUCCESS = 1
