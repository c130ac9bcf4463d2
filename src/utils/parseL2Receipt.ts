import { type Address, type Hex, isAddress, isHex } from 'viem'

/**
 * The parts of an L2 receipt the withdrawal and claim actions need, read from the raw JSON-RPC answer of either
 * server, whatever its version:
 * - Era (`zksync-era`): `l1BatchNumber` and `l1BatchTxIndex` on the receipt (hex, `null` until the batch is sealed);
 *   each `l2ToL1Logs` entry carries `txIndexInL1Batch` (hex).
 * - ZKsync OS (`zksync-os-server`): no batch fields on the receipt (the proof names the batch); the transaction's
 *   number that each `l2ToL1Logs` leaf holds is `tx_number_in_block` (a JSON number) up to v0.15, `transactionIndex`
 *   (hex) in the camel-case entries from v0.16 on.
 * The recorded shapes, with the server commits they come from, are in the repository's `test/harness/l2/wire`.
 */
export type L2ReceiptInfo = {
  transactionHash: Hex | undefined
  status: 'success' | 'reverted'
  /** Era only, once the batch is sealed */
  l1BatchNumber: bigint | undefined
  /** Era only, once the batch is sealed */
  l1BatchTxIndex: number | undefined
  /** the transaction's position in its block */
  transactionIndex: number | undefined
  logs: readonly { address: Address; topics: readonly Hex[]; data: Hex }[]
  l2ToL1Logs: readonly L2ToL1LogInfo[]
}

export type L2ToL1LogInfo = {
  sender: Address
  key: Hex
  value: Hex
  /**
   * The transaction's number as the log's tree leaf holds it, which L1 hashes as `txNumberInBatch`: Era's
   * `txIndexInL1Batch`, ZKsync OS's `tx_number_in_block` or `transactionIndex`. `undefined` when the entry does not
   * carry it.
   */
  txNumber: number | undefined
  /** Era only */
  l1BatchNumber: bigint | undefined
}

/**
 * Reads a raw `eth_getTransactionReceipt` answer of an Era or ZKsync OS node (see `L2ReceiptInfo`). Returns `undefined`
 * when the answer is not such a receipt (not an object, no valid status, `logs` or `l2ToL1Logs` missing or not lists
 * of logs).
 *
 * @example
 * import { parseL2Receipt } from 'zksync-l1-actions/utils'
 *
 * const info = parseL2Receipt({
 *   transactionHash: '0x5e1b43d1a3d5ad0f7d0a1ba5d5d9c9a1b5e2a5f1d3c1b9a7e5d3c1b9a7e5d3c1',
 *   status: '0x1',
 *   transactionIndex: '0x0',
 *   logs: [],
 *   l2ToL1Logs: [],
 * })
 * // { status: 'success', transactionIndex: 0, l2ToL1Logs: [], … }
 */
export function parseL2Receipt(raw: unknown): L2ReceiptInfo | undefined {
  if (!isRecord(raw)) return undefined
  const status = raw.status === '0x1' ? 'success' : raw.status === '0x0' ? 'reverted' : undefined
  if (!status) return undefined
  const { logs, l2ToL1Logs } = raw
  if (!Array.isArray(logs) || !Array.isArray(l2ToL1Logs)) return undefined
  const parsedLogs = logs.map(parseLog)
  const parsedL2ToL1Logs = l2ToL1Logs.map(parseL2ToL1Log)
  if (parsedLogs.some((l) => !l) || parsedL2ToL1Logs.some((l) => !l)) return undefined
  return {
    transactionHash: isHex(raw.transactionHash) ? raw.transactionHash : undefined,
    status,
    l1BatchNumber: toBigInt(raw.l1BatchNumber),
    l1BatchTxIndex: toNumber(raw.l1BatchTxIndex),
    transactionIndex: toNumber(raw.transactionIndex),
    logs: parsedLogs as L2ReceiptInfo['logs'],
    l2ToL1Logs: parsedL2ToL1Logs as L2ToL1LogInfo[],
  }
}

function parseLog(log: unknown): L2ReceiptInfo['logs'][number] | undefined {
  if (!isRecord(log) || typeof log.address !== 'string' || !isAddress(log.address, { strict: false })) return undefined
  if (!Array.isArray(log.topics) || !log.topics.every((t) => isHex(t)) || !isHex(log.data)) return undefined
  return { address: log.address, topics: log.topics as Hex[], data: log.data }
}

function parseL2ToL1Log(log: unknown): L2ToL1LogInfo | undefined {
  if (!isRecord(log) || typeof log.sender !== 'string' || !isAddress(log.sender, { strict: false })) return undefined
  if (!isHex(log.key) || !isHex(log.value)) return undefined
  // Era's entries also carry `transactionIndex`, the position in the block: there the batch's number is the one
  const txNumber = toNumber(
    'txIndexInL1Batch' in log ? log.txIndexInL1Batch : (log.tx_number_in_block ?? log.transactionIndex),
  )
  return { sender: log.sender, key: log.key, value: log.value, txNumber, l1BatchNumber: toBigInt(log.l1BatchNumber) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A hex quantity or a non-negative safe integer (as serde writes a bare integer); anything else is `undefined`. */
function toBigInt(value: unknown): bigint | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined
  if (typeof value === 'bigint') return value >= 0n ? value : undefined
  if (typeof value === 'string' && /^0x[0-9a-fA-F]{1,64}$/.test(value)) return BigInt(value)
  return undefined
}

function toNumber(value: unknown): number | undefined {
  const v = toBigInt(value)
  return v === undefined || v > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(v)
}
