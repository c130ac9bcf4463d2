/**
 * The L1 chain is always known before signing: a client that declares no chain is held to the L1 the target L2
 * settles on (its chain definition's `l1ChainId`, or its Era node's `zks_L1ChainId`) by the node's `eth_chainId`, the
 * request the quote makes for it anyway, and its transactions are signed for that L1, not for whatever chain id the
 * node claims when the transaction is filled.
 *
 * On the code before, `L1ChainMismatchError` was thrown only when the client declared a chain: every refusal below
 * was a deposit sent to the node's chain, and the lying node had the deposit signed for its chain.
 */
import {
  type Address,
  type Chain,
  createClient,
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  type Hex,
  parseEther,
  parseTransaction,
  type Transport,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { mainnet } from 'viem/chains'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { accounts, l2ChainOf, privateKeys, useHarness } from '../harness/index.js'
import { refused } from './refused.js'

const h = useHarness({ chains: ['a'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'
const receiver: Address = '0x00000000000000000000000000000000000abcde'

/** Chain A's definition, saying it settles on `l1ChainId`. */
function chainASettlingOn(l1ChainId: number) {
  const chain = l2ChainOf(h.deployment.chainA, 'A')
  return defineChain({ ...chain, custom: { zksync: { ...chain.custom.zksync, l1ChainId } } })
}

/** An L2 client of node A whose chain is `chain`, through A's counting transport. */
function l2ClientA(
  chain: Chain = l2ChainOf(h.deployment.chainA, 'A'),
  transport: Transport = h.l2Transport.a.transport,
) {
  return createPublicClient({ chain, transport, pollingInterval: 10 })
}

const alice = () => privateKeyToAccount(privateKeys.alice)

/** A transport over the L1 that answers `eth_chainId` with `ids` in turn (the last one from then on). */
function chainIdsInTurn(...ids: number[]) {
  let asked = 0
  return custom({
    async request({ method, params }) {
      if (method === 'eth_chainId') return `0x${ids[Math.min(asked++, ids.length - 1)]!.toString(16)}`
      return h.l1Transport.transport({}).request({ method, params } as never)
    },
  })
}

describe('a client that declares no chain is held to the L1 of the target', () => {
  test('a wallet client without chain, target settling on chain 1: L1ChainMismatchError, nothing signed', async () => {
    const client = createWalletClient({ account: alice(), transport: h.l1Transport.transport })
    await refused(
      h,
      () => deposit(client, { l2Client: l2ClientA(chainASettlingOn(1)), token: ETH, amount: 1n, to: receiver }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 1', 'L1 client chain id:   31337'],
    )
  })

  test('a bare client without chain: the same refusal', async () => {
    const client = createClient({ account: alice(), transport: h.l1Transport.transport })
    await refused(
      h,
      () => deposit(client, { l2Client: l2ClientA(chainASettlingOn(1)), token: ETH, amount: 1n, to: receiver }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 1', '31337'],
    )
  })

  test('an ERC-20 deposit with approve from a client without chain: refused before the approval', async () => {
    const client = createWalletClient({ account: alice(), transport: h.l1Transport.transport })
    const token = h.deployment.tokens.testToken
    await refused(
      h,
      () => deposit(client, { l2Client: l2ClientA(chainASettlingOn(1)), token, amount: 5n, approve: true }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 1'],
    )
  })

  test('quoteDeposit on a public client without chain: refused, not quoted against the wrong L1', async () => {
    const client = createPublicClient({ transport: h.l1Transport.transport })
    await refused(
      h,
      () =>
        quoteDeposit(client, {
          l2Client: l2ClientA(chainASettlingOn(11155111)),
          account: accounts.alice,
          token: ETH,
          amount: 1n,
        }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 11155111', '31337'],
    )
  })

  test('requestExecute from a bare client without chain: refused', async () => {
    const client = createClient({ account: alice(), transport: h.l1Transport.transport })
    await refused(
      h,
      () =>
        requestExecute(client, {
          l2Client: l2ClientA(chainASettlingOn(1)),
          contractAddress: receiver,
          l2Value: 1n,
        }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 1', '31337'],
    )
  })

  test('an L2 chain without an L1 in its definition: the Era node’s zks_L1ChainId is the target’s L1', async () => {
    // node A as if it said its chain settles on chain 1
    const l2Transport = custom({
      async request({ method, params }) {
        if (method === 'zks_L1ChainId') return '0x1'
        return h.l2Transport.a.transport({}).request({ method, params } as never)
      },
    })
    const plain = defineChain({ ...l2ChainOf(h.deployment.chainA, 'A'), custom: undefined })
    const client = createClient({ account: alice(), transport: h.l1Transport.transport })
    await refused(
      h,
      () => deposit(client, { l2Client: l2ClientA(plain, l2Transport), token: ETH, amount: 1n, to: receiver }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 1', '31337'],
    )
  })

  test('the same L2 chain without an L1 in its definition, its node naming this L1: the deposit lands', async () => {
    const plain = defineChain({ ...l2ChainOf(h.deployment.chainA, 'A'), custom: undefined })
    const client = createClient({ account: alice(), transport: h.l1Transport.transport })
    const hash = await deposit(client, { l2Client: l2ClientA(plain), token: ETH, amount: 3n, to: receiver })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect(h.l2Transport.a.methods()).toContain('zks_L1ChainId')
  })

  test('a deposit `chain` that is another L1 than the target’s: L1ChainMismatchError, nothing signed', async () => {
    const client = createClient({ account: alice(), transport: h.l1Transport.transport })
    await refused(
      h,
      () => deposit(client, { l2Client: l2ClientA(), token: ETH, amount: 1n, to: receiver, chain: mainnet }),
      'L1ChainMismatchError',
      ['expected L1 chain id: 31337', 'L1 client chain id:   1'],
    )
  })
})

describe('signed for the target’s L1, whatever the node claims later', () => {
  test('a bare client without chain: the node’s chain id is asked once, and the deposit is signed for it', async () => {
    const client = createClient({ account: alice(), transport: h.l1Transport.transport })
    h.l1Transport.reset()
    const hash = await deposit(client, { l2Client: l2ClientA(), token: ETH, amount: 2n, to: receiver })
    expect(h.l1Transport.counts().eth_chainId).toBe(1)
    const [send] = h.l1Transport.sends()
    expect(parseTransaction((send!.params as [Hex])[0]).chainId).toBe(31337)
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
  })

  test('a node that answers this L1 to the quote and chain 1 to the fill: the deposit is still signed for 31337', async () => {
    const client = createClient({ account: alice(), transport: chainIdsInTurn(31337, 1) })
    h.l1Transport.reset()
    const hash = await deposit(client, { l2Client: l2ClientA(), token: ETH, amount: parseEther('0.5'), to: receiver })
    const [send] = h.l1Transport.sends()
    expect(parseTransaction((send!.params as [Hex])[0]).chainId).toBe(31337)
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
  })

  test('a wallet client without chain whose node fills for chain 1: viem refuses the fill, nothing is signed', async () => {
    // the node answers this L1 to `eth_chainId`, and fills the transaction for chain 1
    const lying = custom({
      async request({ method, params }) {
        const result = await h.l1Transport.transport({}).request({ method, params } as never)
        if (method !== 'eth_fillTransaction') return result
        const { tx, ...rest } = result as { tx: Record<string, unknown> }
        return { ...rest, tx: { ...tx, chainId: '0x1' } }
      },
    })
    const client = createWalletClient({ account: alice(), transport: lying, pollingInterval: 10 })
    await refused(
      h,
      () => deposit(client, { l2Client: l2ClientA(), token: ETH, amount: 4n, to: receiver }),
      'ChainMismatchError',
      ['31337'],
    )
  })

  test('with approve, the approval and the deposit are both signed for 31337', async () => {
    const client = createClient({ account: alice(), transport: chainIdsInTurn(31337, 1), pollingInterval: 10 })
    h.l1Transport.reset()
    const token = h.deployment.tokens.testToken
    const hash = await deposit(client, { l2Client: l2ClientA(), token, amount: 6n, approve: true })
    const sends = h.l1Transport.sends()
    expect(sends).toHaveLength(2)
    for (const send of sends) expect(parseTransaction((send.params as [Hex])[0]).chainId).toBe(31337)
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
  })
})
