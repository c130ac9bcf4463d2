/**
 * The waits' clock: a `timeout` or a `pollingInterval` longer than a timer can hold (2^31 - 1 ms, about 24.8 days), or
 * `Infinity`, is kept, not fired at once; a client whose `pollingInterval` is 0 or missing does not end or flood the
 * wait. On a fake clock over in-memory nodes (each answer takes 50 ms, as a network would), then end to end on the
 * harness in real time.
 */
import { type Chain, type Client, createPublicClient, custom, type Hex, http, parseEther } from 'viem'
import { mainnet } from 'viem/chains'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { getFinalizeWithdrawalParams } from '../../src/actions/getFinalizeWithdrawalParams.js'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { waitForWithdrawalReady } from '../../src/actions/waitForWithdrawalReady.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { zksync } from '../../src/chains/index.js'
import { faultyTransport } from '../harness/faults.js'
import { accounts, l2ChainOf, useHarness } from '../harness/index.js'
import { depositBase, ETH, l2Wallet } from '../harness/raw.js'

const HASH = `0x${'ab'.repeat(32)}` as Hex
const DAY = 86_400_000
/** the longest delay `setTimeout` holds */
const MAX_TIMER = 2 ** 31 - 1
const LATENCY = 50

/** An in-memory node answering `null` (nothing found) to every request after `LATENCY` ms; it counts the requests. */
function node(chain: Chain, pollingInterval?: number) {
  const methods: string[] = []
  const request = async ({ method }: { method: string }) => {
    methods.push(method)
    await new Promise((resolve) => setTimeout(resolve, LATENCY))
    return method === 'eth_chainId' ? `0x${chain.id.toString(16)}` : null
  }
  const client = createPublicClient({ chain, transport: custom({ request }, { retryCount: 0 }), pollingInterval })
  return { client, methods, request }
}

/** Whether and how a promise settled, read without awaiting it. */
function track(promise: Promise<unknown>) {
  const state: { settled: boolean; error?: (Error & Record<string, unknown>) | undefined } = { settled: false }
  promise.then(
    () => {
      state.settled = true
    },
    (error) => {
      state.settled = true
      state.error = error
    },
  )
  return state
}

