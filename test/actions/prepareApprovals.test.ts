/**
 * `prepareApprovals` on its own, against real ERC-20s on the L1: the amount each request approves, the reset to zero a
 * USDT-style token needs (found by simulating the new approval, and only then), the fee fields, and bad input refused
 * before any request.
 */
import { decodeFunctionData, erc20Abi, maxUint256, parseGwei } from 'viem'
import { describe, expect, test } from 'vitest'
import { prepareApprovals } from '../../src/actions/prepareApprovals.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: [] })
const spender = accounts.bob

/** the spender and amount each request approves, in order */
function approved(requests: { to: string; data: `0x${string}` }[]) {
  return requests.map((r) => {
    const { functionName, args } = decodeFunctionData({ abi: erc20Abi, data: r.data })
    expect(functionName).toBe('approve')
    return { token: r.to, spender: args[0], amount: args[1] }
  })
}

describe('prepareApprovals', () => {
  test('an allowance of zero: one approve of exactly the amount, with the given fees, and no request', async () => {
    const token = h.deployment.tokens.testToken
    h.l1Transport.reset()
    const fees = { maxFeePerGas: parseGwei('3'), maxPriorityFeePerGas: parseGwei('1') }
    const requests = await prepareApprovals(h.l1, {
      account: accounts.alice,
      approvals: [{ token, spender, amount: 7n, currentAllowance: 0n }],
      fees,
    })
    expect(approved(requests)).toEqual([{ token, spender, amount: 7n }])
    expect(requests[0]).toMatchObject({ value: 0n, ...fees })
    expect(h.l1Transport.methods()).toEqual([])
  })

  test("approveAmount: 'max' approves 2^256 - 1; a larger amount is kept; a smaller one is raised to the amount", async () => {
    const token = h.deployment.tokens.testToken
    const approvals = [{ token, spender, amount: 100n, currentAllowance: 0n }]
    const amountOf = async (approveAmount: 'max' | bigint) =>
      approved(await prepareApprovals(h.l1, { account: accounts.alice, approvals, approveAmount }))[0]?.amount
    expect(await amountOf('max')).toBe(maxUint256)
    expect(await amountOf(250n)).toBe(250n)
    expect(await amountOf(40n)).toBe(100n)
  })

  test('a token that takes a new approval over a stale one: one approve, after one eth_call', async () => {
    const token = h.deployment.tokens.testToken
    h.l1Transport.reset()
    const requests = await prepareApprovals(h.l1, {
      account: accounts.alice,
      approvals: [{ token, spender, amount: 9n, currentAllowance: 2n }],
    })
    expect(approved(requests)).toEqual([{ token, spender, amount: 9n }])
    expect(h.l1Transport.methods()).toEqual(['eth_call'])
  })

  test('a USDT-style token with a stale allowance: approve(0) first, and both requests mine in order', async () => {
    const token = h.deployment.tokens.noReturnToken
    const stale = await h.alice.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'approve',
      args: [spender, 2n],
    })
    expect((await h.l1.waitForTransactionReceipt({ hash: stale })).status).toBe('success')
    const requests = await prepareApprovals(h.l1, {
      account: accounts.alice,
      approvals: [{ token, spender, amount: 9n, currentAllowance: 2n }],
    })
    expect(approved(requests)).toEqual([
      { token, spender, amount: 0n },
      { token, spender, amount: 9n },
    ])
    for (const request of requests) {
      const hash = await h.alice.sendTransaction({ to: request.to, data: request.data })
      expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    }
    expect(
      await h.l1.readContract({
        address: token,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [accounts.alice, spender],
      }),
    ).toBe(9n)
  })

  test.each([
    ['account', { account: '0x12' }, 'InvalidAddressParameterError'],
    ['approvals', { approvals: 'none' }, 'InvalidParameterError'],
    [
      'a spender',
      { approvals: [{ token: accounts.bob, spender: '0x', amount: 1n, currentAllowance: 0n }] },
      'InvalidAddressParameterError',
    ],
    [
      'an amount',
      { approvals: [{ token: accounts.bob, spender, amount: -1n, currentAllowance: 0n }] },
      'InvalidParameterError',
    ],
    ['approveAmount', { approveAmount: 1.5 }, 'InvalidParameterError'],
    ['a fee', { fees: { maxFeePerGas: '1' } }, 'InvalidParameterError'],
  ] as const)('a bad %s is refused with %s before any request', async (_what, change, name) => {
    h.l1Transport.reset()
    const parameters = { account: accounts.alice, approvals: [], ...change } as never
    await expect(prepareApprovals(h.l1, parameters)).rejects.toMatchObject({ name })
    expect(h.l1Transport.methods()).toEqual([])
  })
})
