/**
 * What differs between the protocol versions on the library's priority-request and finalize paths, each on the real
 * contracts of the version it runs against (`ZKSYNC_CONTRACTS_VERSION`): the L2 gas floor per VM and version, paused
 * deposits, EIP-7702 aliasing, `mintValue` against `l2Value`, and the base-token `l2Sender` of a finalize.
 */
import { type Address, createWalletClient, type Hex, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { bridgehubAbi } from '../../src/abis/bridgehub.js'
import { l1NullifierAbi } from '../../src/abis/l1Nullifier.js'
import { zkChainAbi } from '../../src/abis/zkChain.js'
import { deposit } from '../../src/actions/deposit.js'
import { getFinalizeWithdrawalParams } from '../../src/actions/getFinalizeWithdrawalParams.js'
import { decodeRevert } from '../../src/actions/internal/revertName.js'
import { prepareRequestExecute } from '../../src/actions/prepareRequestExecute.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { extractPriorityRequests } from '../../src/utils/extractPriorityRequests.js'
import { getMinimumL2GasLimit } from '../../src/utils/getMinimumL2GasLimit.js'
import { applyL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'
import { revertErrorName } from '../harness/artifacts.js'
import type { ChainSetup } from '../harness/deploy.js'
import type { AnyL2Node } from '../harness/index.js'
import { accounts, contractsVersion, hasChain, protocolMinor, useHarness } from '../harness/index.js'
import { baseCost, depositBase, ETH, gasPrice, L2_BASE_TOKEN, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: [] })

/** The Era chain of the version if it has one (v29.4, v31), else its ZKsync OS chain (zkos-v0.30.2). */
const anyKey = hasChain('a') ? 'a' : 'c'
const node = (): AnyL2Node => h.l2[anyKey]
const setupOf = (key: 'a' | 'c'): ChainSetup => (key === 'a' ? h.deployment.chainA : h.deployment.chainC)

/** `Bridgehub.requestL2TransactionDirect` of an ETH deposit to `to`, as the raw tests send it. */
function directArgs(chainId: number, mintValue: bigint, l2Value: bigint, l2GasLimit: bigint, to: Address) {
  return [
    {
      chainId: BigInt(chainId),
      mintValue,
      l2Contract: to,
      l2Value,
      l2Calldata: '0x' as Hex,
      l2GasLimit,
      l2GasPerPubdataByteLimit: 800n,
      factoryDeps: [] as Hex[],
      refundRecipient: to,
    },
  ] as const
}

/** Simulates a raw ETH deposit at a fixed legacy gas price; the revert's name, or undefined when L1 accepts it. */
async function rawDirect(chainId: number, l2GasLimit: bigint, l2ValueShortBy = 0n): Promise<string | undefined> {
  const price = await gasPrice(h)
  const cost = await baseCost(h, chainId, price, l2GasLimit)
  const mintValue = cost + 1000n - l2ValueShortBy
  return h.l1
    .simulateContract({
      account: h.alice.account,
      address: h.deployment.bridgehub,
      abi: bridgehubAbi,
      functionName: 'requestL2TransactionDirect',
      args: directArgs(chainId, mintValue, 1000n, l2GasLimit, accounts.carol),
      value: mintValue,
      gasPrice: price,
    })
    .then(
      () => undefined,
      (error: unknown) => revertErrorName(error) ?? String(error),
    )
}

describe('the L2 gas floor per VM and version', () => {
  // TransactionValidator.getMinimalPriorityTransactionGasLimit: the Era branch is the same at every version; the
  // ZKsync OS branch is 88 * 800 = 70,400 at 0.30 (Config.sol:112 at 9ddc915c) and 351 * 800 = 280,800 at 0.31
  // (Config.sol:125 at 4859b6fd), the native term being 0 at the harness's L2 gas price (at least 2.5e8)
  const expected: Record<'a' | 'c', number | undefined> = {
    a: 253_884,
    c: protocolMinor >= 31 ? 280_800 : protocolMinor === 30 ? 70_400 : undefined,
  }
  for (const key of ['a', 'c'] as const)
    test.runIf(hasChain(key))(
      `chain ${key} (${key === 'a' ? 'Era' : 'ZKsync OS'}): the floor the library picks is accepted by the Mailbox, one less is refused before sending`,
      async () => {
        const setup = setupOf(key)
        const l2Client = h.l2Client(h.l2[key])
        const floor = BigInt(expected[key]!)
        // the library's floor, for a caller's limit: the floor passes, one less is its typed error with nothing sent
        const quote = await quoteDeposit(h.l1, {
          l2Client,
          account: accounts.alice,
          token: ETH,
          amount: 1000n,
          l2GasLimit: floor,
          gas: null,
        })
        expect(quote.l2GasLimit).toBe(floor)
        h.l1Transport.reset()
        await expect(
          deposit(h.alice, { l2Client, token: ETH, amount: 1000n, l2GasLimit: floor - 1n }),
        ).rejects.toMatchObject({ name: 'L2GasLimitTooLowError', minimum: floor, l2GasLimit: floor - 1n })
        expect(h.l1Transport.sends()).toEqual([])
        // the Mailbox agrees: it takes the floor and reverts one gas less
        expect(await rawDirect(setup.chainId, floor)).toBeUndefined()
        expect(await rawDirect(setup.chainId, floor - 1n)).toBe('ValidateTxnNotEnoughGas')
        // the library's own deposit at its floor is mined
        const hash = await deposit(h.alice, { l2Client, token: ETH, amount: 1000n, l2GasLimit: floor })
        expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
      },
    )

  test.runIf(hasChain('c'))(
    'ZKsync OS without an L2 client or chain definition: the VM is read on L1 (getZKsyncOS, or the 0.30 storage flag)',
    async () => {
      const target = { chainId: h.deployment.chainC.chainId, bridgehub: h.deployment.bridgehub }
      const floor = BigInt(expected.c!)
      const quote = await quoteDeposit(h.l1, {
        ...target,
        account: accounts.alice,
        token: ETH,
        amount: 1n,
        l2GasLimit: floor,
        gas: null,
      })
      expect(quote.l2GasLimit).toBe(floor)
      await expect(
        quoteDeposit(h.l1, { ...target, account: accounts.alice, token: ETH, amount: 1n, l2GasLimit: floor - 1n }),
      ).rejects.toMatchObject({ name: 'L2GasLimitTooLowError', minimum: floor })
    },
  )

  test.runIf(hasChain('c') && protocolMinor >= 31)(
    'v31 ZKsync OS: the Era floor 253,884 the library used before is refused by the Mailbox',
    async () => {
      expect(getMinimumL2GasLimit({ calldataLength: 0 })).toBe(253_884n)
      expect(await rawDirect(h.deployment.chainC.chainId, 253_884n)).toBe('ValidateTxnNotEnoughGas')
    },
  )

  test.runIf(hasChain('c'))('an estimate below the floor is raised to it (requestExecute on ZKsync OS)', async () => {
    const { quote } = await prepareRequestExecute(h.l1, {
      l2Client: h.l2Client(h.l2.c),
      account: accounts.alice,
      contractAddress: accounts.carol,
      gas: null,
    })
    expect(quote.l2GasLimit).toBeGreaterThanOrEqual(BigInt(expected.c!))
    // the base cost is that of the raised limit
    const price = quote.baseCost / quote.l2GasLimit
    expect(quote.baseCost).toBe(price * quote.l2GasLimit)
  })
})

describe('paused deposits', () => {
  test.runIf(protocolMinor >= 31)(
    'v31: a chain with deposits paused is DepositsPausedError before anything is sent, for deposit and requestExecute',
    async () => {
      const paused = h.deployment.chainPaused!
      expect(paused, `${contractsVersion} deploys the paused chain 275`).toBeDefined()
      // the Mailbox reverts every request (Mailbox.sol:597 at 4859b6fd), decoded by the library's ABI by name
      const error = await h.l1
        .simulateContract({
          account: h.alice.account,
          address: h.deployment.bridgehub,
          abi: bridgehubAbi,
          functionName: 'requestL2TransactionDirect',
          args: directArgs(paused.chainId, parseEther('0.01'), 0n, 300_000n, accounts.carol),
          value: parseEther('0.01'),
        })
        .catch((e: unknown) => e)
      expect(decodeRevert(error, zkChainAbi)?.name).toBe('DepositsPaused')
      expect(
        await h.l1.readContract({ address: paused.diamond, abi: zkChainAbi, functionName: 'depositsPaused' }),
      ).toBe(true)

      const target = { chainId: paused.chainId, bridgehub: h.deployment.bridgehub, l2GasLimit: 300_000n }
      for (const send of [
        () => deposit(h.alice, { ...target, token: ETH, amount: 1000n }),
        () => requestExecute(h.alice, { ...target, contractAddress: accounts.carol, l2Value: 1n }),
        () => quoteDeposit(h.l1, { ...target, account: accounts.alice, token: ETH, amount: 1000n }),
      ]) {
        h.l1Transport.reset()
        await expect(send()).rejects.toMatchObject({ name: 'DepositsPausedError', l2ChainId: BigInt(paused.chainId) })
        expect(h.l1Transport.sends()).toEqual([])
      }
    },
  )

  test.runIf(protocolMinor < 31)(
    'before v31 the diamond has no depositsPaused(); the library does not need it',
    async () => {
      const diamond = setupOf(anyKey).diamond
      await expect(
        h.l1.readContract({ address: diamond, abi: zkChainAbi, functionName: 'depositsPaused' }),
      ).rejects.toThrow()
      const quote = await quoteDeposit(h.l1, {
        l2Client: h.l2Client(node()),
        account: accounts.alice,
        token: ETH,
        amount: 1000n,
        gas: null,
      })
      expect(quote.mintValue).toBe(quote.baseCost + 1000n)
    },
  )
})

describe('an EIP-7702-delegated EOA', () => {
  async function delegatedWallet() {
    const account = privateKeyToAccount(generatePrivateKey())
    await h.test.setBalance({ address: account.address, value: parseEther('10') })
    const wallet = createWalletClient({ account, chain: h.l1.chain, transport: h.l1Transport.transport })
    const authorization = await wallet.signAuthorization({ contractAddress: h.deployment.multicall3, executor: 'self' })
    const hash = await wallet.sendTransaction({
      to: '0x000000000000000000000000000000000000dEaD',
      authorizationList: [authorization],
    })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect((await h.l1.getCode({ address: account.address }))?.startsWith('0xef0100')).toBe(true)
    return wallet
  }

  test('as its own refund recipient: aliased up to 0.30, not from 0.31, and the library predicts which', async () => {
    const wallet = await delegatedWallet()
    const address = wallet.account.address
    const l2Client = h.l2Client(node())
    const diamond = setupOf(anyKey).diamond
    h.l1Transport.reset()
    const sent = deposit(wallet, { l2Client, token: ETH, amount: 1n })
    if (protocolMinor >= 31) {
      // AddressAliasHelper.actualRefundRecipientMailbox leaves a 7702 account as it is (vendor/AddressAliasHelper.sol:88
      // at 4859b6fd): no opt-in needed, and the L2 refund goes to the account itself
      const receipt = await h.l1.waitForTransactionReceipt({ hash: await sent })
      const [request] = extractPriorityRequests({ logs: receipt.logs, diamondAddress: diamond })
      expect(BigInt(request!.transaction.reserved[1]!)).toBe(BigInt(address))
      expect(BigInt(request!.transaction.from)).toBe(BigInt(address))
    } else {
      // actualRefundRecipient aliases any recipient with code (vendor/AddressAliasHelper.sol, Mailbox.sol:448 at c66f46bc)
      await expect(sent).rejects.toMatchObject({ name: 'AliasedRefundRecipientError' })
      expect(h.l1Transport.sends()).toEqual([])
      const hash = await deposit(wallet, { l2Client, token: ETH, amount: 1n, allowAliasedRefundRecipient: true })
      const receipt = await h.l1.waitForTransactionReceipt({ hash })
      const [request] = extractPriorityRequests({ logs: receipt.logs, diamondAddress: diamond })
      expect(BigInt(request!.transaction.reserved[1]!)).toBe(BigInt(applyL1ToL2Alias(address)))
      expect(BigInt(request!.transaction.from)).toBe(BigInt(address))
    }
  })

  test('as the sender: no contract at any version (it is tx.origin), so its L2 sender is itself', async () => {
    const wallet = await delegatedWallet()
    const address = wallet.account.address
    // an address alone is taken for a wallet's account, whose code the library reads
    const quote = await quoteDeposit(h.l1, {
      l2Client: h.l2Client(node()),
      account: address,
      refundRecipient: accounts.carol,
      token: ETH,
      amount: 1n,
      gas: null,
    })
    expect(quote.warnings).toEqual([])
    expect(quote.l2Transaction.from).toBe(address)
  })
})

describe('mintValue covers the base cost and the L2 value', () => {
  test('the library refuses a mintValue one short of base cost + l2Value at every version, before sending', async () => {
    const l2Client = h.l2Client(node())
    const { quote } = await prepareRequestExecute(h.l1, {
      l2Client,
      account: accounts.alice,
      contractAddress: accounts.carol,
      l2Value: 1000n,
      gas: null,
    })
    h.l1Transport.reset()
    await expect(
      requestExecute(h.alice, {
        l2Client,
        contractAddress: accounts.carol,
        l2Value: 1000n,
        l2GasLimit: quote.l2GasLimit,
        mintValue: quote.baseCost + 999n,
      }),
    ).rejects.toMatchObject({ name: 'InconsistentValueError', parameter: 'mintValue' })
    expect(h.l1Transport.sends()).toEqual([])
  })

  test('L1 alone: MsgValueTooLow up to 0.30, accepted from 0.31 (the L2 call would fail)', async () => {
    const chainId = setupOf(anyKey).chainId
    const l2GasLimit = 300_000n
    expect(await rawDirect(chainId, l2GasLimit)).toBeUndefined()
    // Mailbox.sol:446 at 9ddc915c checks baseCost + l2Value; Mailbox.sol:476 at 4859b6fd only baseCost
    expect(await rawDirect(chainId, l2GasLimit, 1n)).toBe(protocolMinor >= 31 ? undefined : 'MsgValueTooLow')
  })
})

describe('finalizing a base-token withdrawal', () => {
  test('the library names 0x…800a as l2Sender; 0x…10003 is WrongL2Sender from v31, decoded by name', async () => {
    await depositBase(h, node(), accounts.alice, parseEther('2'))
    const l2Client = h.l2Client(node())
    const hash = await withdraw(l2Wallet(h, node(), 'alice'), {
      token: ETH,
      amount: parseEther('1'),
      to: accounts.carol,
    })
    await node().settle()
    const params = await getFinalizeWithdrawalParams(h.l1, { l2Client, hash })
    expect(params.l2Sender).toBe(L2_BASE_TOKEN)
    const simulate = (l2Sender: Address) =>
      h.l1
        .simulateContract({
          account: h.bob.account,
          address: h.deployment.l1Nullifier,
          abi: l1NullifierAbi,
          functionName: 'finalizeDeposit',
          args: [{ ...params, l2Sender }],
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        )
    expect(await simulate(params.l2Sender)).toBeUndefined()
    const other = await simulate('0x0000000000000000000000000000000000010003')
    if (protocolMinor >= 31) {
      // L1Nullifier.sol:538 at 4859b6fd: a base-token message must name 0x…800a
      expect(decodeRevert(other, l1NullifierAbi)).toEqual({
        name: 'WrongL2Sender',
        args: ['0x0000000000000000000000000000000000010003'],
      })
    } else {
      // up to 0.30 the nullifier proves a base-token message with 0x…800a whatever is named (L1Nullifier.sol:514-523)
      expect(other).toBeUndefined()
    }
  })
})
