import {
  type Address,
  type Client,
  type Hash,
  type Hex,
  hexToBigInt,
  isAddressEqual,
  type TransactionReceipt,
} from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'

/**
 * Internal to the withdrawal and claim actions (not exported from the package): the parts of a ZKsync L2 receipt they
 * need, read the same way whether the node is Era (`l1BatchNumber`, `l1BatchTxIndex`) or ZKsync OS (neither; the log
 * carries `txIndexInL1Batch`), and whether or not the client's chain formats them (hex strings or bigints).
 */
export type L2ReceiptInfo = {
  status: 'success' | 'reverted'
  /** Era only, once the batch is sealed */
  l1BatchNumber: bigint | undefined
  /** Era only, once the batch is sealed */
  l1BatchTxIndex: number | undefined
  logs: readonly { address: Address; topics: readonly Hex[]; data: Hex }[]
  l2ToL1Logs: readonly L2ToL1LogInfo[]
}

export type L2ToL1LogInfo = {
  sender: Address
  key: Hex
  value: Hex
  txIndexInL1Batch: number | undefined
  l1BatchNumber: bigint | undefined
}

/** The L2 receipt of `hash`, or `null` when the node has none (pending or unknown). */
export async function getL2ReceiptInfo(l2Client: Client, hash: Hash): Promise<L2ReceiptInfo | null> {
  let receipt: TransactionReceipt
  try {
    receipt = await getAction(l2Client, getTransactionReceipt, 'getTransactionReceipt')({ hash })
  } catch (error) {
    if ((error as Error).name === 'TransactionReceiptNotFoundError') return null
    throw error
  }
  const raw = receipt as TransactionReceipt & Record<string, unknown>
  const l2ToL1Logs = Array.isArray(raw.l2ToL1Logs) ? (raw.l2ToL1Logs as Record<string, unknown>[]) : []
  return {
    status: receipt.status,
    l1BatchNumber: toBigInt(raw.l1BatchNumber),
    l1BatchTxIndex: toNumber(raw.l1BatchTxIndex),
    logs: receipt.logs,
    l2ToL1Logs: l2ToL1Logs.map((log) => ({
      sender: log.sender as Address,
      key: log.key as Hex,
      value: log.value as Hex,
      txIndexInL1Batch: toNumber(log.txIndexInL1Batch ?? log.transactionIndexInL1Batch),
      l1BatchNumber: toBigInt(log.l1BatchNumber),
    })),
  }
}

/** Position in `l2ToL1Logs` of the `n`-th log sent by `sender`; `undefined` when the receipt lists fewer. */
export function findL2ToL1LogIndex(
  logs: readonly L2ToL1LogInfo[],
  predicate: (log: L2ToL1LogInfo) => boolean,
  n = 0,
): number | undefined {
  let seen = 0
  for (let i = 0; i < logs.length; i++) {
    if (!predicate(logs[i]!)) continue
    if (seen === n) return i
    seen++
  }
  return undefined
}

export function isSender(log: { sender: Address }, address: Address): boolean {
  return typeof log.sender === 'string' && isAddressEqual(log.sender, address)
}

function toBigInt(value: unknown): bigint | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'bigint') return value
  if (typeof value === 'number') return BigInt(value)
  if (typeof value === 'string' && value.startsWith('0x')) return hexToBigInt(value as Hex)
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value)
  return undefined
}

function toNumber(value: unknown): number | undefined {
  const v = toBigInt(value)
  return v === undefined ? undefined : Number(v)
}
