/**
 * Interrupted workflows, resumed from what the interrupted call returned or threw. "A new process" means fresh
 * clients (new transports, a new account object, a chain definition built again) and only the hash as state.
 */
import {
  type Address,
  createPublicClient,
  createWalletClient,
  erc20Abi,
  type Hex,
  http,
  parseEther,
  parseUnits,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { deposit } from '../../src/actions/deposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getDepositStatus } from '../../src/actions/getDepositStatus.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { prepareRequestExecute } from '../../src/actions/prepareRequestExecute.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { withdraw } from '../../src/actions/withdraw.js'
import type { AnyL2Node } from '../harness/index.js'
import { accounts, l1Chain, l2ChainOf, privateKeys, useHarness } from '../harness/index.js'
import { depositBase, l1TokenBalance, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: ['a', 'b'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'
const BASE: Address = '0x000000000000000000000000000000000000800A'

/** Everything a fresh process would build from its configuration; no object is shared with the earlier one. */
function newProcess(node: AnyL2Node, who: keyof typeof privateKeys = 'bob') {
  const l1 = createPublicClient({ chain: l1Chain, transport: http(h.anvil.rpcUrl), pollingInterval: 10 })
  const wallet = createWalletClient({
    chain: l1Chain,
    transport: http(h.anvil.rpcUrl),
    account: privateKeyToAccount(privateKeys[who]),
  })
  const l2Client = createPublicClient({
    chain: l2ChainOf(node.chain, `L2 ${node.chainId}`),
    transport: http(node.rpcUrl),
    pollingInterval: 10,
  })
  return { l1, wallet, l2Client }
}

describe('deposit: approval done, deposit later', () => {
  test('the approvals sent from prepareDeposit are not prepared again; the deposit goes out alone', async () => {
    const token = h.deployment.tokens.testToken
    const parameters = { l2Client: h.l2Client(h.l2.a), token, amount: 42n }
    const first = await prepareDeposit(h.alice, parameters)
    expect(first.approvals).toHaveLength(1)
    for (const approval of first.approvals)
      await h.l1.waitForTransactionReceipt({
        hash: await h.alice.sendTransaction({ to: approval.to, data: approval.data }),
      })
    // … interrupted here; later:
    h.l1Transport.reset()
    const second = await prepareDeposit(h.alice, parameters)
    expect(second.approvals).toEqual([])
    expect(second.quote.approvals).toEqual([])
    expect(second.deposit.gas).toBeTypeOf('bigint') // estimable now the allowance is in place
    const hash = await deposit(h.alice, { ...parameters, approve: true })
    expect(h.l1Transport.sends()).toHaveLength(1)
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
  })

  test('USDT-style NRT: the reset and the approval done, the next prepare approves nothing', async () => {
    const token = h.deployment.tokens.noReturnToken
    await h.l1.waitForTransactionReceipt({
      hash: await h.alice.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [h.deployment.l1NativeTokenVault, 1n],
      }),
    })
    const parameters = { l2Client: h.l2Client(h.l2.a), token, amount: parseUnits('2', 6) }
    const first = await prepareDeposit(h.alice, parameters)
    expect(first.approvals).toHaveLength(2) // approve(0), approve(amount)
    for (const approval of first.approvals)
      await h.l1.waitForTransactionReceipt({
        hash: await h.alice.sendTransaction({ to: approval.to, data: approval.data }),
      })
    expect((await prepareDeposit(h.alice, parameters)).approvals).toEqual([])
  })

  test('requestExecute on the custom-base chain: the base-token approval done, the request goes out alone', async () => {
    const parameters = { l2Client: h.l2Client(h.l2.b), contractAddress: accounts.bob, l2Value: 1n }
    const first = await prepareRequestExecute(h.alice, parameters)
    expect(first.approvals).toHaveLength(1)
    await h.l1.waitForTransactionReceipt({
      hash: await h.alice.sendTransaction({ to: first.approvals[0]!.to, data: first.approvals[0]!.data }),
    })
    h.l1Transport.reset()
    expect((await prepareRequestExecute(h.alice, parameters)).approvals).toEqual([])
    await requestExecute(h.alice, { ...parameters, approve: true })
    expect(h.l1Transport.sends()).toHaveLength(1)
  })
})

describe('deposit: sent, followed later from the L1 hash alone', () => {
  test('a wait that timed out is resumed by a new process with the same hash', async () => {
    h.l2.a.setAutoRelay(false)
    const hash = await deposit(h.alice, { l2Client: h.l2Client(h.l2.a), token: ETH, amount: parseEther('0.5') })
    const timedOut = await waitForDepositExecution(h.l1, { l2Client: h.l2Client(h.l2.a), hash, timeout: 50 }).catch(
      (e) => e,
    )
    expect(timedOut).toMatchObject({ name: 'WaitTimeoutError', lastStatus: 'l2-pending' })
    await h.l2.a.relay()
    const p = newProcess(h.l2.a)
    const receipt = await waitForDepositExecution(p.l1, { l2Client: p.l2Client, hash: hash as Hex, timeout: 2_000 })
    expect(receipt.status).toBe('success')
    expect(h.l2.a.balanceOf(accounts.alice)).toBeGreaterThanOrEqual(parseEther('0.5')) // plus the unspent gas refund
  })

  test('a failed token deposit is claimed by a new process from the L1 hash alone', async () => {
    const token = h.deployment.tokens.testToken
    h.l2.a.failPriorityTxs()
    const before = await l1TokenBalance(h, token, accounts.alice)
    const hash = await deposit(h.alice, { l2Client: h.l2Client(h.l2.a), token, amount: 9n, approve: true })
    await h.l1.waitForTransactionReceipt({ hash })
    await h.l2.a.relay()
    await h.l2.a.settle()
    const p = newProcess(h.l2.a)
    expect(await getDepositStatus(p.l1, { l2Client: p.l2Client, hash })).toMatchObject({
      status: 'l2-failed',
      claimable: true,
    })
    const claim = await claimFailedDeposit(p.wallet, { l2Client: p.l2Client, hash })
    expect((await p.l1.waitForTransactionReceipt({ hash: claim })).status).toBe('success')
    expect(await l1TokenBalance(h, token, accounts.alice)).toBe(before)
  })
})

describe('withdrawal: sent, status, finalized later from the L2 hash alone', () => {
  test('withdraw -> status (not ready) -> a new process finalizes from the hash; a third sees it finalized', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('1'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: BASE, amount: 12_345n, to: accounts.carol })
    const status = await getWithdrawalStatus(h.l1, { l2Client: h.l2Client(h.l2.a), hash })
    expect(status.status).toBe('waiting-for-batch')
    await h.l2.a.settle()
    const before = await h.l1.getBalance({ address: accounts.carol })
    const later = newProcess(h.l2.a, 'bob')
    const l1Hash = await finalizeWithdrawal(later.wallet, { l2Client: later.l2Client, hash: hash as Hex })
    expect((await later.l1.waitForTransactionReceipt({ hash: l1Hash })).status).toBe('success')
    expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(12_345n)
    const third = newProcess(h.l2.a)
    expect((await getWithdrawalStatus(third.l1, { l2Client: third.l2Client, hash })).status).toBe('finalized')
  })
})
