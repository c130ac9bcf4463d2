import { createPublicClient, http } from 'viem'
import { mainnet } from 'viem/chains'
import { describe, expect, test } from 'vitest'
import { getL1Contracts } from '../../src/actions/getL1Contracts.js'
import { zksync } from '../../src/chains/definitions.js'
import { l2ChainOf, useHarness } from '../harness/index.js'

const h = useHarness()

describe('getL1Contracts', () => {
  test('reads every address of the ETH-based chain from the real Bridgehub in two multicalls', async () => {
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
    expect(h.l1Transport.methods()).toEqual(['eth_call', 'eth_call'])
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