describe('on a fake clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('waitForDepositExecution with a timeout of 2^31 ms waits until then, then WaitTimeoutError names it', async () => {
    const l1 = node(mainnet)
    const l2 = node(zksync)
    const wait = track(
      waitForDepositExecution(l1.client, { l2Client: l2.client, hash: HASH, timeout: 2 ** 31, pollingInterval: DAY }),
    )
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1_000)
    expect(wait.settled).toBe(false)
    // one L1 receipt read a day (the deposit is l1-pending), the L2 never asked
    expect(l1.methods).toHaveLength(25)
    expect(new Set(l1.methods)).toEqual(new Set(['eth_getTransactionReceipt']))
    expect(l2.methods).toEqual([])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(wait.error).toMatchObject({ name: 'WaitTimeoutError', lastStatus: 'l1-pending' })
    expect(wait.error?.shortMessage).toContain('2147483648 ms')
  })

  test('waitForWithdrawalReady with a 30-day timeout waits 30 days, then WaitTimeoutError with what it waits for', async () => {
    const l1 = node(mainnet)
    const l2 = node(zksync)
    const timeout = 30 * DAY
    const wait = track(
      waitForWithdrawalReady(l1.client, { l2Client: l2.client, hash: HASH, timeout, pollingInterval: DAY }),
    )
    await vi.advanceTimersByTimeAsync(timeout - 1_000)
    expect(wait.settled).toBe(false)
    expect(l2.methods.filter((m) => m === 'eth_getTransactionReceipt')).toHaveLength(30)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(wait.error).toMatchObject({
      name: 'WaitTimeoutError',
      lastStatus: 'l2-pending',
      metaMessages: expect.arrayContaining(['waiting for: l2-receipt']),
    })
    expect(wait.error?.shortMessage).toContain(`${timeout} ms`)
  })

  test('waitForDepositExecution with timeout Infinity still polls after 1,000 days, and stops on abort', async () => {
    const l1 = node(mainnet)
    const controller = new AbortController()
    const wait = track(
      waitForDepositExecution(l1.client, {
        l2Client: node(zksync).client,
        hash: HASH,
        timeout: Number.POSITIVE_INFINITY,
        pollingInterval: DAY,
        signal: controller.signal,
      }),
    )
    await vi.advanceTimersByTimeAsync(1_000 * DAY)
    expect(wait.settled).toBe(false)
    expect(l1.methods).toHaveLength(1_000)
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(wait.error).toMatchObject({ name: 'WaitAbortedError', lastStatus: 'l1-pending' })
  })

  test('waitForWithdrawalReady with a pollingInterval of 2^32 ms sleeps that long between two reads', async () => {
    const l2 = node(zksync)
    const reads = () => l2.methods.filter((m) => m === 'eth_getTransactionReceipt').length
    const wait = track(
      waitForWithdrawalReady(node(mainnet).client, {
        l2Client: l2.client,
        hash: HASH,
        timeout: Number.POSITIVE_INFINITY,
        pollingInterval: 2 ** 32,
      }),
    )
    await vi.advanceTimersByTimeAsync(LATENCY + MAX_TIMER + 1_000)
    expect(reads()).toBe(1)
    await vi.advanceTimersByTimeAsync(2 ** 32 - MAX_TIMER - 1_000 - 1)
    expect(reads()).toBe(1)
    await vi.advanceTimersByTimeAsync(2)
    expect(reads()).toBe(2)
    expect(wait.settled).toBe(false)
  })

  test('an abort in the middle of a sleep of 2^32 ms stops the wait at once', async () => {
    const controller = new AbortController()
    const wait = track(
      waitForDepositExecution(node(mainnet).client, {
        l2Client: node(zksync).client,
        hash: HASH,
        timeout: 2 ** 33,
        pollingInterval: 2 ** 32,
        signal: controller.signal,
      }),
    )
    await vi.advanceTimersByTimeAsync(10 * DAY)
    expect(wait.settled).toBe(false)
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(wait.error).toMatchObject({ name: 'WaitAbortedError', lastStatus: 'l1-pending' })
  })

  test('waitForWithdrawalReady over an L1 client with pollingInterval 0 keeps polling (at 1 ms) until its timeout', async () => {
    const l2 = node(zksync)
    const wait = track(
      waitForWithdrawalReady(node(mainnet, 0).client, { l2Client: l2.client, hash: HASH, timeout: 10_000 }),
    )
    await vi.advanceTimersByTimeAsync(1_000)
    expect(wait.settled).toBe(false)
    // a read every LATENCY + 1 ms
    const reads = l2.methods.filter((m) => m === 'eth_getTransactionReceipt').length
    expect(reads).toBeGreaterThan(10)
    expect(reads).toBeLessThanOrEqual(Math.ceil(1_000 / (LATENCY + 1)))
    await vi.advanceTimersByTimeAsync(9_000)
    expect(wait.error).toMatchObject({ name: 'WaitTimeoutError', lastStatus: 'l2-pending' })
  })

  test('waitForDepositExecution over an l2Client without a pollingInterval polls every 4 s, not every tick', async () => {
    const l1 = node(mainnet)
    // a client of its own making: `request` and nothing else
    const l2Client = { request: node(zksync).request } as unknown as Client
    const wait = track(waitForDepositExecution(l1.client, { l2Client, hash: HASH, timeout: 60_000 }))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(wait.settled).toBe(false)
    // reads at 0, 4,050 and 8,100 ms
    expect(l1.methods).toHaveLength(3)
  })
})

