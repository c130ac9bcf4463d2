/**
 * The proof and the receipt fields reach L1 exactly as the node gives them: unit tests over a scripted L2 transport
 * (receipts and proof shapes the simulated node does not produce, such as a Gateway-length proof or two messages).
 */
import { createPublicClient, custom, encodeAbiParameters, type Hex, keccak256, pad, toHex } from 'viem'
import { foundry } from 'viem/chains'
import { describe, expect, test } from 'vitest'
import { getFinalizeWithdrawalParams } from '../../src/actions/getFinalizeWithdrawalParams.js'
import { getL2ToL1LogProof } from '../../src/actions/getL2ToL1LogProof.js'
import { profileById, profiles } from '../harness/l2/wire/profiles.js'

const HASH = `0x${'aa'.repeat(32)}` as Hex
const MESSENGER = '0x0000000000000000000000000000000000008008'
const TOPIC = '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'
/** a proof as a Gateway-settled batch has it: metadata, log path, batch leaf path, settlement-layer parts */
const GATEWAY_PROOF: Hex[] = [
  `0x010f0200${'00'.repeat(28)}`,
  ...Array.from({ length: 14 }, (_, i) => keccak256(toHex(`log ${i}`))),
  pad('0x05'),
  keccak256(toHex('batch leaf 0')),
  keccak256(toHex('batch leaf 1')),
  pad('0x0100000000000000000000000000000003', { size: 32 }),
  pad('0x0145', { size: 32 }),
  `0x010f0001${'00'.repeat(28)}`,
  ...Array.from({ length: 15 }, (_, i) => keccak256(toHex(`gw ${i}`))),
]

function messageLog(sender: Hex, message: Hex) {
  return {
    address: MESSENGER,
    topics: [TOPIC, pad(sender), keccak256(message)],
    data: encodeAbiParameters([{ type: 'bytes' }], [message]),
    blockHash: HASH,
    blockNumber: '0x1',
    transactionHash: HASH,
    transactionIndex: '0x0',
    logIndex: '0x0',
    removed: false,
  }
}

/** An L2 client whose node answers from a script, recording what it was asked. */
function scriptedL2(answers: Record<string, (params: any) => unknown>) {
  const asked: { method: string; params: any }[] = []
  const client = createPublicClient({
    chain: { ...foundry, id: 271 },
    transport: custom(
      {
        async request({ method, params }) {
          asked.push({ method, params })
          const answer = answers[method]
          if (!answer) throw new Error(`unexpected ${method}`)
          return answer(params)
        },
      },
      { retryCount: 0 },
    ),
  })
  return { client, asked }
}

/** The messenger's L2->L1 log of a message, as the node lists it beside the `L1MessageSent` log. */
function entryOf(sender: Hex, message: Hex, extra: Record<string, unknown> = {}) {
  return { sender: MESSENGER, key: pad(sender), value: keccak256(message), ...extra }
}

function receipt(logs: unknown[], l2ToL1Logs: unknown[], era = true) {
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
    ...(era ? { l1BatchNumber: '0x2a', l1BatchTxIndex: '0x7' } : {}),
  }
}

const l1 = createPublicClient({ chain: foundry, transport: custom({ request: async () => null }) })
const withdrawalMessage = `0x6c0960f9${'11'.repeat(20)}${'00'.repeat(31)}01` as Hex

describe('getL2ToL1LogProof', () => {
  test('passes a Gateway-length proof through byte for byte and normalizes id and batchNumber', async () => {
    const { client, asked } = scriptedL2({
      zks_getL2ToL1LogProof: () => ({ proof: GATEWAY_PROOF, id: '0x3', root: HASH, batchNumber: 42 }),
    })
    const proof = await getL2ToL1LogProof(client, { hash: HASH, index: 2 })
    expect(proof).toEqual({ proof: GATEWAY_PROOF, id: 3, root: HASH, batchNumber: 42n })
    expect(asked).toEqual([{ method: 'zks_getL2ToL1LogProof', params: [HASH, 2] }])
  })

  test.each(
    profiles.flatMap((p) =>
      (['unknownTx', 'notInBatch', 'notExecuted'] as const).flatMap((name) => {
        const answer = p.proofNotReady[name]
        return answer === 'answers' ? [] : [[p.id, name, answer] as const]
      }),
    ),
  )('%s, %s: the recorded answer reads as not ready, in one request', async (_id, _case, answer) => {
    let calls = 0
    const client = createPublicClient({
      chain: { ...foundry, id: 271 },
      // the transport's default retries stay on: a "not ready" must not use them
      transport: custom({
        async request() {
          calls++
          if (answer === 'null') return null
          throw { code: answer.code, message: answer.message }
        },
      }),
    })
    expect(await getL2ToL1LogProof(client, { hash: HASH })).toBeNull()
    expect(calls).toBe(1)
  })

  test('another -32603 error (an index out of range) is thrown after the usual retries, not read as not ready', async () => {
    const outOfRange = profileById('zksync-os-server@v0.8.0').proofNotReady.indexOutOfRange
    if (outOfRange === 'null') throw new Error('the v0.8.0 profile records an error here')
    let calls = 0
    const client = createPublicClient({
      chain: { ...foundry, id: 271 },
      transport: custom(
        {
          async request() {
            calls++
            throw { code: outOfRange.code, message: outOfRange.message }
          },
        },
        { retryCount: 2, retryDelay: 1 },
      ),
    })
    await expect(getL2ToL1LogProof(client, { hash: HASH, index: 5 })).rejects.toThrow(/does not exist/)
    // one try without retries, then the transport's own three
    expect(calls).toBe(4)
  })

  test('an answer that is not a proof is an L2ResponseMalformedError', async () => {
    for (const answer of [{ proof: null, id: 0, root: HASH }, { proof: [HASH], root: HASH }, 'proof', [HASH]])
      await expect(
        getL2ToL1LogProof(scriptedL2({ zks_getL2ToL1LogProof: () => answer }).client, { hash: HASH }),
      ).rejects.toMatchObject({ name: 'L2ResponseMalformedError', method: 'zks_getL2ToL1LogProof', hash: HASH })
  })
})

