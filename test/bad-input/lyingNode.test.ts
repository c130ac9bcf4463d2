/**
 * A lying L2 node, one field at a time: every field of every L2 answer the withdrawal actions read (the receipt, its
 * logs and L2->L1 logs, the proof) is changed alone, and the library must either refuse with one of its typed errors
 * or report what L1 says: never `finalized` for a withdrawal L1 has not finalized, never `ready-to-finalize` with
 * parameters other than the true ones, and nothing prepared for sending that is not the honest finalization.
 * Withdrawals on the Era chain A (batch fields on the receipt and on each log) and on the ZKsync OS chain C (the
 * batch only in the proof, the position only in the L2->L1 log), each answering in its recorded server shapes.
 */
import { createPublicClient, custom, type Hex, http, keccak256, pad, parseEther, toHex } from 'viem'
import { beforeEach, describe, expect, test } from 'vitest'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getDepositStatus } from '../../src/actions/getDepositStatus.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { prepareClaimFailedDeposit } from '../../src/actions/prepareClaimFailedDeposit.js'
import { prepareFinalizeWithdrawal } from '../../src/actions/prepareFinalizeWithdrawal.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { ZksyncL1Error } from '../../src/errors/base.js'
import { type AnyL2Node, accounts, hasChain, useHarness } from '../harness/index.js'
import { depositBase, depositToken, ETH, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: [] })
const OTHER = keccak256(toHex('another value'))
const MESSENGER = '0x0000000000000000000000000000000000008008'

type Answer = Record<string, any>
type Mutation = {
  method: 'eth_getTransactionReceipt' | 'zks_getL2ToL1LogProof'
  change: (a: Answer) => unknown
  /** a field only one kind of node sends */
  only?: 'era' | 'zksync-os'
}

/** The index of the messenger's `L1MessageSent` in the receipt's logs, and of its entry in `l2ToL1Logs`. */
const messageLog = (r: Answer) => r.logs.findIndex((l: Answer) => l.address.toLowerCase() === MESSENGER)
const messageEntry = (r: Answer) => r.l2ToL1Logs.findIndex((l: Answer) => l.sender.toLowerCase() === MESSENGER)
const bump = (q: string) => toHex(BigInt(q) + 1n)

const receipt = (change: (r: Answer) => void, only?: Mutation['only']): Mutation => ({
  method: 'eth_getTransactionReceipt',
  change: (r) => {
    change(r)
    return r
  },
  ...(only ? { only } : {}),
})
const proof = (change: (p: Answer) => unknown, only?: Mutation['only']): Mutation => ({
  method: 'zks_getL2ToL1LogProof',
  change,
  ...(only ? { only } : {}),
})