describe('end to end', () => {
  const h = useHarness({ chains: ['a'] })

  test('waitForDepositExecution with timeout Infinity returns the L2 receipt once the deposit is executed', async () => {
    const l2Client = h.l2Client(h.l2.a)
    h.l2.a.setAutoRelay(false)
    const hash = await deposit(h.alice, { l2Client, token: ETH, amount: parseEther('1') })
    const seen: string[] = []
    const waiting = waitForDepositExecution(h.l1, {
      l2Client,
      hash,
      timeout: Number.POSITIVE_INFINITY,
      pollingInterval: 10,
      onStatus: ({ status }) => seen.push(status),
    })
    await vi.waitFor(() => expect(seen).toContain('l2-pending'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    await h.l2.a.relay()
    const receipt = await waiting
    expect(receipt.status).toBe('success')
    expect(seen.at(-1)).toBe('l2-executed')
  })

  test('waitForDepositExecution with a timeout of 2^32 ms is still waiting 300 ms later', async () => {
    h.l2.a.setAutoRelay(false)
    const l2Client = h.l2Client(h.l2.a)
    const hash = await deposit(h.alice, { l2Client, token: ETH, amount: parseEther('1') })
    const controller = new AbortController()
    const wait = track(
      waitForDepositExecution(h.l1, {
        l2Client,
        hash,
        timeout: 2 ** 32,
        pollingInterval: 10,
        signal: controller.signal,
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(wait.error?.message).toBeUndefined()
    expect(wait.settled).toBe(false)
    controller.abort()
    await vi.waitFor(() => expect(wait.error).toMatchObject({ name: 'WaitAbortedError', lastStatus: 'l2-pending' }))
  })

  test('waitForWithdrawalReady with timeout Infinity resolves with the params once the batch is executed', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const l2Client = h.l2Client(h.l2.a)
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    const seen: string[] = []
    const waiting = waitForWithdrawalReady(h.l1, {
      l2Client,
      hash,
      timeout: Number.POSITIVE_INFINITY,
      pollingInterval: 10,
      onStatus: ({ status, waitingFor }) => seen.push(`${status}/${waitingFor ?? ''}`),
    })
    await vi.waitFor(() => expect(seen).toEqual(['waiting-for-batch/proof']))
    await h.l2.a.sealBatch()
    await h.l2.a.commitBatches()
    await h.l2.a.executeBatches()
    expect(await waiting).toEqual(await getFinalizeWithdrawalParams(h.l1, { l2Client, hash }))
    expect(seen.at(-1)).toBe('ready-to-finalize/')
  })

  test('waitForWithdrawalReady over an L1 client with pollingInterval 0 polls until its timeout, not once', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    const l1 = createPublicClient({ chain: h.l1.chain, transport: h.l1Transport.transport, pollingInterval: 0 })
    h.l2Transport.a.reset()
    const start = Date.now()
    await expect(
      waitForWithdrawalReady(l1, { l2Client: h.l2Client(h.l2.a), hash, timeout: 400 }),
    ).rejects.toMatchObject({ name: 'WaitTimeoutError', lastStatus: 'waiting-for-batch' })
    expect(Date.now() - start).toBeGreaterThanOrEqual(390)
    expect(h.l2Transport.a.counts().eth_getTransactionReceipt).toBeGreaterThan(1)
  })

  // a malformed answer is not "pending": even with no deadline the wait ends at the first one, with the node's fault
  test('waitForWithdrawalReady with timeout Infinity ends at once on an L2 answer that is no receipt', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    const f = faultyTransport(http(h.l2.a.rpcUrl), [
      { method: 'eth_getTransactionReceipt', fault: { kind: 'value', value: { hello: 'world' } } },
    ])
    const l2Client = createPublicClient({ chain: l2ChainOf(h.l2.a.chain, 'L2'), transport: f.transport })
    const error = await waitForWithdrawalReady(h.l1, {
      l2Client,
      hash,
      timeout: Number.POSITIVE_INFINITY,
      pollingInterval: 10,
    }).catch((e) => e)
    expect(error).toMatchObject({ name: 'L2ResponseMalformedError', method: 'eth_getTransactionReceipt', hash })
    expect(f.injected).toHaveLength(1)
  })
})
