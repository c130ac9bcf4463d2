/**
 * Failed TwoBridges deposits claimed back through the real L1Nullifier, from the L1 hash or the L2 hash, and every
 * claim that must be refused before anything is sent.
 */
import { parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { prepareClaimFailedDeposit } from '../../src/actions/prepareClaimFailedDeposit.js'
import { getNtvAssetId } from '../../src/utils/getNtvAssetId.js'
import { refused } from '../bad-input/refused.js'
import type { AnyL2Node } from '../harness/index.js'
import { accounts, useHarness } from '../harness/index.js'
import { depositBase, depositToken, l1TokenBalance } from '../harness/raw.js'

const h = useHarness({ chains: ['a', 'b'] })
const amount = 3n * 10n ** 18n

async function claim(node: AnyL2Node, hash: `0x${string}`) {
  const l1Hash = await claimFailedDeposit(h.bob, { l2Client: h.l2Client(node), hash })
  return h.l1.waitForTransactionReceipt({ hash: l1Hash })
}

const expectRefused = (node: AnyL2Node, hash: `0x${string}`, name: string) =>
  refused(h, () => claimFailedDeposit(h.bob, { l2Client: h.l2Client(node), hash }), name)

describe('claimFailedDeposit', () => {
  test('a failed TST deposit into A (legacy encoding), claimed from the L1 hash, restores the L1 balance; a second claim is refused', async () => {
    const token = h.deployment.tokens.testToken
    const start = await l1TokenBalance(h, token, accounts.alice)
    h.l2.a.failPriorityTxs()
    const { hash } = await depositToken(h, h.l2.a, token, amount)
    expect(await l1TokenBalance(h, token, accounts.alice)).toBe(start - amount)
    await h.l2.a.settle()
    expect((await claim(h.l2.a, hash)).status).toBe('success')
    expect(await l1TokenBalance(h, token, accounts.alice)).toBe(start)
    await expectRefused(h.l2.a, hash, 'DepositAlreadyClaimedError')
  })

  test('a failed TST deposit into the custom-base chain B, claimed from the L2 hash, restores the L1 balance', async () => {
    const token = h.deployment.tokens.testToken
    const start = await l1TokenBalance(h, token, accounts.alice)
    h.l2.b.failPriorityTxs()
    const { l2Hash } = await depositToken(h, h.l2.b, token, amount)
    await h.l2.b.settle()
    expect((await claim(h.l2.b, l2Hash)).status).toBe('success')
    expect(await l1TokenBalance(h, token, accounts.alice)).toBe(start)
    await expectRefused(h.l2.b, l2Hash, 'DepositAlreadyClaimedError')
  })

  test('a failed 0x01 (asset id) deposit is claimed with the exact transfer data, from either hash', async () => {
    const token = h.deployment.tokens.testToken
    const assetId = getNtvAssetId({ originChainId: 31337, token })
    const start = await l1TokenBalance(h, token, accounts.alice)
    h.l2.a.failPriorityTxs()
    const first = await depositToken(h, h.l2.a, token, amount, { assetId })
    const second = await depositToken(h, h.l2.a, token, amount, {
      assetId,
      thirdField: '0x0000000000000000000000000000000000000000',
    })
    await h.l2.a.settle()
    expect((await claim(h.l2.a, first.hash)).status).toBe('success')
    expect((await claim(h.l2.a, second.l2Hash)).status).toBe('success')
    expect(await l1TokenBalance(h, token, accounts.alice)).toBe(start)
  })

  test('ETH deposited into B through the second bridge and failed is claimed back in ETH', async () => {
    h.l2.b.failPriorityTxs()
    const { hash } = await depositToken(h, h.l2.b, '0x0000000000000000000000000000000000000001', parseEther('1'))
    await h.l2.b.settle()
    const before = await h.l1.getBalance({ address: accounts.alice })
    expect((await claim(h.l2.b, hash)).status).toBe('success')
    expect((await h.l1.getBalance({ address: accounts.alice })) - before).toBe(parseEther('1'))
  })

  test('a successful deposit is refused with DepositNotFailedError', async () => {
    const { hash } = await depositToken(h, h.l2.a, h.deployment.tokens.testToken, amount)
    await h.l2.a.settle()
    await expectRefused(h.l2.a, hash, 'DepositNotFailedError')
  })

  test('a failed deposit whose batch is not executed is refused with FailedDepositNotReadyError', async () => {
    h.l2.a.failPriorityTxs()
    const { hash } = await depositToken(h, h.l2.a, h.deployment.tokens.testToken, amount)
    await expectRefused(h.l2.a, hash, 'FailedDepositNotReadyError')
    await h.l2.a.sealBatch()
    await h.l2.a.commitBatches()
    await expect(prepareClaimFailedDeposit(h.bob, { l2Client: h.l2Client(h.l2.a), hash })).rejects.toMatchObject({
      name: 'FailedDepositNotReadyError',
      waitingFor: 'batch-execution',
    })
  })

  test('a deposit not relayed to L2 yet is refused, waiting for the L2 receipt', async () => {
    h.l2.a.setAutoRelay(false)
    const { hash } = await depositToken(h, h.l2.a, h.deployment.tokens.testToken, amount, { relay: false })
    h.l1Transport.reset()
    await expect(prepareClaimFailedDeposit(h.bob, { l2Client: h.l2Client(h.l2.a), hash })).rejects.toMatchObject({
      name: 'FailedDepositNotReadyError',
      waitingFor: 'l2-receipt',
    })
    expect(h.l1Transport.sends()).toEqual([])
  })

  test('a failed base-token (Direct) deposit is refused with DepositNotClaimableError, from either hash', async () => {
    h.l2.a.failPriorityTxs()
    const { hash, l2Hash } = await depositBase(h, h.l2.a, accounts.alice, parseEther('1'))
    await h.l2.a.settle()
    await expectRefused(h.l2.a, hash, 'DepositNotClaimableError')
    await expectRefused(h.l2.a, l2Hash, 'DepositNotClaimableError')
  })

  test('a hash neither side knows is refused with FailedDepositNotFoundError', async () => {
    await expectRefused(h.l2.a, `0x${'12'.repeat(32)}`, 'FailedDepositNotFoundError')
  })
})
