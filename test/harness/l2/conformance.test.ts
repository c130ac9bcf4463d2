/**
 * The simulated nodes answer in exactly the shapes recorded from the real servers' source (`wire/profiles.ts`): for
 * every recorded version, a receipt and a transaction of an L2 transaction and of a priority transaction, the proof,
 * every "not ready" answer, the unserved methods and the estimator's refusals. A field the real server does not send,
 * a name, a code or a message it does not use fails here.
 */
import { type Address, type Hex, parseAbi, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { type AnyL2Node, accounts, hasChain, useHarness } from '../index.js'
import { depositBase, depositToken, L2_BASE_TOKEN, l2Wallet } from '../raw.js'
import { fillError, mismatches } from './wire/conform.js'
import { profiles } from './wire/profiles.js'
import type { WireError, WireProfile } from './wire/types.js'

const h = useHarness({ chains: [] })
const withdrawAbi = parseAbi(['function withdraw(address _l1Receiver) payable'])

/** One JSON-RPC call, answered as it came over the wire. */
async function rpc(
  node: AnyL2Node,
  method: string,
  params: unknown[],
): Promise<{ result?: unknown; error?: WireError }> {
  const res = await fetch(node.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  const body = (await res.json()) as { result?: unknown; error?: { code: number; message: string } }
  return body.error ? { error: { code: body.error.code, message: body.error.message } } : { result: body.result }
}

/** The answer a recorded "not ready" case stands for. */
const expected = (answer: 'null' | WireError | 'answers') => (answer === 'null' ? { result: null } : { error: answer })

/** A priority tx (an ETH deposit to carol) and an L2 tx (carol's withdrawal of part of it), both on `node`. */
async function twoTransactions(node: AnyL2Node) {
  const { l2Hash: priority } = await depositBase(h, node, accounts.carol, parseEther('1'))
  const l2 = await l2Wallet(h, node, 'carol').writeContract({
    address: L2_BASE_TOKEN,
    abi: withdrawAbi,
    functionName: 'withdraw',
    args: [accounts.carol],
    value: parseEther('0.25'),
  })
  return { priority, l2 }
}

async function expectShapes(node: AnyL2Node, profile: WireProfile, hashes: { priority: Hex; l2: Hex }) {
  for (const kind of ['priority', 'l2'] as const) {
    const receipt = await rpc(node, 'eth_getTransactionReceipt', [hashes[kind]])
    expect(mismatches(receipt.result, profile.receipt[kind]), `${kind} receipt`).toEqual([])
    const tx = await rpc(node, 'eth_getTransactionByHash', [hashes[kind]])
    expect(mismatches(tx.result, profile.transaction[kind]), `${kind} transaction`).toEqual([])
    if (kind === 'priority') {
      expect((receipt.result as { type: string }).type).toBe(profile.priorityTxType)
      expect((tx.result as { type: string }).type).toBe(profile.priorityTxTypeByHash ?? profile.priorityTxType)
    }
  }
}

const unknownHash = `0x${'12'.repeat(32)}` as Hex

describe.runIf(hasChain('c')).each(profiles.filter((p) => p.flavour === 'zksync-os'))(
  '$id on the anvil-backed ZKsync OS node',
  (profile) => {
    test('receipts, transactions, the proof and every not-ready answer have the recorded shapes', async () => {
      const node = h.l2.c
      node.useProfile(profile)
      const hashes = await twoTransactions(node)
      await expectShapes(node, profile, hashes)

      const proof = (hash: Hex, index = 0) => rpc(node, 'zks_getL2ToL1LogProof', [hash, index])
      expect(await proof(unknownHash)).toEqual(expected(profile.proofNotReady.unknownTx))
      expect(await proof(hashes.l2)).toEqual(expected(profile.proofNotReady.notInBatch))
      await node.sealBatch()
      await node.commitBatches()
      const beforeExecution = await proof(hashes.l2)
      if (profile.proofNotReady.notExecuted === 'answers')
        expect(mismatches(beforeExecution.result, profile.proof)).toEqual([])
      else expect(beforeExecution).toEqual(expected(profile.proofNotReady.notExecuted))
      await node.executeBatches()
      for (const hash of [hashes.l2, hashes.priority]) {
        const ready = await proof(hash)
        expect(mismatches(ready.result, profile.proof)).toEqual([])
      }
      const outOfRange = profile.proofNotReady.indexOutOfRange
      // the withdrawal sent one L2->L1 log
      expect(await proof(hashes.l2, 5)).toEqual(
        outOfRange === 'null' ? { result: null } : { error: fillError(outOfRange, 5, 1) },
      )
    })

    test('unserved methods, the estimator of L1 transactions and its refusals are the recorded ones', async () => {
      const node = h.l2.c
      node.useProfile(profile)
      for (const method of profile.unservedMethods ?? [])
        expect(await rpc(node, method, [])).toEqual({ error: fillError(profile.methodNotFound, method) })
      expect(await rpc(node, 'zks_noSuchMethod', [])).toEqual({ error: fillError(profile.methodNotFound) })

      // bob has no L2 balance: as an L2 request the value is refused, as an L1 transaction it is minted first
      const call = { from: accounts.bob as Address, to: accounts.carol as Address, value: '0xde0b6b3a7640000' }
      expect(await rpc(node, 'eth_estimateGas', [call])).toEqual({
        error: fillError(profile.insufficientFunds, 10n ** 18n, 0n),
      })
      const estimate = profile.l1ToL2Estimate
      if (estimate.method !== 'eth_estimateGas') throw new Error('a ZKsync OS profile estimates with eth_estimateGas')
      const asL1 = await rpc(node, 'eth_estimateGas', [{ ...call, type: '0x7f' }])
      if (estimate.type === 'none') expect(asL1.error).toEqual(fillError(profile.insufficientFunds, 10n ** 18n, 0n))
      else expect(BigInt(asL1.result as Hex)).toBe(estimate.minimalGasLimit)
      const overridden = await rpc(node, 'eth_estimateGas', [call, 'latest', { [accounts.bob]: { balance: '0x1' } }])
      if (estimate.stateOverride === 'supported') expect(overridden.error?.code).not.toBe(-32601)
      else expect(overridden).toEqual({ error: estimate.stateOverride })
    })
  },
)

describe.runIf(hasChain('a')).each(profiles.filter((p) => p.flavour === 'era'))(
  '$id on the simulated Era node',
  (profile) => {
    test('receipts, transactions, the proof and every not-ready answer have the recorded shapes', async () => {
      const node = h.l2.a
      const hashes = await twoTransactions(node)
      await expectShapes(node, profile, hashes)
      // an ERC-20 deposit: a priority tx with logs of its own
      const { l2Hash } = await depositToken(h, node, h.deployment.tokens.testToken, 10n ** 18n)
      const erc20 = await rpc(node, 'eth_getTransactionReceipt', [l2Hash])
      expect((erc20.result as { logs: unknown[] }).logs.length).toBeGreaterThan(0)
      expect(mismatches(erc20.result, profile.receipt.priority)).toEqual([])

      const proof = (hash: Hex, index = 0) => rpc(node, 'zks_getL2ToL1LogProof', [hash, index])
      expect(await proof(unknownHash)).toEqual(expected(profile.proofNotReady.unknownTx))
      expect(await proof(hashes.l2)).toEqual(expected(profile.proofNotReady.notInBatch))
      await node.settle()
      expect(mismatches((await proof(hashes.l2)).result, profile.proof)).toEqual([])
      expect(await proof(hashes.l2, 5)).toEqual(expected(profile.proofNotReady.indexOutOfRange))
      expect(await rpc(node, 'zks_noSuchMethod', [])).toEqual({ error: fillError(profile.methodNotFound) })
    })
  },
)

test('the checker fails on a field the server never sends, a missing one and a wrong kind', () => {
  const shape = { object: { a: 'quantity', b: { optional: 'bool' } } } as const
  expect(mismatches({ a: '0x1' }, shape)).toEqual([])
  expect(mismatches({ a: '0x1', c: 1 }, shape)).toEqual(['$.c: sent, but the server never sends it'])
  expect(mismatches({}, shape)).toEqual(['$.a: missing'])
  expect(mismatches({ a: 1 }, shape)).toEqual(['$.a: 1 is not quantity'])
})
