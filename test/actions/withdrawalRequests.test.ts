/**
 * The JSON-RPC requests of the finalize, isFinalized and claim workflows, counted on the L1 and L2 transports. With a
 * chain definition that carries every L1 address, no address is read.
 */
import { createPublicClient, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { accounts, l2ChainOf, useHarness } from '../harness/index.js'
import { depositBase, depositToken, ETH, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: ['a'] })

function l2ClientA(full: boolean) {
  return createPublicClient({
    chain: l2ChainOf(h.deployment.chainA, 'A', { full }),
    transport: h.l2Transport.a.transport,
  })
}

function measure() {
  return { l1: h.l1Transport.methods(), l2: h.l2Transport.a.methods() }
}

function reset() {
  h.l1Transport.reset()
  h.l2Transport.a.reset()
}

async function settledWithdrawal() {
  await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
  const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
  await h.l2.a.settle()
  return hash
}

describe('requests per workflow', () => {
  test('isWithdrawalFinalized: 2 L2 requests, 1 L1 multicall (+1 address read without a full chain definition)', async () => {
    const hash = await settledWithdrawal()
    reset()
    await isWithdrawalFinalized(h.l1, { l2Client: l2ClientA(true), hash })
    expect(measure()).toEqual({ l1: ['eth_call'], l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'] })
    reset()
    await isWithdrawalFinalized(h.l1, { l2Client: l2ClientA(false), hash })
    // the Bridgehub's addresses, then the status multicall, which also reads the L1Nullifier's address
    expect(measure()).toEqual({
      l1: ['eth_call', 'eth_call'],
      l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
  })

  test('finalizeWithdrawal: 2 L2 requests; on L1 one multicall, one fill (the estimate) and the send', async () => {
    const hash = await settledWithdrawal()
    reset()
    await finalizeWithdrawal(h.bob, { l2Client: l2ClientA(true), hash })
    // viem 2.57 fills gas, nonce and fees with one `eth_fillTransaction`, which is also the estimate
    expect(measure()).toEqual({
      l1: ['eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
  })

  test('finalizeWithdrawal without a full chain definition: one more L1 read, the Bridgehub addresses', async () => {
    const hash = await settledWithdrawal()
    reset()
    await finalizeWithdrawal(h.bob, { l2Client: l2ClientA(false), hash })
    expect(measure()).toEqual({
      l1: ['eth_call', 'eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
    // the L1Nullifier read in the status multicall is the one that finalized it
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2ClientA(true), hash })).toBe(true)
  })

  test('claimFailedDeposit from the L1 hash: 2 L2 requests; on L1 the receipt, one multicall, one fill, send', async () => {
    h.l2.a.failPriorityTxs()
    const { hash } = await depositToken(h, h.l2.a, h.deployment.tokens.testToken, 10n ** 18n)
    await h.l2.a.settle()
    reset()
    await claimFailedDeposit(h.bob, { l2Client: l2ClientA(true), hash })
    expect(measure()).toEqual({
      l1: ['eth_getTransactionReceipt', 'eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
  })
})
