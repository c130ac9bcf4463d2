/**
 * Every workflow of the Era chain, on the ZKsync OS chains that run for real (the real L2 contracts of
 * `zkos-v0.30.2` on anvil), through the library's public actions: on chain C (ETH base) once per recorded
 * `zksync-os-server` version (the node's receipts, proofs and not-ready errors are that version's, exactly), and on
 * chain D (base token BTB, an ERC-20 at 5/2) every deposit route and both withdrawals.
 */
import { type Address, type Hex, parseEther } from 'viem'
import { beforeEach, describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { deposit } from '../../src/actions/deposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { waitForWithdrawalReady } from '../../src/actions/waitForWithdrawalReady.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { accounts, useHarness } from '../harness/index.js'
import { profiles } from '../harness/l2/wire/profiles.js'
import { ETH, l1TokenBalance, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: ['c', 'd'] })

describe.each(profiles.filter((p) => p.flavour === 'zksync-os'))('ZKsync OS chain C answering as $id', (profile) => {
  beforeEach(() => h.l2.c.useProfile(profile))
  const l2Client = () => h.l2Client(h.l2.c)
  const token = () => h.deployment.tokens.testToken

  /** Deposits through the library and waits for the L2 execution; returns the L2 receipt's status. */
  async function depositAndWait(parameters: { token: Address; amount: bigint; to?: Address; approve?: boolean }) {
    const hash = await deposit(h.alice, { l2Client: l2Client(), ...parameters })
    await h.l1.waitForTransactionReceipt({ hash })
    return { hash, l2Receipt: await waitForDepositExecution(h.l1, { l2Client: l2Client(), hash }) }
  }

  async function finalizeWithBob(hash: Hex) {
    return h.l1.waitForTransactionReceipt({ hash: await finalizeWithdrawal(h.bob, { l2Client: l2Client(), hash }) })
  }

  test('ETH into an account with no L2 balance (its first deposit), then requestExecute with an l2Value', async () => {
    expect(await h.l2.c.balanceOf(accounts.alice)).toBe(0n)
    const { l2Receipt } = await depositAndWait({ token: ETH, amount: parseEther('1') })
    expect(l2Receipt.status).toBe('success')
    expect(await h.l2.c.balanceOf(accounts.alice)).toBeGreaterThanOrEqual(parseEther('1'))

    const receiver = '0x00000000000000000000000000000000000c0ffe' as Address
    const hash = await requestExecute(h.alice, { l2Client: l2Client(), contractAddress: receiver, l2Value: 5n })
    await h.l1.waitForTransactionReceipt({ hash })
    expect((await waitForDepositExecution(h.l1, { l2Client: l2Client(), hash })).status).toBe('success')
    expect(await h.l2.c.balanceOf(receiver)).toBe(5n)
  })

  test('ETH withdrawal: every phase in the server own not-ready answers, wait, finalize, isFinalized flips, a second finalize is refused', async () => {
    await depositAndWait({ token: ETH, amount: parseEther('2') })
    const hash = await withdraw(l2Wallet(h, h.l2.c, 'alice'), {
      token: ETH,
      amount: parseEther('1'),
      to: accounts.carol,
    })
    const status = () => getWithdrawalStatus(h.l1, { l2Client: l2Client(), hash })

    expect(await status()).toMatchObject({ status: 'waiting-for-batch', waitingFor: 'proof' })
    await h.l2.c.sealBatch()
    await h.l2.c.commitBatches()
    // v0.1.1 hands out the proof before execution; L1 then says the batch is not executed
    expect(await status()).toMatchObject({
      status: 'waiting-for-batch',
      waitingFor: profile.proofNotReady.notExecuted === 'answers' ? 'batch-execution' : 'proof',
    })
    await expect(finalizeWithdrawal(h.bob, { l2Client: l2Client(), hash })).rejects.toMatchObject({
      name: 'WithdrawalNotReadyError',
    })
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2Client(), hash })).toBe(false)

    const phases: string[] = []
    const waiting = waitForWithdrawalReady(h.l1, {
      l2Client: l2Client(),
      hash,
      pollingInterval: 20,
      onStatus: ({ status }) => phases.push(status),
    })
    await h.l2.c.executeBatches()
    expect(await waiting).toMatchObject({ chainId: 273n, l2Sender: '0x000000000000000000000000000000000000800A' })
    expect(phases.at(-1)).toBe('ready-to-finalize')

    const before = await h.l1.getBalance({ address: accounts.carol })
    expect((await finalizeWithBob(hash)).status).toBe('success')
    expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2Client(), hash })).toBe(true)
    expect((await status()).status).toBe('finalized')
    h.l1Transport.reset()
    await expect(finalizeWithdrawal(h.bob, { l2Client: l2Client(), hash })).rejects.toMatchObject({
      name: 'WithdrawalAlreadyFinalizedError',
    })
    expect(h.l1Transport.sends()).toEqual([])
  })

  test('ERC-20: deposited through the real L2AssetRouter, withdrawn and paid back on L1', async () => {
    await depositAndWait({ token: ETH, amount: parseEther('1') })
    const amount = 4n * 10n ** 18n
    const { l2Receipt } = await depositAndWait({ token: token(), amount, approve: true })
    expect(l2Receipt.status).toBe('success')
    const l2Token = await h.l2.c.l2TokenAddress(token())
    expect(await h.l2.c.tokenBalanceOf(l2Token, accounts.alice)).toBe(amount)

    const hash = await withdraw(l2Wallet(h, h.l2.c, 'alice'), {
      token: l2Token,
      amount: 3n * 10n ** 18n,
      to: accounts.carol,
    })
    expect(await h.l2.c.tokenBalanceOf(l2Token, accounts.alice)).toBe(10n ** 18n)
    await h.l2.c.settle()
    const before = await l1TokenBalance(h, token(), accounts.carol)
    expect((await finalizeWithBob(hash)).status).toBe('success')
    expect((await l1TokenBalance(h, token(), accounts.carol)) - before).toBe(3n * 10n ** 18n)
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2Client(), hash })).toBe(true)
  })

  test('a failed ERC-20 deposit is claimed back on L1, and a second claim is refused before sending', async () => {
    const start = await l1TokenBalance(h, token(), accounts.alice)
    h.l2.c.failPriorityTxs()
    const amount = 2n * 10n ** 18n
    const { hash, l2Receipt } = await depositAndWait({ token: token(), amount, approve: true })
    expect(l2Receipt.status).toBe('reverted')
    expect(await l1TokenBalance(h, token(), accounts.alice)).toBe(start - amount)
    await h.l2.c.settle()
    const claim = await claimFailedDeposit(h.bob, { l2Client: l2Client(), hash })
    expect((await h.l1.waitForTransactionReceipt({ hash: claim })).status).toBe('success')
    expect(await l1TokenBalance(h, token(), accounts.alice)).toBe(start)
    h.l1Transport.reset()
    await expect(claimFailedDeposit(h.bob, { l2Client: l2Client(), hash })).rejects.toMatchObject({
      name: 'DepositAlreadyClaimedError',
    })
    expect(h.l1Transport.sends()).toEqual([])
  })
})