const mutations: Record<string, Mutation> = {
  'receipt.transactionHash: another transaction': receipt((r) => {
    r.transactionHash = OTHER
  }),
  'receipt.status: reverted': receipt((r) => {
    r.status = '0x0'
  }),
  'receipt.status: not a status': receipt((r) => {
    r.status = 'yes'
  }),
  'receipt.l1BatchNumber: the next batch': receipt((r) => {
    r.l1BatchNumber = bump(r.l1BatchNumber)
  }, 'era'),
  'receipt.l1BatchTxIndex: another position': receipt((r) => {
    r.l1BatchTxIndex = bump(r.l1BatchTxIndex)
  }, 'era'),
  'receipt.logs: null': receipt((r) => {
    r.logs = null
  }),
  'receipt.logs: none': receipt((r) => {
    r.logs = []
  }),
  'log.address: not the messenger': receipt((r) => {
    r.logs[messageLog(r)].address = '0x0000000000000000000000000000000000008009'
  }),
  'log.topics[0]: another event': receipt((r) => {
    r.logs[messageLog(r)].topics[0] = OTHER
  }),
  'log.topics[1]: another sender (the asset router)': receipt((r) => {
    r.logs[messageLog(r)].topics[1] = pad('0x0000000000000000000000000000000000010003')
  }),
  'log.topics[2]: another message hash': receipt((r) => {
    r.logs[messageLog(r)].topics[2] = OTHER
  }),
  'log.topics: the sender and hash missing': receipt((r) => {
    r.logs[messageLog(r)].topics = r.logs[messageLog(r)].topics.slice(0, 1)
  }),
  'log.data: not ABI bytes': receipt((r) => {
    r.logs[messageLog(r)].data = '0x1234'
  }),
  'log.data + topics[2] + l2ToL1Logs value: a coherent message paying 100 ETH to the node': receipt((r) => {
    const message = `0x6c0960f9${'77'.repeat(20)}${pad(toHex(parseEther('100'))).slice(2)}` as Hex
    const log = r.logs[messageLog(r)]
    log.data = `0x${'00'.repeat(31)}20${pad(toHex(56)).slice(2)}${message.slice(2)}${'00'.repeat(8)}`
    log.topics[2] = keccak256(message)
    r.l2ToL1Logs[messageEntry(r)].value = keccak256(message)
  }),
  'l2ToL1Logs: none': receipt((r) => {
    r.l2ToL1Logs = []
  }),
  'l2ToL1Logs: null': receipt((r) => {
    r.l2ToL1Logs = null
  }),
  'l2ToL1Log.sender: not the messenger': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].sender = '0x0000000000000000000000000000000000008001'
  }),
  'l2ToL1Log.key: another sender': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].key = OTHER
  }),
  'l2ToL1Log.value: another message hash': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].value = OTHER
  }),
  'l2ToL1Log.txIndexInL1Batch: another position': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].txIndexInL1Batch = bump(r.l2ToL1Logs[messageEntry(r)].txIndexInL1Batch)
  }, 'era'),
  'l2ToL1Log.l1BatchNumber: another batch': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].l1BatchNumber = bump(r.l2ToL1Logs[messageEntry(r)].l1BatchNumber)
  }, 'era'),
  'l2ToL1Log.tx_number_in_block: another position': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].tx_number_in_block += 1
  }, 'zksync-os'),
  'l2ToL1Log.tx_number_in_block: a string': receipt((r) => {
    r.l2ToL1Logs[messageEntry(r)].tx_number_in_block = 'first'
  }, 'zksync-os'),
  'proof.id: the next leaf': proof((p) => ({ ...p, id: p.id + 1 })),
  'proof.id: the first withdrawal, finalized': proof((p) => ({ ...p, id: p.id - 1 })),
  'proof.id: not a number': proof((p) => ({ ...p, id: 'one' })),
  'proof.proof: one element changed': proof((p) => ({
    ...p,
    proof: p.proof.map((x: Hex, i: number) => (i === 2 ? OTHER : x)),
  })),
  'proof.proof: empty': proof((p) => ({ ...p, proof: [] })),
  'proof.proof: cut short': proof((p) => ({ ...p, proof: p.proof.slice(0, 5) })),
  'proof.proof: null': proof((p) => ({ ...p, proof: null })),
  'proof.proof: elements that are not 32 bytes': proof((p) => ({ ...p, proof: p.proof.map(() => '0x12') })),
  'proof.root: another root': proof((p) => ({ ...p, root: OTHER })),
  'proof.batchNumber: the next batch': proof((p) => ({ ...p, batchNumber: p.batchNumber + 1 }), 'era'),
  'proof.batch_number: the next batch': proof((p) => ({ ...p, batch_number: p.batch_number + 1 }), 'zksync-os'),
  'proof.batch_number: an earlier, executed batch': proof((p) => ({ ...p, batch_number: 1 }), 'zksync-os'),
  'proof.batch_number: missing': proof(({ batch_number: _, ...p }) => p, 'zksync-os'),
  'proof.batch_number: a string': proof((p) => ({ ...p, batch_number: 'two' }), 'zksync-os'),
  'proof: null (not ready)': proof(() => null),
  'proof: a string': proof(() => 'proof'),
}

/** An L2 client whose node changes one answer. */
function lyingClient(node: AnyL2Node, mutation: Mutation) {
  const honest = http(node.rpcUrl)({ retryCount: 0 })
  return createPublicClient({
    chain: h.l2Client(node).chain,
    transport: custom(
      {
        async request({ method, params }) {
          const answer = await honest.request({ method, params } as never)
          if (method !== mutation.method || answer === null) return answer
          return mutation.change(structuredClone(answer) as Answer)
        },
      },
      { retryCount: 0 },
    ),
  })
}

