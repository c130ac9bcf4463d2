/**
 * The L2 -> L1 half end to end on the harness: withdraw on L2, follow the status as the simulated node seals, commits
 * and executes the batch on the real L1, finalize through the real L1Nullifier (or the custom bridge), refuse a replay.
 */
import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  parseAbi,
  parseEther,
} from 'viem'
import { describe, expect, test, vi } from 'vitest'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getFinalizeWithdrawalParams } from '../../src/actions/getFinalizeWithdrawalParams.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { prepareFinalizeWithdrawal } from '../../src/actions/prepareFinalizeWithdrawal.js'
import { prepareWithdraw } from '../../src/actions/prepareWithdraw.js'
import { waitForWithdrawalReady } from '../../src/actions/waitForWithdrawalReady.js'
import { withdraw } from '../../src/actions/withdraw.js'
import type { AnyL2Node } from '../harness/index.js'
import { accounts, hasChain, useHarness } from '../harness/index.js'
import { depositBase, depositToken, ETH, L2_BASE_TOKEN, l1TokenBalance, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: [] })
const ETH_L1: Address = '0x0000000000000000000000000000000000000001'

/** Finalizes with bob (anyone may) and returns the L1 receipt. */
async function finalizeWithBob(node: AnyL2Node, hash: Hex) {
  const l1Hash = await finalizeWithdrawal(h.bob, { l2Client: h.l2Client(node), hash })
  return h.l1.waitForTransactionReceipt({ hash: l1Hash })
}

async function expectReplayRefused(node: AnyL2Node, hash: Hex) {
  h.l1Transport.reset()
  await expect(finalizeWithdrawal(h.bob, { l2Client: h.l2Client(node), hash })).rejects.toMatchObject({
    name: 'WithdrawalAlreadyFinalizedError',
  })
  expect(h.l1Transport.sends()).toEqual([])
}

describe('Era chain A (ETH base)', () => {
  test.runIf(hasChain('a'))(
    'ETH: status walks waiting-for-batch (proof, then execution) to ready and finalized; carol is paid',
    async () => {
      await depositBase(h, h.l2.a, accounts.alice, parseEther('3'))
      const l2Client = h.l2Client(h.l2.a)
      const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), {
        token: ETH,
        amount: parseEther('1'),
        to: accounts.carol,
      })
      const status = () => getWithdrawalStatus(h.l1, { l2Client, hash })

      expect(await status()).toEqual({ status: 'waiting-for-batch', waitingFor: 'proof', l2BatchNumber: undefined })
      const batch = await h.l2.a.sealBatch()
      expect(await status()).toEqual({
        status: 'waiting-for-batch',
        waitingFor: 'proof',
        l2BatchNumber: BigInt(batch!),
      })
      await h.l2.a.commitBatches()
      expect(await status()).toMatchObject({ status: 'waiting-for-batch', waitingFor: 'batch-execution' })
      await expect(finalizeWithdrawal(h.bob, { l2Client, hash })).rejects.toMatchObject({
        name: 'WithdrawalNotReadyError',
        status: 'waiting-for-batch',
        waitingFor: 'batch-execution',
      })
      await h.l2.a.executeBatches()
      const ready = await status()
      expect(ready).toMatchObject({
        status: 'ready-to-finalize',
        finalizer: { type: 'l1-nullifier', address: h.deployment.l1Nullifier },
        params: { chainId: 271n, l2Sender: L2_BASE_TOKEN, l2BatchNumber: BigInt(batch!) },
      })
      expect(await isWithdrawalFinalized(h.l1, { l2Client, hash })).toBe(false)

      const before = await h.l1.getBalance({ address: accounts.carol })
      expect((await finalizeWithBob(h.l2.a, hash)).status).toBe('success')
      expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
      expect((await status()).status).toBe('finalized')
      expect(await isWithdrawalFinalized(h.l1, { l2Client, hash })).toBe(true)
      await expectReplayRefused(h.l2.a, hash)
    },
  )

  test.runIf(hasChain('a'))('ERC-20 (TST): withdrawn through the asset router and paid back in TST on L1', async () => {
    const token = h.deployment.tokens.testToken
    await depositToken(h, h.l2.a, token, 10n ** 19n)
    h.l2.a.setBalance(accounts.alice, parseEther('1'))
    const l2Token = h.l2.a.l2TokenAddress(token)
    const request = await prepareWithdraw(l2Wallet(h, h.l2.a, 'alice'), {
      token: l2Token,
      amount: 4n * 10n ** 18n,
      to: accounts.carol,
    })
    expect(request.to).toBe('0x0000000000000000000000000000000000010003')
    expect(request.value).toBe(0n)
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), {
      token: l2Token,
      amount: 4n * 10n ** 18n,
      to: accounts.carol,
    })
    expect(h.l2.a.tokenBalanceOf(l2Token, accounts.alice)).toBe(6n * 10n ** 18n)
    await h.l2.a.settle()
    const params = await getFinalizeWithdrawalParams(h.l1, { l2Client: h.l2Client(h.l2.a), hash })
    expect(params.l2Sender).toBe('0x0000000000000000000000000000000000010003')
    expect((await finalizeWithBob(h.l2.a, hash)).status).toBe('success')
    expect(await l1TokenBalance(h, token, accounts.carol)).toBe(4n * 10n ** 18n)
    expect(await isWithdrawalFinalized(h.l1, { l2Client: h.l2Client(h.l2.a), hash })).toBe(true)
    await expectReplayRefused(h.l2.a, hash)
  })

  test.runIf(hasChain('a'))(
    'the receiver defaults to the L2 account, and the base token may be named 0x…800a',
    async () => {
      await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
      const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: L2_BASE_TOKEN, amount: parseEther('1') })
      await h.l2.a.settle()
      const before = await h.l1.getBalance({ address: accounts.alice })
      expect((await finalizeWithBob(h.l2.a, hash)).status).toBe('success')
      expect((await h.l1.getBalance({ address: accounts.alice })) - before).toBe(parseEther('1'))
    },
  )

  test.runIf(hasChain('a'))('gas: null skips the L1 estimate; a given gas is kept', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    await h.l2.a.settle()
    h.l1Transport.reset()
    const skipped = await prepareFinalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash, gas: null })
    expect(skipped.gas).toBeUndefined()
    expect(h.l1Transport.methods()).not.toContain('eth_estimateGas')
    const estimated = await prepareFinalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash })
    expect(estimated.gas).toBeGreaterThan(50_000n)
    expect(estimated).toMatchObject({ to: h.deployment.l1Nullifier, data: skipped.data })
    const fixed = await prepareFinalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash, gas: 1_000_000n })
    expect(fixed.gas).toBe(1_000_000n)
  })
})

