import { type Address, concat, encodePacked, type Hex, keccak256, numberToHex, zeroHash } from 'viem'

/** An L2 -> L1 log as the L1Messenger and the bootloader emit it (88 bytes when packed). */
export type L2ToL1Log = {
  l2ShardId: number
  isService: boolean
  txNumberInBatch: number
  sender: Address
  key: Hex
  value: Hex
}

/** `L2_TO_L1_LOGS_MERKLE_TREE_LEAVES` of the L1Messenger: a tree of height 14. */
export const TREE_HEIGHT = 14
export const TREE_LEAVES = 2 ** TREE_HEIGHT

export function serializeLog(log: L2ToL1Log): Hex {
  return encodePacked(
    ['uint8', 'bool', 'uint16', 'address', 'bytes32', 'bytes32'],
    [log.l2ShardId, log.isService, log.txNumberInBatch, log.sender, log.key, log.value],
  )
}

export const hashLog = (log: L2ToL1Log): Hex => keccak256(serializeLog(log))

/** keccak256 of 88 zero bytes: the padding leaf. */
export const PADDING_LEAF: Hex = keccak256(`0x${'00'.repeat(88)}`)

const zeroNodes: Hex[] = (() => {
  const out: Hex[] = [PADDING_LEAF]
  for (let i = 1; i <= TREE_HEIGHT; i++) out.push(keccak256(concat([out[i - 1]!, out[i - 1]!])))
  return out
})()

/**
 * The batch's local L2 -> L1 log tree, built as L1Messenger.publishPubdataAndClearState does:
 * leaves in emission order, padded to 16,384 with the padding leaf, nodes keccak256(left ‖ right).
 * Only the populated part is hashed; the rest are precomputed padding subtrees.
 */
export function buildTree(leaves: readonly Hex[]): { root: Hex; levels: Hex[][] } {
  if (leaves.length > TREE_LEAVES) throw new Error('too many L2 -> L1 logs for one batch')
  const levels: Hex[][] = [leaves.slice()]
  for (let level = 0; level < TREE_HEIGHT; level++) {
    const cur = levels[level]!
    const next: Hex[] = []
    for (let i = 0; i < cur.length; i += 2) next.push(keccak256(concat([cur[i]!, cur[i + 1] ?? zeroNodes[level]!])))
    levels.push(next)
  }
  const top = levels[TREE_HEIGHT]!
  return { root: top[0] ?? zeroNodes[TREE_HEIGHT]!, levels }
}

/** Sibling path of leaf `index`, bottom-up (14 hashes). */
export function merklePath(levels: Hex[][], index: number): Hex[] {
  const path: Hex[] = []
  let i = index
  for (let level = 0; level < TREE_HEIGHT; level++) {
    const sibling = i ^ 1
    path.push(levels[level]![sibling] ?? zeroNodes[level]!)
    i >>= 1
  }
  return path
}

/** Batch root committed to L1: keccak256(localRoot ‖ aggregatedRoot). */
export const batchRoot = (localRoot: Hex, aggregatedRoot: Hex = zeroHash): Hex =>
  keccak256(concat([localRoot, aggregatedRoot]))

/**
 * Proof-metadata word of the v29 proof format: version 1, log-leaf proof length, batch-leaf proof
 * length 0, final proof node, then 28 zero bytes.
 */
export function proofMetadata(logLeafProofLength: number): Hex {
  return `0x01${numberToHex(logLeafProofLength, { size: 1 }).slice(2)}0001${'00'.repeat(28)}`
}
