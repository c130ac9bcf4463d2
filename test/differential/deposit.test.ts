/**
 * Differential test (issue 4): for the same inputs, the deposit and requestExecute transactions we
 * prepare equal what zksync-ethers builds, on the real contracts of the harness. Both sides get the
 * same L1 gas price and L2 gas limit, so both compute the same base cost from the Bridgehub.
 */

import { JsonRpcProvider } from 'ethers'
import { type Address, decodeAbiParameters, decodeFunctionData, getAddress, type Hex, slice } from 'viem'
import { afterEach, describe, expect, test } from 'vitest'
import { Provider as ZkProvider, Wallet as ZkWallet } from 'zksync-ethers'
import { bridgehubAbi } from '../../src/abis/bridgehub.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { prepareRequestExecute } from '../../src/actions/prepareRequestExecute.js'
import type { AnyL2Node } from '../harness/index.js'
import { accounts, privateKeys, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a', 'b'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'
const gasPrice = 3_000_000_000n

const providers: { destroy(): void }[] = []
afterEach(() => {
  for (const p of providers.splice(0)) p.destroy()
})

function zksyncEthersWallet(node: AnyL2Node) {
  const l1 = new JsonRpcProvider(h.anvil.rpcUrl, undefined, { staticNetwork: true, pollingInterval: 10 })
  const l2 = new ZkProvider(node.rpcUrl, undefined, { pollingInterval: 10 })
  providers.push(l1, l2)
  return new ZkWallet(privateKeys.alice, l2, l1)
}

/** The L1 call zksync-ethers would send: its populated request's `to`, `data` and `value`. */
function theirs(tx: { to?: unknown; data?: unknown; value?: unknown }) {
  // zksync-ethers leaves `value` unset when it is zero (a custom-base chain's requestExecute)
  return { to: String(tx.to).toLowerCase(), data: String(tx.data) as Hex, value: BigInt((tx.value ?? 0n) as bigint) }
}

function ours(tx: { to: Address; data: Hex; value: bigint }) {
  return { to: tx.to.toLowerCase(), data: tx.data, value: tx.value }
}

/** zksync-ethers's deposit request: a populated L1 transaction, or requestExecute parameters to populate. */
async function theirDeposit(wallet: ZkWallet, parameters: Parameters<ZkWallet['getDepositTx']>[0]) {
  const tx = await wallet.getDepositTx(parameters)
  return theirs('data' in tx && tx.data ? tx : await wallet.getRequestExecuteTx(tx))
}

/** The Bridgehub function and its request struct, for a readable diff when the bytes differ. */
function decode(data: Hex) {
  const { functionName, args } = decodeFunctionData({ abi: bridgehubAbi, data })
  return { functionName, request: args[0] as Record<string, unknown> }
}

const depositCases = [
  {
    name: 'ETH into the ETH-based chain (requestL2TransactionDirect)',
    node: 'a',
    token: () => ETH,
    l2GasLimit: 300_000n,
    twoBridges: false,
  },
  {
    name: 'the base token into the custom-base chain (requestL2TransactionDirect, value 0)',
    node: 'b',
    token: () => h.deployment.tokens.baseTokenB,
    l2GasLimit: 300_000n,
    twoBridges: false,
  },
  {
    name: 'an L1 ERC-20 into the ETH-based chain (two bridges)',
    node: 'a',
    token: () => h.deployment.tokens.testToken,
    l2GasLimit: 1_500_000n,
    twoBridges: true,
  },
  {
    name: 'ETH into the custom-base chain (two bridges, ETH as second-bridge value)',
    node: 'b',
    token: () => ETH,
    l2GasLimit: 1_500_000n,
    twoBridges: true,
  },
  {
    name: 'an L1 ERC-20 into the custom-base chain (two bridges, base token minted)',
    node: 'b',
    token: () => h.deployment.tokens.testToken,
    l2GasLimit: 1_500_000n,
    twoBridges: true,
  },
] as const

async function bothDeposits(c: (typeof depositCases)[number], encoding?: 'legacy' | 'assetId') {
  const node = h.l2[c.node]
  const amount = 7n * 10n ** 18n
  const { deposit } = await prepareDeposit(h.alice, {
    l2Client: h.l2Client(node),
    token: c.token(),
    amount,
    to: accounts.bob,
    refundRecipient: accounts.alice,
    l2GasLimit: c.l2GasLimit,
    gasPrice,
    gas: null,
    ...(encoding ? { encoding } : {}),
  })
  const expected = await theirDeposit(zksyncEthersWallet(node), {
    token: c.token(),
    amount,
    to: accounts.bob,
    refundRecipient: accounts.alice,
    l2GasLimit: c.l2GasLimit,
    overrides: { gasPrice },
  })
  return { ours: ours(deposit), theirs: expected, amount }
}

describe('deposit transactions equal zksync-ethers', () => {
  // zksync-ethers always writes the second-bridge data in the asset-id form (`0x01 ‖ abi.encode(assetId,
  // abi.encode(amount, receiver, token))`); we default to the legacy form (`abi.encode(token, amount,
  // receiver)`) for tokens native to L1, so `encoding: 'assetId'` is passed here to follow the same path.
  for (const c of depositCases)
    test(`${c.name}: same target, calldata and value`, async () => {
      const both = await bothDeposits(c, c.twoBridges ? 'assetId' : undefined)
      expect(decode(both.ours.data)).toEqual(decode(both.theirs.data))
      expect(both.ours).toEqual(both.theirs)
    })

  test('our default legacy second-bridge data differs from zksync-ethers only there, and names the same transfer', async () => {
    const c = depositCases[2]
    const both = await bothDeposits(c)
    const [mine, their] = [decode(both.ours.data), decode(both.theirs.data)] as const
    expect(both.ours.value).toBe(both.theirs.value)
    expect({ ...mine.request, secondBridgeCalldata: undefined }).toEqual({
      ...their.request,
      secondBridgeCalldata: undefined,
    })
    const legacy = (mine.request as { secondBridgeCalldata: Hex }).secondBridgeCalldata
    const assetIdForm = (their.request as { secondBridgeCalldata: Hex }).secondBridgeCalldata
    expect(legacy.startsWith('0x01')).toBe(false)
    expect(assetIdForm.startsWith('0x01')).toBe(true)
    expect(decodeAbiParameters([{ type: 'address' }, { type: 'uint256' }, { type: 'address' }], legacy)).toEqual([
      getAddress(c.token()),
      both.amount,
      accounts.bob,
    ])
    const [, transferData] = decodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes' }], slice(assetIdForm, 1))
    expect(decodeAbiParameters([{ type: 'uint256' }, { type: 'address' }, { type: 'address' }], transferData)).toEqual([
      both.amount,
      accounts.bob,
      getAddress(c.token()),
    ])
  })
})

describe('requestExecute transactions equal zksync-ethers', () => {
  for (const node of ['a', 'b'] as const)
    test(`an L2 call with value on chain ${node === 'a' ? 'A (ETH base)' : 'B (custom base)'}: same calldata and value`, async () => {
      const parameters = {
        contractAddress: accounts.carol,
        calldata: '0x12345678' as Hex,
        l2Value: 10n ** 15n,
        l2GasLimit: 400_000n,
        refundRecipient: accounts.alice,
      }
      const { request } = await prepareRequestExecute(h.alice, {
        l2Client: h.l2Client(h.l2[node]),
        ...parameters,
        gasPrice,
        gas: null,
      })
      const wallet = zksyncEthersWallet(h.l2[node])
      const expected = theirs(await wallet.getRequestExecuteTx({ ...parameters, overrides: { gasPrice } }))
      expect(decode(request.data)).toEqual(decode(expected.data))
      expect(ours(request)).toEqual(expected)
    })
})