describe('Era chain B (BTB base)', () => {
  test.runIf(hasChain('b'))('the base token BTB: withdrawn through L2BaseToken and paid in BTB on L1', async () => {
    const btb = h.deployment.tokens.baseTokenB
    await depositBase(h, h.l2.b, accounts.alice, 10n ** 19n)
    const hash = await withdraw(l2Wallet(h, h.l2.b, 'alice'), {
      token: L2_BASE_TOKEN,
      amount: 4n * 10n ** 18n,
      to: accounts.carol,
    })
    await h.l2.b.settle()
    expect((await getWithdrawalStatus(h.l1, { l2Client: h.l2Client(h.l2.b), hash })).status).toBe('ready-to-finalize')
    expect((await finalizeWithBob(h.l2.b, hash)).status).toBe('success')
    expect(await l1TokenBalance(h, btb, accounts.carol)).toBe(4n * 10n ** 18n)
    expect(await isWithdrawalFinalized(h.l1, { l2Client: h.l2Client(h.l2.b), hash })).toBe(true)
    await expectReplayRefused(h.l2.b, hash)
  })

  test.runIf(hasChain('b'))(
    'ETH, a bridged token there: named 0x…00, withdrawn through the asset router, paid in ETH',
    async () => {
      await depositToken(h, h.l2.b, ETH_L1, parseEther('2'))
      h.l2.b.setBalance(accounts.alice, parseEther('1'))
      const request = await prepareWithdraw(l2Wallet(h, h.l2.b, 'alice'), {
        token: ETH,
        amount: parseEther('1'),
        to: accounts.carol,
      })
      expect(request).toMatchObject({ to: '0x0000000000000000000000000000000000010003', value: 0n })
      const hash = await withdraw(l2Wallet(h, h.l2.b, 'alice'), {
        token: ETH,
        amount: parseEther('1'),
        to: accounts.carol,
      })
      await h.l2.b.settle()
      const before = await h.l1.getBalance({ address: accounts.carol })
      expect((await finalizeWithBob(h.l2.b, hash)).status).toBe('success')
      expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
      await expectReplayRefused(h.l2.b, hash)
    },
  )
})

describe('ZKsync OS chain C', () => {
  test.runIf(hasChain('c'))(
    'ETH: no proof until executed (status stays waiting-for-batch), then metadata proof, finalize pays',
    async () => {
      await depositBase(h, h.l2.c, accounts.alice, parseEther('2'))
      const l2Client = h.l2Client(h.l2.c)
      const hash = await withdraw(l2Wallet(h, h.l2.c, 'alice'), {
        token: ETH,
        amount: parseEther('1'),
        to: accounts.carol,
      })
      const status = () => getWithdrawalStatus(h.l1, { l2Client, hash })
      expect(await status()).toMatchObject({ status: 'waiting-for-batch', waitingFor: 'proof' })
      await h.l2.c.sealBatch()
      expect(await status()).toMatchObject({ status: 'waiting-for-batch', waitingFor: 'proof' })
      await h.l2.c.commitBatches()
      expect(await status()).toMatchObject({ status: 'waiting-for-batch', waitingFor: 'proof' })
      await h.l2.c.executeBatches()
      const ready = await status()
      expect(ready.status).toBe('ready-to-finalize')
      expect(ready.params?.merkleProof[0]).toBe(`0x010f0001${'00'.repeat(28)}`)
      expect(ready.params?.l2BatchNumber).toBe(1n)
      const before = await h.l1.getBalance({ address: accounts.carol })
      expect((await finalizeWithBob(h.l2.c, hash)).status).toBe('success')
      expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
      expect(await isWithdrawalFinalized(h.l1, { l2Client, hash })).toBe(true)
      await expectReplayRefused(h.l2.c, hash)
    },
  )
})