describe.each((['era', 'zksync-os'] as const).filter((kind) => hasChain(kind === 'era' ? 'a' : 'c')))(
  'a lying %s node, field by field',
  (kind) => {
    const node = () => (kind === 'era' ? h.l2.a : h.l2.c)
    let finalized: Hex
    let ready: Hex
    beforeEach(async () => {
      await depositBase(h, node(), accounts.alice, parseEther('3'))
      const wallet = l2Wallet(h, node(), 'alice')
      finalized = await withdraw(wallet, { token: ETH, amount: parseEther('1'), to: accounts.carol })
      ready = await withdraw(wallet, { token: ETH, amount: parseEther('1'), to: accounts.carol })
      await node().settle()
      const l2Client = h.l2Client(node())
      await h.l1.waitForTransactionReceipt({ hash: await finalizeWithdrawal(h.bob, { l2Client, hash: finalized }) })
    })

    test.each(Object.entries(mutations).filter(([, m]) => !m.only || m.only === kind))(
      '%s: the true status, or a typed error; nothing false prepared',
      async (_, mutation) => {
        const l2Client = h.l2Client(node())
        const lying = lyingClient(node(), mutation)
        const honest = await prepareFinalizeWithdrawal(h.bob, { l2Client, hash: ready })
        const outcome = <T>(p: Promise<T>) =>
          p.then(
            (value) => ({ value }),
            (error: unknown) => {
              // a typed error of the library, never a TypeError or a raw viem error
              expect(error, String(error)).toBeInstanceOf(ZksyncL1Error)
              return { error: error as ZksyncL1Error }
            },
          )

        for (const [hash, truth] of [
          [ready, 'ready-to-finalize'],
          [finalized, 'finalized'],
        ] as const) {
          const status = await outcome(getWithdrawalStatus(h.l1, { l2Client: lying, hash }))
          if ('value' in status) {
            // the node can withhold or spoil its proof (a delay, or `proof-invalid`), never make L1 say something else
            expect(['proof-invalid', 'waiting-for-batch', 'l2-pending', 'l2-failed', truth]).toContain(
              status.value.status,
            )
            if (status.value.status === truth && status.value.params) {
              const real = await getWithdrawalStatus(h.l1, { l2Client, hash })
              expect(status.value.params).toEqual(real.params)
            }
          }
          const done = await outcome(isWithdrawalFinalized(h.l1, { l2Client: lying, hash }))
          if ('value' in done) expect(done.value).toBe(truth === 'finalized' ? done.value : false)
          if ('value' in done && truth === 'ready-to-finalize') expect(done.value).toBe(false)
        }

        h.l1Transport.reset()
        const prepared = await outcome(prepareFinalizeWithdrawal(h.bob, { l2Client: lying, hash: ready }))
        // what is prepared is the honest finalization, byte for byte, or nothing
        if ('value' in prepared) expect(prepared.value.data).toBe(honest.data)
        expect(h.l1Transport.sends()).toEqual([])
      },
    )
  },
)

/** Mutations of the answers a claim reads: the receipt of the failed priority tx (its status log) and its proof. */
const claimMutations: Record<string, Mutation> = {
  'receipt.status: success': receipt((r) => {
    r.status = '0x1'
  }),
  'receipt.transactionHash: another transaction': receipt((r) => {
    r.transactionHash = OTHER
  }),
  'receipt.l1BatchNumber: the next batch': receipt((r) => {
    r.l1BatchNumber = bump(r.l1BatchNumber)
  }),
  'receipt.l1BatchTxIndex: another position': receipt((r) => {
    r.l1BatchTxIndex = bump(r.l1BatchTxIndex)
  }),
  'status log.value: success': receipt((r) => {
    const i = r.l2ToL1Logs.findIndex((l: Answer) => l.sender.endsWith('8001'))
    r.l2ToL1Logs[i].value = pad('0x01')
  }),
  'status log.key: another transaction': receipt((r) => {
    const i = r.l2ToL1Logs.findIndex((l: Answer) => l.sender.endsWith('8001'))
    r.l2ToL1Logs[i].key = OTHER
  }),
  'l2ToL1Logs: none': receipt((r) => {
    r.l2ToL1Logs = []
  }),
  'proof.id: the next leaf': proof((p) => ({ ...p, id: p.id + 1 })),
  'proof.proof: one element changed': proof((p) => ({
    ...p,
    proof: p.proof.map((x: Hex, i: number) => (i === 1 ? OTHER : x)),
  })),
  'proof.proof: empty': proof((p) => ({ ...p, proof: [] })),
  'proof.batchNumber: the next batch': proof((p) => ({ ...p, batchNumber: p.batchNumber + 1 })),
  'proof: null (not ready)': proof(() => null),
}

