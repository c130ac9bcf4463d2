import { createPublicClient, custom, http } from 'viem'
import { mainnet } from 'viem/chains'
import { describe, expect, test } from 'vitest'
import { l1ContractsReaderBytecode } from '../../src/abis/l1ContractsReader.js'
import { getL1Contracts, readL1Contracts } from '../../src/actions/getL1Contracts.js'
import { zksync } from '../../src/chains/definitions.js'
import { countingTransport } from '../harness/counting.js'
import { accounts, l2ChainOf, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a', 'b'] })

/** The harness's L1 behind a node that refuses an `eth_call` without `to` (as some providers might), counted. */
function refusingTransport() {
  return countingTransport(
    custom(
      {
        async request({ method, params }) {
          const [tx] = (params ?? []) as [{ to?: string } | undefined]
          if (method === 'eth_call' && !tx?.to) throw new Error('contract creation in eth_call is not supported')
          return h.l1.request({ method, params } as never)
        },
      },
      { retryCount: 0 },
    ),
  )
}

describe('getL1Contracts', () => {
  test('reads every address of the ETH-based chain from the real Bridgehub in one deployless eth_call', async () => {
    const c = await getL1Contracts(h.l1, { chainId: 271, bridgehub: h.deployment.bridgehub })
    expect(c).toEqual({
      l2ChainId: 271n,
      bridgehub: h.deployment.bridgehub,
      l1AssetRouter: h.deployment.l1AssetRouter,
      l1Nullifier: h.deployment.l1Nullifier,
      l1NativeTokenVault: h.deployment.l1NativeTokenVault,
      diamond: h.deployment.chainA.diamond,
      baseToken: '0x0000000000000000000000000000000000000001',
      baseTokenAssetId: h.deployment.chainA.baseTokenAssetId,
      isEthBased: true,
    })
    expect(h.l1Transport.methods()).toEqual(['eth_call'])
    // the reader's creation code, run without `to`: nothing is deployed
    const [{ to, data }] = h.l1Transport.requests[0]!.params as [{ to?: string; data: string }]
    expect(to).toBeUndefined()
    expect(data.startsWith(l1ContractsReaderBytecode)).toBe(true)
  })

  test('a node that refuses the deployless call gets two rounds of plain eth_calls, with the same answer', async () => {
    const refusing = refusingTransport()
    const client = createPublicClient({ chain: h.l1.chain, transport: refusing.transport })
    const via = await getL1Contracts(client, { chainId: 272, bridgehub: h.deployment.bridgehub })
    expect(via).toEqual(await getL1Contracts(h.l1, { chainId: 272, bridgehub: h.deployment.bridgehub }))
    expect(via.baseToken).toBe(h.deployment.tokens.baseTokenB)
    // the refused reader call, then the Bridgehub's four reads and the asset router's two, each its own eth_call (no
    // Multicall3 either: a node that runs no creation code cannot run viem's deployless one, and a deployed one is not
    // on every chain)
    expect(refusing.methods()).toEqual(Array(7).fill('eth_call'))
  })

  test('the code of up to two addresses comes with the addresses, or from eth_getCode when the node refuses the call', async () => {
    const target = { chainId: 271, bridgehub: h.deployment.bridgehub }
    const codeOf = [h.deployment.l1AssetRouter, accounts.alice] as const
    const one = await readL1Contracts(h.l1, target, codeOf)
    expect(one.hasCode).toEqual([true, false])
    expect(h.l1Transport.methods()).toEqual(['eth_call'])
    const refusing = refusingTransport()
    const client = createPublicClient({ chain: h.l1.chain, transport: refusing.transport })
    const other = await readL1Contracts(client, target, codeOf)
    expect(other).toEqual(one)
    expect(refusing.counts().eth_getCode).toBe(2)
  })

  test('a chain definition naming the Bridgehub, diamond and base token (as the shipped ones do): one call', async () => {
    const { chainB } = h.deployment
    const full = l2ChainOf(chainB, 'B', { full: true })
    const { bridgehub, diamond, baseToken } = full.custom.zksync.contracts
    const partial = {
      ...full,
      custom: { zksync: { ...full.custom.zksync, contracts: { bridgehub, diamond, baseToken } } },
    }
    const c = await getL1Contracts(h.l1, { l2Chain: partial })
    expect(c).toEqual(await getL1Contracts(h.l1, { l2Chain: full }))
    expect(h.l1Transport.methods()).toEqual(['eth_call'])
  })

  test('a Bridgehub address without code is an error, not a set of zero addresses', async () => {
    await expect(
      getL1Contracts(h.l1, { chainId: 271, bridgehub: '0x00000000000000000000000000000000000a11ce' }),
    ).rejects.toThrow()
  })

  test('the custom-base chain reports its ERC-20 base token', async () => {
    const c = await getL1Contracts(h.l1, { l2Chain: l2ChainOf(h.deployment.chainB, 'B') })
    expect(c.baseToken).toBe(h.deployment.tokens.baseTokenB)
    expect(c.isEthBased).toBe(false)
    expect(c.diamond).toBe(h.deployment.chainB.diamond)
  })

  test('a chain definition with every address costs no request', async () => {
    const c = await getL1Contracts(h.l1, { l2Chain: l2ChainOf(h.deployment.chainA, 'A', { full: true }) })
    expect(c.l1Nullifier).toBe(h.deployment.l1Nullifier)
    expect(h.l1Transport.requests).toHaveLength(0)
  })

  test('the Bridgehub comes from the L2 node when nothing else names it', async () => {
    const l2Client = createPublicClient({ transport: http(h.l2.a.rpcUrl) })
    const c = await getL1Contracts(h.l1, { l2Client })
    expect(c.l2ChainId).toBe(271n)
    expect(c.bridgehub).toBe(h.deployment.bridgehub)
  })

  test('an unknown chain id is a ChainNotRegisteredError', async () => {
    await expect(getL1Contracts(h.l1, { chainId: 999, bridgehub: h.deployment.bridgehub })).rejects.toMatchObject({
      name: 'ChainNotRegisteredError',
    })
  })

  test('an L1 client on another chain than the L2 settles on is refused before any request', async () => {
    const wrong = createPublicClient({ chain: mainnet, transport: http(h.anvil.rpcUrl) })
    await expect(getL1Contracts(wrong, { l2Chain: l2ChainOf(h.deployment.chainA, 'A') })).rejects.toMatchObject({
      name: 'L1ChainMismatchError',
    })
    await expect(getL1Contracts(h.l1, { l2Chain: zksync })).rejects.toMatchObject({ name: 'L1ChainMismatchError' })
    expect(h.l1Transport.requests).toHaveLength(0)
  })

  test('no Bridgehub at all is a BridgehubNotFoundError', async () => {
    await expect(getL1Contracts(h.l1, { chainId: 271 })).rejects.toMatchObject({ name: 'BridgehubNotFoundError' })
  })
})
