/**
 * `getFinalizeWithdrawalParams` over a scripted L2 node answering random but consistent receipts and proofs (1,000
 * cases): several L1Messenger messages among other logs, L2->L1 logs of other senders interleaved, Era and ZKsync OS
 * receipt shapes, proofs of any length. The proof reaches the params byte for byte, the message and sender are the
 * chosen message's, and the proof is asked for that message's position among the L2->L1 logs.
 */
import fc from 'fast-check'
import {
  type Address,
  createPublicClient,
  custom,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
  numberToHex,
  pad,
  toHex,
} from 'viem'
import { foundry } from 'viem/chains'
import { expect, test } from 'vitest'
import { getFinalizeWithdrawalParams } from '../../src/actions/getFinalizeWithdrawalParams.js'

const MESSENGER: Address = '0x0000000000000000000000000000000000008008'
const TOPIC: Hex = '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'
const HASH = `0x${'aa'.repeat(32)}` as Hex
const l1 = createPublicClient({ chain: foundry, transport: custom({ request: async () => null }) })

const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => toHex(b))
const address = fc.bigInt({ min: 0n, max: 2n ** 160n - 1n }).map((n) => getAddress(numberToHex(n, { size: 20 })))
const message = fc.uint8Array({ maxLength: 120 }).map((b) => toHex(b))

const scenario = fc
  .record({
    messages: fc.array(fc.record({ sender: address, body: message }), { minLength: 1, maxLength: 4 }),
    /** logs of other contracts, and of the messenger with another topic, placed among the messages */
    noise: fc.array(fc.record({ address, topic: bytes32, messengerOtherTopic: fc.boolean() }), { maxLength: 3 }),
    /** other L2->L1 logs (system contracts) interleaved before each messenger log */
    otherL2ToL1: fc.array(fc.nat({ max: 2 }), { minLength: 4, maxLength: 4 }),
    proof: fc.array(bytes32, { minLength: 1, maxLength: 40 }),
    id: fc.nat({ max: 2 ** 20 }),
    batch: fc.bigInt({ min: 1n, max: 2n ** 40n }),
    txIndex: fc.nat({ max: 10_000 }),
    era: fc.boolean(),
    pick: fc.nat(),
  })
  .map((s) => ({ ...s, index: s.pick % s.messages.length }))

function logOf(address: Address, topics: Hex[], data: Hex, i: number) {
  return {
    address,
    topics,
    data,
    blockHash: HASH,
    blockNumber: '0x1',
    transactionHash: HASH,
    transactionIndex: '0x0',
    logIndex: numberToHex(i),
    removed: false,
  }
}

test('random receipts and proofs: the params carry the node proof byte for byte and the chosen message', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const logs: unknown[] = []
      s.messages.forEach((m, i) => {
        const n = s.noise[i]
        if (n) logs.push(logOf(n.messengerOtherTopic ? MESSENGER : n.address, [n.topic], '0x', logs.length))
        logs.push(
          logOf(
            MESSENGER,
            [TOPIC, pad(m.sender), keccak256(m.body)],
            encodeAbiParameters([{ type: 'bytes' }], [m.body]),
            logs.length,
          ),
        )
      })
      const l2ToL1Logs: unknown[] = []
      const positions: number[] = []
      s.messages.forEach((m, i) => {
        for (let k = 0; k < s.otherL2ToL1[i]!; k++)
          l2ToL1Logs.push({
            sender: '0x0000000000000000000000000000000000008001',
            key: HASH,
            value: HASH,
            txIndexInL1Batch: numberToHex(s.txIndex),
          })
        positions.push(l2ToL1Logs.length)
        // the messenger's L2->L1 log names the message's sender and hash, as the node's leaf does
        l2ToL1Logs.push({
          sender: MESSENGER,
          key: pad(m.sender),
          value: keccak256(m.body),
          txIndexInL1Batch: numberToHex(s.txIndex),
        })
      })
      const asked: unknown[] = []
      const l2Client = createPublicClient({
        chain: { ...foundry, id: 271 },
        transport: custom(
          {
            async request({ method, params }) {
              if (method === 'eth_getTransactionReceipt')
                return {
                  transactionHash: HASH,
                  transactionIndex: '0x0',
                  blockHash: HASH,
                  blockNumber: '0x1',
                  from: MESSENGER,
                  to: MESSENGER,
                  cumulativeGasUsed: '0x1',
                  gasUsed: '0x1',
                  effectiveGasPrice: '0x1',
                  contractAddress: null,
                  logs,
                  logsBloom: `0x${'00'.repeat(256)}`,
                  status: '0x1',
                  type: '0x2',
                  l2ToL1Logs,
                  ...(s.era ? { l1BatchNumber: numberToHex(s.batch), l1BatchTxIndex: numberToHex(s.txIndex) } : {}),
                }
              if (method === 'zks_getL2ToL1LogProof') {
                asked.push(params)
                return { proof: s.proof, id: s.id, root: HASH, ...(s.era ? {} : { batchNumber: numberToHex(s.batch) }) }
              }
              throw new Error(`unexpected ${method}`)
            },
          },
          { retryCount: 0 },
        ),
      })
      const index = s.messages.length > 1 || s.pick % 2 === 0 ? s.index : undefined
      const params = await getFinalizeWithdrawalParams(l1, {
        l2Client,
        hash: HASH,
        bridgehub: MESSENGER,
        ...(index === undefined ? {} : { index }),
      })
      const chosen = s.messages[index ?? 0]!
      expect(asked).toEqual([[HASH, positions[index ?? 0]]])
      expect(params.merkleProof).toEqual(s.proof)
      expect(params.merkleProof.join('')).toBe(s.proof.join('')) // byte for byte, same order, same case
      expect(params).toMatchObject({
        chainId: 271n,
        l2BatchNumber: s.batch,
        l2MessageIndex: BigInt(s.id),
        l2Sender: chosen.sender,
        l2TxNumberInBatch: s.txIndex,
        message: chosen.body,
      })
    }),
    { numRuns: 1000 },
  )
})