describe.runIf(hasChain('a'))('a lying node about a failed deposit', () => {
  let l1Hash: Hex
  beforeEach(async () => {
    h.l2.a.failPriorityTxs()
    l1Hash = (await depositToken(h, h.l2.a, h.deployment.tokens.testToken, 10n ** 18n)).hash
    await h.l2.a.settle()
  })

  test.each(Object.entries(claimMutations))(
    '%s: claimable only as L1 verifies it, and only the honest claim prepared',
    async (_, mutation) => {
      const l2Client = h.l2Client(h.l2.a)
      const lying = lyingClient(h.l2.a, mutation)
      const honest = await prepareClaimFailedDeposit(h.bob, { l2Client, hash: l1Hash })
      expect((await getDepositStatus(h.l1, { l2Client, hash: l1Hash })).claimable).toBe(true)

      const status = await getDepositStatus(h.l1, { l2Client: lying, hash: l1Hash }).catch((error: unknown) => {
        expect(error, String(error)).toBeInstanceOf(ZksyncL1Error)
        return undefined
      })
      // a lie can hide the claim (not claimable, or not failed), never make a wrong one claimable
      if (status?.claimable) expect(status.status).toBe('l2-failed')

      h.l1Transport.reset()
      const prepared = await prepareClaimFailedDeposit(h.bob, { l2Client: lying, hash: l1Hash }).catch(
        (error: unknown) => {
          expect(error, String(error)).toBeInstanceOf(ZksyncL1Error)
          return undefined
        },
      )
      if (prepared) expect(prepared.data).toBe(honest.data)
      expect(h.l1Transport.sends()).toEqual([])
    },
  )
})

describe.runIf(hasChain('a'))('a lying node about a deposit', () => {
  test.each([
    ['a receipt of another transaction', (r: Answer) => ({ ...r, transactionHash: OTHER })],
    ['something that is no receipt', () => ({ hello: 'world' })],
    ['a receipt without a status', ({ status: _, ...r }: Answer) => r],
  ])('%s: L2ResponseMalformedError from getDepositStatus, not a status', async (_, change) => {
    const { hash } = await depositBase(h, h.l2.a, accounts.alice, parseEther('1'))
    const lying = lyingClient(h.l2.a, { method: 'eth_getTransactionReceipt', change })
    await expect(getDepositStatus(h.l1, { l2Client: lying, hash })).rejects.toMatchObject({
      name: 'L2ResponseMalformedError',
      method: 'eth_getTransactionReceipt',
    })
  })
})

test.runIf(hasChain('a'))(
  'a claim from the L2 hash: a transaction of another hash is an L2ResponseMalformedError, nothing sent',
  async () => {
    h.l2.a.failPriorityTxs()
    const { l2Hash } = await depositToken(h, h.l2.a, h.deployment.tokens.testToken, 10n ** 18n)
    await h.l2.a.settle()
    const lying = createPublicClient({
      chain: h.l2Client(h.l2.a).chain,
      transport: custom({
        async request({ method, params }) {
          const answer = (await http(h.l2.a.rpcUrl)({ retryCount: 0 }).request({ method, params } as never)) as Answer
          return method === 'eth_getTransactionByHash' && answer ? { ...answer, hash: OTHER } : answer
        },
      }),
    })
    h.l1Transport.reset()
    await expect(prepareClaimFailedDeposit(h.bob, { l2Client: lying, hash: l2Hash })).rejects.toMatchObject({
      name: 'L2ResponseMalformedError',
      method: 'eth_getTransactionByHash',
    })
    expect(h.l1Transport.sends()).toEqual([])
  },
)
