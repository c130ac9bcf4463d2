/**
 * The actions on bare clients (`createClient` without viem's public or wallet actions), the smallest setup a dapp can
 * bundle: the package then estimates, fills, signs and sends by JSON-RPC itself instead of through viem's
 * `estimateGas` / `prepareTransactionRequest` / `sendTransaction`. Each workflow must land on the real contracts as it
 * does with a wallet client, with the send method the account calls for.
 */
import {
  type Address,
  createClient,
  createNonceManager,
  createWalletClient,
  type Hash,
  keccak256,
  parseEther,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { jsonRpc } from 'viem/nonce'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { deposit } from '../../src/actions/deposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getL1Allowance } from '../../src/actions/getL1Allowance.js'
import { getL2TransactionHash } from '../../src/actions/getL2TransactionHash.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { withdraw } from '../../src/actions/withdraw.js'
import type { AnyL2Node } from '../harness/index.js'
import { accounts, hasChain, privateKeys, useHarness } from '../harness/index.js'
import { depositBase, depositToken, ETH, l1TokenBalance } from '../harness/raw.js'

const h = useHarness({ chains: [] })
const receiver: Address = '0x00000000000000000000000000000000000abcde'

/** A bare L1 client through the counting transport: a local account by key, or a JSON-RPC account (anvil unlocks it). */
function bareL1(account: Address | ReturnType<typeof privateKeyToAccount>) {
  return createClient({ chain: h.l1.chain, transport: h.l1Transport.transport, account, pollingInterval: 10 })
}

/** A bare L2 client on `node` through its counting transport, with an account or none. */
function bareL2(node: AnyL2Node, account?: ReturnType<typeof privateKeyToAccount>) {
  const transport = h.l2Transport[node === h.l2.a ? 'a' : node === h.l2.b ? 'b' : 'c'].transport
  return createClient({
    chain: h.l2Client(node).chain,
    transport,
    pollingInterval: 10,
    ...(account ? { account } : {}),
  })
}

/** A nonce manager of its own: viem's shared one would remember nonces across the harness's snapshot reverts. */
const freshNonceManager = () => createNonceManager({ source: jsonRpc() })

/** Waits for the L1 receipt, relays the deposit on `node` and returns the relayed L2 receipt. */
async function relay(node: AnyL2Node, hash: Hash) {
  expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
  const l2Hash = await getL2TransactionHash(h.l1, { hash, l2Client: h.l2Client(node) })
  expect(await node.relay()).toEqual([l2Hash])
  return h.l2Client(node).getTransactionReceipt({ hash: l2Hash })
}

describe('a bare client with a local account', () => {
  test.runIf(hasChain('a'))(
    'an ETH deposit is signed here and sent raw, under the hash of the signed bytes',
    async () => {
      const client = bareL1(privateKeyToAccount(privateKeys.alice))
      h.l1Transport.reset()
      const hash = await deposit(client, {
        l2Client: bareL2(h.l2.a),
        token: ETH,
        amount: parseEther('1'),
        to: receiver,
      })
      const sends = h.l1Transport.sends()
      expect(sends.map((r) => r.method)).toEqual(['eth_sendRawTransaction'])
      expect(keccak256((sends[0]!.params as [`0x${string}`])[0])).toBe(hash)
      expect((await relay(h.l2.a, hash)).status).toBe('success')
      expect(h.l2.a.balanceOf(receiver)).toBe(parseEther('1'))
    },
  )

  test.runIf(hasChain('a'))(
    'a TST deposit with approve: the approval is mined before the deposit, and the tokens reach the vault',
    async () => {
      const token = h.deployment.tokens.testToken
      const client = bareL1(privateKeyToAccount(privateKeys.alice))
      const [before, vault] = await Promise.all([
        l1TokenBalance(h, token, accounts.alice),
        l1TokenBalance(h, token, h.deployment.l1NativeTokenVault),
      ])
      h.l1Transport.reset()
      const hash = await deposit(client, { l2Client: bareL2(h.l2.a), token, amount: 7n, approve: true })
      expect(h.l1Transport.sends().map((r) => r.method)).toEqual(['eth_sendRawTransaction', 'eth_sendRawTransaction'])
      expect((await relay(h.l2.a, hash)).status).toBe('success')
      expect(await l1TokenBalance(h, token, accounts.alice)).toBe(before - 7n)
      expect(await l1TokenBalance(h, token, h.deployment.l1NativeTokenVault)).toBe(vault + 7n)
      const spender = h.deployment.l1NativeTokenVault
      expect(await getL1Allowance(h.l1, { token, owner: accounts.alice, spender, chainId: 271 })).toBe(0n)
    },
  )

  /** A bare client or a wallet client for `account`, on the counting L1 transport. */
  const l1Of = (kind: 'bare' | 'wallet', account: ReturnType<typeof privateKeyToAccount>) =>
    kind === 'bare'
      ? bareL1(account)
      : createWalletClient({ account, chain: h.l1.chain, transport: h.l1Transport.transport, pollingInterval: 10 })

  test.runIf(hasChain('a')).each(['bare', 'wallet'] as const)(
    'a nonce manager on the account gives two deposits sent at once distinct nonces (%s client)',
    async (kind) => {
      const client = l1Of(kind, privateKeyToAccount(privateKeys.alice, { nonceManager: freshNonceManager() }))
      const l2Client = kind === 'bare' ? bareL2(h.l2.a) : h.l2Client(h.l2.a)
      const hashes = await Promise.all([
        deposit(client, { l2Client, token: ETH, amount: 1n, to: receiver }),
        deposit(client, { l2Client, token: ETH, amount: 2n, to: receiver }),
      ])
      const txs = await Promise.all(hashes.map((hash) => h.l1.getTransaction({ hash })))
      expect(new Set(txs.map((tx) => tx.nonce)).size).toBe(2)
      for (const hash of hashes) expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    },
  )

  test.runIf(hasChain('a')).each(['bare', 'wallet'] as const)(
    'a deposit refused after its nonce was handed out leaves no gap in the nonce manager (%s client)',
    async (kind) => {
      const account = privateKeyToAccount(generatePrivateKey(), { nonceManager: freshNonceManager() })
      const client = l1Of(kind, account)
      const l2Client = h.l2Client(h.l2.a)
      // enough for the deposit's value, not for its L1 gas: refused once the request is filled (nonce included)
      const { value } = await quoteDeposit(h.l1, {
        l2Client,
        account: account.address,
        token: ETH,
        amount: 1n,
        gas: null,
      })
      await h.test.setBalance({ address: account.address, value: value + 1n })
      await expect(deposit(client, { l2Client, token: ETH, amount: 1n })).rejects.toMatchObject({
        name: 'InsufficientBalanceError',
      })
      await h.test.setBalance({ address: account.address, value: parseEther('1') })
      const hash = await deposit(client, { l2Client, token: ETH, amount: 1n })
      expect((await h.l1.getTransaction({ hash })).nonce).toBe(0)
      expect((await h.l1.waitForTransactionReceipt({ hash, timeout: 5_000 })).status).toBe('success')
    },
  )

  test.runIf(hasChain('c'))(
    'requestExecute into the ZKsync OS chain is estimated with eth_estimateGas on a bare L2 client',
    async () => {
      const client = bareL1(privateKeyToAccount(privateKeys.alice))
      h.l2Transport.c.reset()
      const hash = await requestExecute(client, { l2Client: bareL2(h.l2.c), contractAddress: receiver, l2Value: 5n })
      expect(h.l2Transport.c.methods()).toContain('eth_estimateGas')
      expect((await relay(h.l2.c, hash)).status).toBe('success')
      expect(await h.l2.c.balanceOf(receiver)).toBe(5n)
    },
  )

  test.runIf(hasChain('a'))('a withdrawal started on a bare L2 client is finalized from a bare L1 client', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const l2 = bareL2(h.l2.a, privateKeyToAccount(privateKeys.alice))
    h.l2Transport.a.reset()
    const hash = await withdraw(l2, { token: ETH, amount: parseEther('1'), to: accounts.carol })
    expect(h.l2Transport.a.sends().map((r) => r.method)).toEqual(['eth_sendRawTransaction'])
    await h.l2.a.settle()
    const client = bareL1(privateKeyToAccount(privateKeys.bob))
    const l2Client = bareL2(h.l2.a)
    expect(await isWithdrawalFinalized(client, { l2Client, hash })).toBe(false)
    const before = await h.l1.getBalance({ address: accounts.carol })
    const l1Hash = await finalizeWithdrawal(client, { l2Client, hash })
    expect((await h.l1.waitForTransactionReceipt({ hash: l1Hash })).status).toBe('success')
    expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
    expect(await isWithdrawalFinalized(client, { l2Client, hash })).toBe(true)
  })

  test.runIf(hasChain('a'))('a failed TST deposit is claimed back from a bare client', async () => {
    const token = h.deployment.tokens.testToken
    const start = await l1TokenBalance(h, token, accounts.alice)
    h.l2.a.failPriorityTxs()
    const { hash } = await depositToken(h, h.l2.a, token, 3n)
    await h.l2.a.settle()
    const l1Hash = await claimFailedDeposit(bareL1(privateKeyToAccount(privateKeys.bob)), {
      l2Client: bareL2(h.l2.a),
      hash,
    })
    expect((await h.l1.waitForTransactionReceipt({ hash: l1Hash })).status).toBe('success')
    expect(await l1TokenBalance(h, token, accounts.alice)).toBe(start)
  })
})