describe('getFinalizeWithdrawalParams over a scripted node', () => {
  test('the merkle proof of the params is the node proof, element for element', async () => {
    const { client } = scriptedL2({
      eth_getTransactionReceipt: () =>
        receipt(
          [messageLog('0x000000000000000000000000000000000000800a', withdrawalMessage)],
          [entryOf('0x000000000000000000000000000000000000800a', withdrawalMessage)],
        ),
      zks_getL2ToL1LogProof: () => ({ proof: GATEWAY_PROOF, id: 9, root: HASH }),
    })
    const params = await getFinalizeWithdrawalParams(l1, { l2Client: client, hash: HASH, bridgehub: MESSENGER })
    expect(params).toEqual({
      chainId: 271n,
      l2BatchNumber: 42n,
      l2MessageIndex: 9n,
      l2Sender: '0x000000000000000000000000000000000000800A',
      l2TxNumberInBatch: 7,
      message: withdrawalMessage,
      merkleProof: GATEWAY_PROOF,
    })
  })

  test('two messages: no index is WithdrawalIndexRequiredError with the count; index 1 asks the proof of the second messenger log', async () => {
    const second = `0x6c0960f9${'22'.repeat(20)}${'00'.repeat(31)}02` as Hex
    const { client, asked } = scriptedL2({
      eth_getTransactionReceipt: () =>
        receipt(
          [
            messageLog('0x000000000000000000000000000000000000800a', withdrawalMessage),
            messageLog('0x000000000000000000000000000000000000800a', second),
          ],
          [
            entryOf('0x000000000000000000000000000000000000800a', withdrawalMessage),
            { sender: '0x0000000000000000000000000000000000008001', key: HASH, value: HASH },
            entryOf('0x000000000000000000000000000000000000800a', second),
          ],
          false,
        ),
      zks_getL2ToL1LogProof: () => ({ proof: [HASH], id: 4, root: HASH, batchNumber: '0x5' }),
    })
    await expect(
      getFinalizeWithdrawalParams(l1, { l2Client: client, hash: HASH, bridgehub: MESSENGER }),
    ).rejects.toMatchObject({
      name: 'WithdrawalIndexRequiredError',
      count: 2,
    })
    await expect(
      getFinalizeWithdrawalParams(l1, { l2Client: client, hash: HASH, index: 2, bridgehub: MESSENGER }),
    ).rejects.toMatchObject({ name: 'WithdrawalIndexOutOfRangeError' })
    asked.length = 0
    // ZKsync OS shape from v0.16: no l1BatchNumber on the receipt, transactionIndex on the log, batchNumber on the proof
    const { client: os } = scriptedL2({
      eth_getTransactionReceipt: () =>
        receipt(
          [
            messageLog('0x000000000000000000000000000000000000800a', withdrawalMessage),
            messageLog('0x000000000000000000000000000000000000800a', second),
          ],
          [
            entryOf('0x000000000000000000000000000000000000800a', withdrawalMessage, { transactionIndex: '0x3' }),
            { sender: '0x0000000000000000000000000000000000008001', key: HASH, value: HASH, transactionIndex: '0x3' },
            entryOf('0x000000000000000000000000000000000000800a', second, { transactionIndex: '0x3' }),
          ],
          false,
        ),
      zks_getL2ToL1LogProof: (params) => {
        asked.push({ method: 'proof', params })
        return { proof: [HASH], id: 4, root: HASH, batchNumber: '0x5' }
      },
    })
    const params = await getFinalizeWithdrawalParams(l1, { l2Client: os, hash: HASH, index: 1, bridgehub: MESSENGER })
    expect(asked).toEqual([{ method: 'proof', params: [HASH, 2] }])
    expect(params).toMatchObject({ l2BatchNumber: 5n, l2TxNumberInBatch: 3, message: second, l2MessageIndex: 4n })
  })
})
