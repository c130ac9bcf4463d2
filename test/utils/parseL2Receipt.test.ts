/**
 * The receipt parser reads every recorded server version's receipt: each sample below is first checked against the
 * shape recorded from that server's source (`test/harness/l2/wire`), then parsed.
 */
import type { Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import { parseL2Receipt } from '../../src/utils/parseL2Receipt.js'
import { parseL2ToL1LogProof } from '../../src/utils/parseL2ToL1LogProof.js'
import { mismatches } from '../harness/l2/wire/conform.js'
import { profileById } from '../harness/l2/wire/profiles.js'

const HASH = `0x${'ab'.repeat(32)}` as Hex
const BLOCK = `0x${'cd'.repeat(32)}` as Hex
const MESSENGER = '0x0000000000000000000000000000000000008008'
const SENDER_KEY = `0x${'00'.repeat(12)}${'00'.repeat(18)}800a` as Hex
const TOPIC = '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'

const log = {
  address: MESSENGER,
  topics: [TOPIC, SENDER_KEY, HASH],
  data: '0x',
  blockHash: BLOCK,
  blockNumber: '0x9',
  transactionHash: HASH,
  transactionIndex: '0x2',
  logIndex: '0x0',
  removed: false,
}

const osOuter = {
  transactionHash: HASH,
  transactionIndex: '0x2',
  blockHash: BLOCK,
  blockNumber: '0x9',
  gasUsed: '0x5208',
  effectiveGasPrice: '0x1',
  from: '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc',
  to: '0x000000000000000000000000000000000000800a',
  contractAddress: null,
  status: '0x1',
  cumulativeGasUsed: '0x5208',
  logs: [log],
  logsBloom: `0x${'00'.repeat(256)}`,
  type: '0x2',
}

const samples = {
  /** v0.1.1 - v0.15: the tree leaf as is, snake case, JSON numbers */
  'zksync-os-server@v0.8.0': {
    ...osOuter,
    l2ToL1Logs: [
      { l2_shard_id: 0, is_service: true, tx_number_in_block: 2, sender: MESSENGER, key: SENDER_KEY, value: HASH },
    ],
  },
  /** v0.16 on: camel case, Era-like, the position as `transactionIndex` */
  'zksync-os-server@04103d3': {
    ...osOuter,
    l2ToL1Logs: [
      {
        blockHash: BLOCK,
        blockNumber: '0x9',
        blockTimestamp: '0x6553f100',
        transactionHash: HASH,
        transactionIndex: '0x2',
        logIndex: '0x0',
        transactionLogIndex: '0x0',
        shardId: '0x0',
        isService: true,
        sender: MESSENGER,
        key: SENDER_KEY,
        value: HASH,
      },
    ],
  },
  /** Era: the batch on the receipt, `txIndexInL1Batch` (not the block position) on the entry */
  'era@3e29e4a': {
    transactionHash: HASH,
    transactionIndex: '0x2',
    blockHash: BLOCK,
    blockNumber: '0x9',
    l1BatchTxIndex: '0x7',
    l1BatchNumber: '0x2a',
    from: '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc',
    to: '0x000000000000000000000000000000000000800a',
    cumulativeGasUsed: '0x5208',
    gasUsed: '0x5208',
    contractAddress: null,
    logs: [{ ...log, l1BatchNumber: '0x2a', transactionLogIndex: '0x0', logType: null, blockTimestamp: '0x1' }],
    l2ToL1Logs: [
      {
        blockHash: BLOCK,
        blockNumber: '0x9',
        l1BatchNumber: '0x2a',
        logIndex: '0x0',
        transactionIndex: '0x2',
        transactionHash: HASH,
        transactionLogIndex: '0x0',
        txIndexInL1Batch: '0x7',
        shardId: '0x0',
        isService: true,
        sender: MESSENGER,
        key: SENDER_KEY,
        value: HASH,
      },
    ],
    status: '0x1',
    logsBloom: `0x${'00'.repeat(256)}`,
    type: '0x2',
    effectiveGasPrice: '0x1',
  },
} as const

describe.each(Object.entries(samples))('%s receipt', (id, sample) => {
  test('the sample has the recorded shape', () => {
    expect(mismatches(sample, profileById(id).receipt.l2)).toEqual([])
  })

  test('parses to the L2 -> L1 log with the number its tree leaf holds', () => {
    const parsed = parseL2Receipt(sample)!
    expect(parsed.status).toBe('success')
    expect(parsed.transactionHash).toBe(HASH)
    expect(parsed.logs).toEqual([{ address: MESSENGER, topics: [TOPIC, SENDER_KEY, HASH], data: '0x' }])
    expect(parsed.l2ToL1Logs).toHaveLength(1)
    const era = id.startsWith('era')
    expect(parsed.l2ToL1Logs[0]).toMatchObject({
      sender: MESSENGER,
      key: SENDER_KEY,
      value: HASH,
      txNumber: era ? 7 : 2,
    })
    expect(parsed.l1BatchNumber).toBe(era ? 42n : undefined)
    expect(parsed.l1BatchTxIndex).toBe(era ? 7 : undefined)
  })
})

test('an Era entry of a batch not sealed yet has no number, even though it carries the block position', () => {
  const era = samples['era@3e29e4a']
  const unsealed = { ...era, l2ToL1Logs: [{ ...era.l2ToL1Logs[0], txIndexInL1Batch: null }] }
  expect(parseL2Receipt(unsealed)!.l2ToL1Logs[0]!.txNumber).toBeUndefined()
})

test('what is not a receipt is undefined: no status, logs that are not logs, a bad sender', () => {
  const base = samples['zksync-os-server@v0.8.0']
  for (const bad of [
    null,
    'receipt',
    [],
    { ...base, status: undefined },
    { ...base, status: '0x2' },
    { ...base, logs: null },
    { ...base, logs: [{ ...log, topics: 'x' }] },
    { ...base, l2ToL1Logs: [{ sender: 'nope', key: HASH, value: HASH }] },
    { ...base, l2ToL1Logs: {} },
  ])
    expect(parseL2Receipt(bad)).toBeUndefined()
})

test('the proof batch is read under both recorded names', () => {
  const proof = [HASH]
  expect(parseL2ToL1LogProof({ proof, id: 1, root: HASH, batch_number: 12 }).batchNumber).toBe(12n)
  expect(parseL2ToL1LogProof({ proof, id: 1, root: HASH, batchNumber: 13 }).batchNumber).toBe(13n)
})
