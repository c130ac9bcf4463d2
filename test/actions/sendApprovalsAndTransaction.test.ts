/**
 * `sendApprovalsAndTransaction` on its own, on the L1 with real ERC-20s: approvals are sent and mined one after the
 * other before the transaction; a reverted approval stops everything before the transaction; a transaction that
 * cannot be sent after mined approvals is reported with their hashes.
 */
import { encodeFunctionData, erc20Abi } from 'viem'
import { describe, expect, test } from 'vitest'
import { prepareApprovals } from '../../src/actions/prepareApprovals.js'
import { sendApprovalsAndTransaction } from '../../src/actions/sendApprovalsAndTransaction.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: [] })

const call = (to: `0x${string}`, data: `0x${string}`) => ({ to, data, value: 0n })
const transfer = (to: `0x${string}`, amount: bigint) =>
  encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [to, amount] })

describe('sendApprovalsAndTransaction', () => {
  test('sends and mines each approval, in order, before the transaction, and returns every hash', async () => {
    const { testToken, noReturnToken } = h.deployment.tokens
    const approvals = await prepareApprovals(h.l1, {
      account: accounts.alice,
      approvals: [
        { token: testToken, spender: accounts.bob, amount: 5n, currentAllowance: 0n },
        { token: noReturnToken, spender: accounts.bob, amount: 6n, currentAllowance: 0n },
      ],
    })
    const transaction = call(testToken, transfer(accounts.carol, 3n))
    const { hash, approvalHashes } = await sendApprovalsAndTransaction(h.alice, { approvals, transaction })

    expect(approvalHashes).toHaveLength(2)
    const receipts = await Promise.all(
      [...approvalHashes, hash].map((hash) => h.l1.waitForTransactionReceipt({ hash })),
    )
    expect(receipts.map((r) => r.status)).toEqual(['success', 'success', 'success'])
    const nonces = await Promise.all(
      [...approvalHashes, hash].map(async (hash) => (await h.l1.getTransaction({ hash })).nonce),
    )
    expect(nonces).toEqual([nonces[0], nonces[0]! + 1, nonces[0]! + 2])
    const allowance = (token: `0x${string}`) =>
      h.l1.readContract({
        address: token,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [accounts.alice, accounts.bob],
      })
    expect([await allowance(testToken), await allowance(noReturnToken)]).toEqual([5n, 6n])
  })

  test('a reverted approval: ApprovalRevertedError with its hash and token, and the transaction is never sent', async () => {
    const { testToken } = h.deployment.tokens
    // a transfer of more than alice holds stands for an approval the token refuses; its gas is given so it is mined
    const refused = { ...call(testToken, transfer(accounts.carol, 10n ** 40n)), gas: 100_000n }
    h.l1Transport.reset()
    const error = await sendApprovalsAndTransaction(h.alice, {
      approvals: [refused],
      transaction: call(testToken, transfer(accounts.carol, 1n)),
    }).catch((e) => e)
    expect(error).toMatchObject({ name: 'ApprovalRevertedError', token: testToken })
    const sends = h.l1Transport.sends()
    expect(sends).toHaveLength(1)
    expect((await h.l1.getTransactionReceipt({ hash: error.hash })).status).toBe('reverted')
  })

  test('a transaction that cannot be sent after mined approvals: DepositAfterApprovalsFailedError with their hashes', async () => {
    const { testToken } = h.deployment.tokens
    const approvals = await prepareApprovals(h.l1, {
      account: accounts.alice,
      approvals: [{ token: testToken, spender: accounts.bob, amount: 5n, currentAllowance: 0n }],
    })
    // its gas estimate reverts, so it is never sent
    const failing = call(testToken, transfer(accounts.carol, 10n ** 40n))
    const error = await sendApprovalsAndTransaction(h.alice, { approvals, transaction: failing }).catch((e) => e)
    expect(error).toMatchObject({ name: 'DepositAfterApprovalsFailedError' })
    expect(error.approvalHashes).toHaveLength(1)
    expect((await h.l1.getTransactionReceipt({ hash: error.approvalHashes[0] })).status).toBe('success')
  })
})
