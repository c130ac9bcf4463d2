import { encodeFunctionData, erc20Abi, parseEther } from 'viem'
import { expect, test } from 'vitest'
import { zksyncL1Actions, zksyncL2Actions } from '../../src/index.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a', 'b'] })

test('the decorated clients run a whole deposit -> withdraw -> finalize cycle with l2Client from the config', async () => {
  const l1 = h.alice.extend(zksyncL1Actions({ l2Client: h.l2Client(h.l2.a) }))
  const l2 = h.l2Wallet(h.l2.a, 'alice').extend(zksyncL2Actions())

  const depositHash = await l1.deposit({ token: '0x0000000000000000000000000000000000000000', amount: parseEther('2') })
  expect((await l1.waitForDepositExecution({ hash: depositHash })).status).toBe('success')
  expect((await l1.getDepositStatus({ hash: depositHash })).status).toBe('l2-executed')
  expect(h.l2.a.balanceOf(accounts.alice)).toBeGreaterThanOrEqual(parseEther('2'))

  const withdrawalHash = await l2.withdraw({
    token: '0x000000000000000000000000000000000000800A',
    amount: parseEther('1'),
    to: accounts.carol,
  })
  expect((await l1.getWithdrawalStatus({ hash: withdrawalHash })).status).toBe('waiting-for-batch')
  await h.l2.a.settle()
  expect((await l1.getWithdrawalStatus({ hash: withdrawalHash })).status).toBe('ready-to-finalize')
  const before = await h.l1.getBalance({ address: accounts.carol })
  await h.l1.waitForTransactionReceipt({ hash: await l1.finalizeWithdrawal({ hash: withdrawalHash }) })
  expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
  expect(await l1.isWithdrawalFinalized({ hash: withdrawalHash })).toBe(true)
})

test('a call’s own l2Client wins over the configured one', async () => {
  const l1 = h.alice.extend(zksyncL1Actions({ l2Client: h.l2Client(h.l2.b) }))
  const hash = await l1.deposit({
    token: '0x0000000000000000000000000000000000000000',
    amount: 1000n,
    l2Client: h.l2Client(h.l2.a),
  })
  await l1.waitForDepositExecution({ hash, l2Client: h.l2Client(h.l2.a) })
  expect((await l1.getDepositStatus({ hash, l2Client: h.l2Client(h.l2.a) })).status).toBe('l2-executed')
  expect(h.l2.b.requests).not.toContain('eth_getTransactionReceipt')
})

test('prepareApprovals and sendApprovalsAndTransaction are bound to the decorated L1 client', async () => {
  const l1 = h.alice.extend(zksyncL1Actions())
  const { testToken } = h.deployment.tokens
  const approvals = await l1.prepareApprovals({
    account: accounts.alice,
    approvals: [{ token: testToken, spender: accounts.bob, amount: 5n, currentAllowance: 0n }],
  })
  expect(approvals).toHaveLength(1)
  const transfer = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [accounts.carol, 3n] })
  const { hash, approvalHashes } = await l1.sendApprovalsAndTransaction({
    approvals,
    transaction: { to: testToken, data: transfer, value: 0n },
  })
  expect(approvalHashes).toHaveLength(1)
  const receipts = await Promise.all([...approvalHashes, hash].map((hash) => h.l1.waitForTransactionReceipt({ hash })))
  expect(receipts.map((r) => r.status)).toEqual(['success', 'success'])
  expect(receipts.map((r) => r.from.toLowerCase())).toEqual([
    accounts.alice.toLowerCase(),
    accounts.alice.toLowerCase(),
  ])
  const allowance = await h.l1.readContract({
    address: testToken,
    abi: erc20Abi,
    functionName: 'allowance',
    args: [accounts.alice, accounts.bob],
  })
  expect(allowance).toBe(5n)
})

test('without an l2Client in the config or the call, an action that reads the L2 refuses before any request', async () => {
  const l1 = h.alice.extend(zksyncL1Actions())
  h.l1Transport.reset()
  const hash = `0x${'11'.repeat(32)}` as const
  await expect(l1.getDepositStatus({ hash })).rejects.toMatchObject({ name: 'L2ClientRequiredError' })
  await expect(l1.waitForDepositExecution({ hash })).rejects.toMatchObject({ name: 'L2ClientRequiredError' })
  expect(h.l1Transport.requests).toEqual([])
})