describe("the client's dataSuffix", () => {
  test.runIf(hasChain('a'))('ends the calldata once, on a bare client and on a wallet client alike', async () => {
    const suffix = '0xdeadbeefcafe'
    const bare = createClient({
      chain: h.l1.chain,
      transport: h.l1Transport.transport,
      account: privateKeyToAccount(privateKeys.alice),
      dataSuffix: suffix,
    })
    const wallet = createWalletClient({
      chain: h.l1.chain,
      transport: h.l1Transport.transport,
      account: privateKeyToAccount(privateKeys.alice),
      dataSuffix: suffix,
    })
    for (const client of [bare, wallet]) {
      const hash = await deposit(client, { l2Client: bareL2(h.l2.a), token: ETH, amount: 3n, to: receiver })
      const tx = await h.l1.getTransaction({ hash })
      expect(tx.input.endsWith(suffix.slice(2))).toBe(true)
      expect(tx.input.endsWith(suffix.slice(2).repeat(2))).toBe(false)
      expect((await relay(h.l2.a, hash)).status).toBe('success')
    }
    expect(h.l2.a.balanceOf(receiver)).toBe(6n)
  })
})

describe('a bare client with a JSON-RPC account', () => {
  test.runIf(hasChain('a'))(
    'an ETH deposit goes out as eth_sendTransaction, for the node to sign, with the quoted fees and value',
    async () => {
      const client = bareL1(accounts.alice)
      h.l1Transport.reset()
      const hash = await deposit(client, {
        l2Client: bareL2(h.l2.a),
        token: ETH,
        amount: parseEther('1'),
        to: receiver,
      })
      const sends = h.l1Transport.sends()
      expect(sends.map((r) => r.method)).toEqual(['eth_sendTransaction'])
      const sent = (sends[0]!.params as [{ from: Address; to: Address; value: `0x${string}` }])[0]
      expect(sent.from.toLowerCase()).toBe(accounts.alice.toLowerCase())
      expect(sent.to.toLowerCase()).toBe(h.deployment.bridgehub.toLowerCase())
      const tx = await h.l1.getTransaction({ hash })
      expect(tx.value).toBe(BigInt(sent.value))
      expect((await relay(h.l2.a, hash)).status).toBe('success')
      expect(h.l2.a.balanceOf(receiver)).toBe(parseEther('1'))
    },
  )
})