describe('RPC requests on the ZKsync OS chain', () => {
  test('an ETH deposit costs 8 requests (6 L1, 2 L2) and a finalize 5 (3 L1, 2 L2)', async () => {
    h.l1Transport.reset()
    h.l2Transport.c.reset()
    const hash = await deposit(h.alice, { l2Client: h.l2Client(h.l2.c), token: ETH, amount: parseEther('2') })
    const depositRequests = { l1: h.l1Transport.methods(), l2: h.l2Transport.c.methods() }
    await h.l1.waitForTransactionReceipt({ hash })
    await h.l2.c.relay()
    const l2Hash = await withdraw(l2Wallet(h, h.l2.c, 'alice'), { token: ETH, amount: parseEther('1') })
    await h.l2.c.settle()
    h.l1Transport.reset()
    h.l2Transport.c.reset()
    await finalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.c), hash: l2Hash })
    // deposit: the same 6 L1 requests as on Era; on L2 the estimate, after the "method not found" that tells the VM
    // (a chain definition with `custom.zksync.vm: 'zksync-os'` saves it)
    expect([...depositRequests.l1].sort()).toEqual(
      [
        'eth_call',
        'eth_call',
        'eth_getBlockByNumber',
        'eth_maxPriorityFeePerGas',
        'eth_fillTransaction',
        'eth_sendRawTransaction',
      ].sort(),
    )
    expect(depositRequests.l2).toEqual(['zks_estimateGasL1ToL2', 'eth_estimateGas'])
    // finalize: receipt and proof on L2, one request each; on L1 one reader call (the addresses this chain definition
    // lacks, as it names only the Bridgehub, and the status), the fill and the send
    expect(h.l2Transport.c.methods()).toEqual(['eth_getTransactionReceipt', 'zks_getL2ToL1LogProof'])
    expect(h.l1Transport.methods()).toEqual(['eth_call', 'eth_fillTransaction', 'eth_sendRawTransaction'])
  })
})

