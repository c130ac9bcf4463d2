import { type Hash, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { deposit } from '../../src/actions/deposit.js'
import { getDepositStatus } from '../../src/actions/getDepositStatus.js'
import { getL2TransactionHash } from '../../src/actions/getL2TransactionHash.js'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a'] })
const ETH = '0x0000000000000000000000000000000000000000'

async function ethDeposit() {
  return deposit(h.alice, { l2Client: h.l2Client(h.l2.a), token: ETH, amount: parseEther('1') })
}

describe('getDepositStatus', () => {
  test('goes l1-pending, l2-pending, l2-executed', async () => {
    const l2Client = h.l2Client(h.l2.a)
    h.l2.a.setAutoRelay(false)
    await h.test.setAutomine(false)
    const hash = await ethDeposit()
    expect((await getDepositStatus(h.l1, { l2Client, hash })).status).toBe('l1-pending')
    await h.test.mine({ blocks: 1 })
    await h.test.setAutomine(true)
    const pending = await getDepositStatus(h.l1, { l2Client, hash })
    expect(pending.status).toBe('l2-pending')
    expect(pending.l2Hash).toBe(await getL2TransactionHash(h.l1, { hash, l2Client }))
    await h.l2.a.relay()
    const done = await getDepositStatus(h.l1, { l2Client, hash })
    expect(done.status).toBe('l2-executed')
    expect(done.l2Receipt?.status).toBe('success')
  })

  test('a failed token deposit is claimable once L1 verifies the failure, then claimed; a failed ETH deposit never', async () => {
    const l2Client = h.l2Client(h.l2.a)
    h.l2.a.failPriorityTxs()
    const eth = await ethDeposit()
    const token = await deposit(h.alice, {
      l2Client,
      token: h.deployment.tokens.testToken,
      amount: 10n,
      approve: true,
    })
    expect(await getDepositStatus(h.l1, { l2Client, hash: eth })).toMatchObject({
      status: 'l2-failed',
      claimable: false,
    })
    // not claimable before L1 can verify the failure: no proof yet, then the batch not executed
    expect(await getDepositStatus(h.l1, { l2Client, hash: token })).toMatchObject({
      status: 'l2-failed',
      claimable: false,
      claimWaitingFor: 'proof',
    })
    await h.l2.a.sealBatch()
    await h.l2.a.commitBatches()
    expect(await getDepositStatus(h.l1, { l2Client, hash: token })).toMatchObject({
      claimable: false,
      claimWaitingFor: 'batch-execution',
    })
    await h.l2.a.executeBatches()
    expect(await getDepositStatus(h.l1, { l2Client, hash: token })).toMatchObject({
      status: 'l2-failed',
      claimable: true,
    })
    // claimed: the L1Nullifier's record is gone, the status says so
    await h.l1.waitForTransactionReceipt({ hash: await claimFailedDeposit(h.bob, { l2Client, hash: token }) })
    expect(await getDepositStatus(h.l1, { l2Client, hash: token })).toMatchObject({
      status: 'l2-failed',
      claimable: false,
      claimed: true,
    })
  })

  test('an L1 transaction that is no deposit has no L2 hash', async () => {
    const hash = await h.alice.sendTransaction({ to: accounts.carol, value: 1n })
    await h.l1.waitForTransactionReceipt({ hash })
    await expect(getL2TransactionHash(h.l1, { hash, l2Client: h.l2Client(h.l2.a) })).rejects.toMatchObject({
      name: 'L2TransactionHashNotFoundError',
    })
  })
})

describe('waitForDepositExecution', () => {
  test('returns the L2 receipt and reports each status once', async () => {
    const l2Client = h.l2Client(h.l2.a)
    h.l2.a.setAutoRelay(false)
    const hash = await ethDeposit()
    const seen: string[] = []
    setTimeout(() => h.l2.a.relay(), 50)
    const receipt = await waitForDepositExecution(h.l1, {
      l2Client,
      hash,
      pollingInterval: 10,
      onStatus: (s) => seen.push(s.status),
    })
    expect(receipt.status).toBe('success')
    expect(receipt.transactionHash).toBe(await getL2TransactionHash(h.l1, { hash, l2Client }))
    // the L1 receipt may not be readable at the first poll right after sending: l1-pending may lead
    expect(seen.filter((s) => s !== 'l1-pending')).toEqual(['l2-pending', 'l2-executed'])
    expect(new Set(seen).size).toBe(seen.length)
  })

  test('times out with the last status', async () => {
    h.l2.a.setAutoRelay(false)
    const hash = await ethDeposit()
    await expect(
      waitForDepositExecution(h.l1, { l2Client: h.l2Client(h.l2.a), hash, timeout: 400, pollingInterval: 10 }),
    ).rejects.toMatchObject({ name: 'WaitTimeoutError', lastStatus: 'l2-pending' })
  })

  test('stops on abort', async () => {
    h.l2.a.setAutoRelay(false)
    const hash = await ethDeposit()
    const controller = new AbortController()
    // the abort interrupts a poll in flight, so it is scheduled once the first status is known
    await expect(
      waitForDepositExecution(h.l1, {
        l2Client: h.l2Client(h.l2.a),
        hash,
        pollingInterval: 10,
        signal: controller.signal,
        onStatus: () => setTimeout(() => controller.abort(), 30),
      }),
    ).rejects.toMatchObject({ name: 'WaitAbortedError', lastStatus: 'l2-pending' })
  })

  test('an L1 hash that never lands times out as l1-pending', async () => {
    const hash: Hash = `0x${'12'.repeat(32)}`
    await expect(
      waitForDepositExecution(h.l1, { l2Client: h.l2Client(h.l2.a), hash, timeout: 300, pollingInterval: 10 }),
    ).rejects.toMatchObject({ name: 'WaitTimeoutError', lastStatus: 'l1-pending' })
  })
})
