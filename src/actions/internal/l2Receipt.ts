import { type Address, type Client, type Hash, isAddressEqual } from 'viem'
import { L2ResponseMalformedError } from '../../errors/common.js'
import { type L2ReceiptInfo, type L2ToL1LogInfo, parseL2Receipt } from '../../utils/parseL2Receipt.js'
import type { L2ToL1LogProof } from '../../utils/parseL2ToL1LogProof.js'

export type { L2ReceiptInfo, L2ToL1LogInfo }

/**
 * Internal to the withdrawal and claim actions (not exported from the package): the L2 receipt of `hash`, read raw
 * (`eth_getTransactionReceipt` without the chain's formatters, which drop or choke on the ZKsync fields) and parsed by
 * `parseL2Receipt`; `null` when the node has none (pending or unknown). An answer that is not a receipt of `hash` is an
 * `L2ResponseMalformedError`.
 */
export async function getL2ReceiptInfo(l2Client: Client, hash: Hash): Promise<L2ReceiptInfo | null> {
  const raw = await l2Client.request({ method: 'eth_getTransactionReceipt', params: [hash] } as never)
  if (raw === null || raw === undefined) return null
  const receipt = parseL2Receipt(raw)
  const method = 'eth_getTransactionReceipt'
  if (!receipt) throw new L2ResponseMalformedError({ method, hash, reason: 'not a receipt' })
  if (receipt.transactionHash?.toLowerCase() !== hash.toLowerCase())
    throw new L2ResponseMalformedError({ method, hash, reason: `the receipt is of ${receipt.transactionHash}` })
  return receipt
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

/**
 * Where the log at `logIndex` sits, as L1 names it: the batch (Era: the receipt's `l1BatchNumber`; ZKsync OS: the
 * proof's batch) and the transaction's number in it (Era: `l1BatchTxIndex`; otherwise the number the log's own entry
 * carries, which is what its tree leaf hashes). `undefined` where the node has not said. Batch numbers that disagree
 * between the receipt, its log and the proof are an `L2ResponseMalformedError`.
 */
export function batchPosition(
  receipt: L2ReceiptInfo,
  logIndex: number,
  proof: L2ToL1LogProof,
  hash: Hash,
): { l2BatchNumber: bigint | undefined; l2TxNumberInBatch: number | undefined } {
  const log = receipt.l2ToL1Logs[logIndex]
  const batches = [receipt.l1BatchNumber, proof.batchNumber, log?.l1BatchNumber].filter((b) => b !== undefined)
  if (batches.some((b) => b !== batches[0]))
    throw new L2ResponseMalformedError({
      method: 'zks_getL2ToL1LogProof',
      hash,
      reason: `the receipt and the proof name different batches (${batches.join(', ')})`,
    })
  return {
    l2BatchNumber: receipt.l1BatchNumber ?? proof.batchNumber ?? log?.l1BatchNumber,
    l2TxNumberInBatch: receipt.l1BatchTxIndex ?? log?.txNumber,
  }
}