describe('ZKsync OS chain D (base token BTB)', () => {
  const l2Client = () => h.l2Client(h.l2.d)
  const btb = () => h.deployment.tokens.baseTokenB
  const ETH_L1: Address = '0x0000000000000000000000000000000000000001'

  async function depositAndWait(parameters: { token: Address; amount: bigint; to?: Address }) {
    const hash = await deposit(h.alice, { l2Client: l2Client(), approve: true, ...parameters })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    return waitForDepositExecution(h.l1, { l2Client: l2Client(), hash })
  }
  async function finalized(hash: Hex) {
    const l1Hash = await finalizeWithdrawal(h.bob, { l2Client: l2Client(), hash })
    expect((await h.l1.waitForTransactionReceipt({ hash: l1Hash })).status).toBe('success')
    expect(await isWithdrawalFinalized(h.l1, { l2Client: l2Client(), hash })).toBe(true)
  }

  test('the base token BTB (base-custom): credited as the native balance, mintValue taken in BTB and no ETH value', async () => {
    const before = await l1TokenBalance(h, btb(), accounts.alice)
    const amount = 3n * 10n ** 18n
    expect((await depositAndWait({ token: btb(), amount, to: accounts.carol })).status).toBe('success')
    expect(await h.l2.d.balanceOf(accounts.carol)).toBe(amount)
    expect(before - (await l1TokenBalance(h, btb(), accounts.alice))).toBeGreaterThan(amount)
  })

  test('ETH (eth-custom) arrives as a bridged token; ERC-20 (erc20-custom) approves both tokens; both withdrawn to L1', async () => {
    await depositAndWait({ token: btb(), amount: 10n ** 19n })
    expect((await depositAndWait({ token: ETH, amount: parseEther('1') })).status).toBe('success')
    const l2Eth = await h.l2.d.l2TokenAddress(ETH_L1)
    expect(await h.l2.d.tokenBalanceOf(l2Eth, accounts.alice)).toBe(parseEther('1'))
    const tst = h.deployment.tokens.testToken
    expect((await depositAndWait({ token: tst, amount: 5n })).status).toBe('success')
    const l2Tst = await h.l2.d.l2TokenAddress(tst)
    expect(await h.l2.d.tokenBalanceOf(l2Tst, accounts.alice)).toBe(5n)

    const ethOut = await withdraw(l2Wallet(h, h.l2.d, 'alice'), {
      token: ETH,
      amount: parseEther('0.5'),
      to: accounts.carol,
    })
    const tstOut = await withdraw(l2Wallet(h, h.l2.d, 'alice'), { token: l2Tst, amount: 2n, to: accounts.carol })
    await h.l2.d.settle()
    const carolEth = await h.l1.getBalance({ address: accounts.carol })
    await finalized(ethOut)
    expect((await h.l1.getBalance({ address: accounts.carol })) - carolEth).toBe(parseEther('0.5'))
    await finalized(tstOut)
    expect(await l1TokenBalance(h, tst, accounts.carol)).toBe(2n)
  })

  test('the base token BTB withdrawn from L2BaseToken (0x…800a) is paid in BTB on L1', async () => {
    await depositAndWait({ token: btb(), amount: 10n ** 19n })
    const hash = await withdraw(l2Wallet(h, h.l2.d, 'alice'), {
      token: '0x000000000000000000000000000000000000800A',
      amount: 4n * 10n ** 18n,
      to: accounts.carol,
    })
    await h.l2.d.settle()
    const before = await l1TokenBalance(h, btb(), accounts.carol)
    await finalized(hash)
    expect((await l1TokenBalance(h, btb(), accounts.carol)) - before).toBe(4n * 10n ** 18n)
  })

  test('requestExecute takes mintValue in BTB and runs the L2 call with its l2Value', async () => {
    const receiver = '0x00000000000000000000000000000000000c0ffe' as Address
    const hash = await requestExecute(h.alice, {
      l2Client: l2Client(),
      contractAddress: receiver,
      l2Value: 7n,
      approve: true,
    })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect((await waitForDepositExecution(h.l1, { l2Client: l2Client(), hash })).status).toBe('success')
    expect(await h.l2.d.balanceOf(receiver)).toBe(7n)
  })
})