describe('custom bridge', () => {
  const customL2Abi = parseAbi(['function withdraw(address l1Receiver, address l1Token, uint256 amount)'])

  async function customWithdrawal() {
    h.l2.a.setBalance(accounts.alice, parseEther('1'))
    return l2Wallet(h, h.l2.a, 'alice').sendTransaction({
      to: h.deployment.customBridge.l2,
      data: encodeFunctionData({
        abi: customL2Abi,
        functionName: 'withdraw',
        args: [accounts.carol, h.deployment.tokens.testToken, 5n * 10n ** 18n],
      }),
    })
  }

  test.runIf(hasChain('a'))(
    'a message from the bridge in the chain definition is finalized by that bridge and read from its map',
    async () => {
      const hash = await customWithdrawal()
      await h.l2.a.settle()
      const l2Client = h.l2Client(h.l2.a)
      expect(await getWithdrawalStatus(h.l1, { l2Client, hash })).toMatchObject({
        status: 'ready-to-finalize',
        finalizer: { type: 'custom-bridge', address: h.deployment.customBridge.l1 },
        params: { l2Sender: getAddress(h.deployment.customBridge.l2) },
      })
      expect((await finalizeWithBob(h.l2.a, hash)).status).toBe('success')
      expect(await l1TokenBalance(h, h.deployment.tokens.testToken, accounts.carol)).toBe(5n * 10n ** 18n)
      expect(await isWithdrawalFinalized(h.l1, { l2Client, hash })).toBe(true)
      await expectReplayRefused(h.l2.a, hash)
    },
  )

  test.runIf(hasChain('a'))(
    'without a bridge in the definition: refused with CustomBridgeNotFoundError, or finalized through `customBridge`',
    async () => {
      const hash = await customWithdrawal()
      await h.l2.a.settle()
      const bare = createPublicClient({ transport: http(h.l2.a.rpcUrl) })
      h.l1Transport.reset()
      await expect(finalizeWithdrawal(h.bob, { l2Client: bare, hash })).rejects.toMatchObject({
        name: 'CustomBridgeNotFoundError',
      })
      expect(h.l1Transport.sends()).toEqual([])
      const l1Hash = await finalizeWithdrawal(h.bob, {
        l2Client: bare,
        hash,
        customBridge: { l1: h.deployment.customBridge.l1 },
      })
      expect((await h.l1.waitForTransactionReceipt({ hash: l1Hash })).status).toBe('success')
      expect(await l1TokenBalance(h, h.deployment.tokens.testToken, accounts.carol)).toBe(5n * 10n ** 18n)
    },
  )
})

describe('waitForWithdrawalReady', () => {
  test.runIf(hasChain('a'))(
    'reports every status change and resolves with the finalize params once the batch is executed',
    async () => {
      await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
      const l2Client = h.l2Client(h.l2.a)
      const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
      const seen: string[] = []
      const waiting = waitForWithdrawalReady(h.l1, {
        l2Client,
        hash,
        pollingInterval: 5,
        timeout: 10_000,
        onStatus: (s) => seen.push(`${s.status}/${s.waitingFor ?? ''}`),
      })
      await vi.waitFor(() => expect(seen).toHaveLength(1))
      await h.l2.a.sealBatch()
      await h.l2.a.commitBatches()
      await vi.waitFor(() => expect(seen).toHaveLength(2))
      await h.l2.a.executeBatches()
      const params = await waiting
      expect(params).toEqual(await getFinalizeWithdrawalParams(h.l1, { l2Client, hash }))
      expect(seen).toEqual(['waiting-for-batch/proof', 'waiting-for-batch/batch-execution', 'ready-to-finalize/'])
    },
  )

  test.runIf(hasChain('a'))('times out with WaitTimeoutError carrying the last status', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    await expect(
      waitForWithdrawalReady(h.l1, { l2Client: h.l2Client(h.l2.a), hash, pollingInterval: 5, timeout: 400 }),
    ).rejects.toMatchObject({
      name: 'WaitTimeoutError',
      lastStatus: 'waiting-for-batch',
      metaMessages: expect.arrayContaining(['waiting for: proof']),
    })
  })

  test.runIf(hasChain('a'))('stops with WaitAbortedError when the signal aborts', async () => {
    const controller = new AbortController()
    const hash = `0x${'ab'.repeat(32)}` as Hex
    // the abort interrupts a poll in flight, so it is scheduled once the first status is known
    await expect(
      waitForWithdrawalReady(h.l1, {
        l2Client: h.l2Client(h.l2.a),
        hash,
        pollingInterval: 5,
        signal: controller.signal,
        onStatus: () => setTimeout(() => controller.abort(), 30),
      }),
    ).rejects.toMatchObject({
      name: 'WaitAbortedError',
      lastStatus: 'l2-pending',
      metaMessages: expect.arrayContaining(['waiting for: l2-receipt']),
    })
  })
})
