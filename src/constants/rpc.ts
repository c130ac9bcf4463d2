// What the L2 servers put on the wire, where the library has to recognise it. Each value is read from the server's
// source; the commits and lines are recorded in the repository's `test/harness/l2/wire` (README.md and profiles.ts).

/** JSON-RPC code of `zksync-os-server`'s `zks_` errors (`internal_rpc_err`, jsonrpsee's internal error). */
export const ZKSYNC_OS_ZKS_ERROR_CODE = -32603

/**
 * Messages of `zksync-os-server`'s `zks_getL2ToL1LogProof` while the proof is not ready (`ZksError::NotBatchedYet`,
 * `NotExecutedYet`, and from v0.12 the "not indexed" case): the transaction is not in a batch yet, its batch is not
 * executed on L1 yet, or this node has not indexed it yet.
 */
export const ZKSYNC_OS_PROOF_NOT_READY_MESSAGES = [
  'transaction has not been included in an L1 batch yet',
  'L1 batch containing the transaction has not been executed yet',
  'L1 batch containing the transaction has not been indexed by this node yet',
] as const

/**
 * Start of the message with which `zksync-os-server`'s `eth_estimateGas` refuses a sender whose balance does not cover
 * the value (code -32603): `invalid transaction: LackOfFundForMaxFee { fee: …, balance: … }`.
 */
export const ZKSYNC_OS_LACK_OF_FUNDS_MESSAGE = 'invalid transaction: LackOfFundForMaxFee'

/** The transaction type with which `eth_estimateGas` of `zksync-os-server` builds an L1 (priority) transaction. */
export const ZKSYNC_OS_L1_TX_TYPE = '0x7f'
