/**
 * The JSON-RPC requests of the finalize, isFinalized and claim workflows, counted on the L1 and L2 transports, in
 * order. The L1 addresses a chain definition does not carry are read in the one reader call that reads the status, so
 * every workflow makes one L1 read, whatever the chain definition, the proof's length or the L1 chain's Multicall3.
 */
import { type Chain, createPublicClient, createWalletClient, custom, type Hex, parseEther } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { accounts, l2ChainOf, privateKeys, useHarness } from '../harness/index.js'
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

/** An L2 client of chain A whose node's proofs are cut or padded to `length` elements (L1 then rejects them). */
function l2ClientWithProofLength(length: number) {
  const inner = h.l2Transport.a.transport({ chain: undefined })
  return createPublicClient({
    chain: l2ChainOf(h.deployment.chainA, 'A'),
    transport: custom({
      async request(args: { method: string; params?: unknown }) {
        const answer = await inner.request(args as never)
        if (args.method !== 'zks_getL2ToL1LogProof' || !answer) return answer
        const { proof } = answer as { proof: Hex[] }
        const resized = Array.from({ length }, (_, i) => proof[i % proof.length]!)
        return { ...(answer as object), proof: resized }
      },
    }),
  })
}

/** The harness L1 as viem's own `foundry` chain names it: without Multicall3. */
const noMulticall3: Chain = { ...foundry, contracts: {} }

describe('requests per workflow', () => {
  test('isWithdrawalFinalized: 2 L2 requests and 1 L1 read, with or without every address in the chain definition', async () => {
    const hash = await settledWithdrawal()
    for (const full of [true, false]) {
      reset()
      expect(await isWithdrawalFinalized(h.l1, { l2Client: l2ClientA(full), hash })).toBe(false)
      // the addresses the chain definition lacks come in the reader call that reads the status
      expect(measure()).toEqual({ l1: ['eth_call'], l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'] })
    }
  })

  test('isWithdrawalFinalized on an L1 chain definition without Multicall3 (viem foundry): the same 3 requests', async () => {
    const hash = await settledWithdrawal()
    reset()
    const l1 = createPublicClient({ chain: noMulticall3, transport: h.l1Transport.transport })
    expect(await isWithdrawalFinalized(l1, { l2Client: l2ClientA(false), hash })).toBe(false)
    expect(measure()).toEqual({ l1: ['eth_call'], l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'] })
  })

  test.each([10, 20])('a %i-element proof: the status read is still one L1 request', async (length) => {
    const hash = await settledWithdrawal()
    reset()
    // a resized proof is one L1 refuses: the status says so, from the one read
    await expect(finalizeWithdrawal(h.bob, { l2Client: l2ClientWithProofLength(length), hash })).rejects.toMatchObject({
      name: 'WithdrawalProofInvalidError',
    })
    expect(measure()).toEqual({ l1: ['eth_call'], l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'] })
    reset()
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2ClientWithProofLength(length), hash })).toBe(false)
    expect(measure()).toEqual({ l1: ['eth_call'], l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'] })
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

  test('finalizeWithdrawal without a full chain definition: the same requests, the addresses read with the status', async () => {
    const hash = await settledWithdrawal()
    reset()
    await finalizeWithdrawal(h.bob, { l2Client: l2ClientA(false), hash })
    expect(measure()).toEqual({
      l1: ['eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
    // the L1Nullifier read in the status multicall is the one that finalized it
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2ClientA(true), hash })).toBe(true)
  })

  test('finalizeWithdrawal on an L1 chain definition without Multicall3 (viem foundry): the same requests', async () => {
    const hash = await settledWithdrawal()
    reset()
    const wallet = createWalletClient({
      account: privateKeyToAccount(privateKeys.bob),
      chain: noMulticall3,
      transport: h.l1Transport.transport,
    })
    await finalizeWithdrawal(wallet, { l2Client: l2ClientA(false), hash })
    expect(measure()).toEqual({
      l1: ['eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
  })

  async function failedDeposit() {
    h.l2.a.failPriorityTxs()
    const deposit = await depositToken(h, h.l2.a, h.deployment.tokens.testToken, 10n ** 18n)
    await h.l2.a.settle()
    return deposit
  }

  test('claimFailedDeposit from the L2 hash: 3 L2 requests (the transaction, its receipt, the proof), then the L1 read, fill and send', async () => {
    const { l2Hash } = await failedDeposit()
    reset()
    await claimFailedDeposit(h.bob, { l2Client: l2ClientA(false), hash: l2Hash })
    expect(measure()).toEqual({
      l1: ['eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionByHash', 'eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
  })

  test('claimFailedDeposit from the L1 hash: one more, the L1 receipt after the L2 found no such transaction', async () => {
    const { hash } = await failedDeposit()
    reset()
    await claimFailedDeposit(h.bob, { l2Client: l2ClientA(false), hash })
    expect(measure()).toEqual({
      l1: ['eth_getTransactionReceipt', 'eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'],
      l2: ['eth_getTransactionByHash', 'eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'],
    })
  })
})
