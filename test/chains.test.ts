import { getAddress, zeroAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import type { ZksyncChain } from '../src/chains/index.js'
import * as chains from '../src/chains/index.js'
import { deployment, l2ChainOf } from './harness/index.js'

const { bridgehubByL1ChainId, ...definitions } = chains
const entries = Object.entries(definitions) as [string, ZksyncChain][]

/** Every address in a `custom.zksync` config: the contracts and both ends of every custom bridge. */
function addressesOf(chain: ZksyncChain): [string, string][] {
  const { contracts, customBridges } = chain.custom.zksync
  const found: [string, string][] = []
  for (const [key, value] of Object.entries(contracts)) {
    if (key !== 'baseTokenAssetId' && value !== undefined) found.push([key, value])
  }
  for (const [i, bridge] of (customBridges ?? []).entries()) {
    found.push([`customBridges[${i}].l1`, bridge.l1], [`customBridges[${i}].l2`, bridge.l2])
  }
  return found
}

const configKeys = ['l1ChainId', 'vm', 'contracts', 'customBridges']
const contractKeys = [
  'bridgehub',
  'l1AssetRouter',
  'l1Nullifier',
  'l1NativeTokenVault',
  'diamond',
  'baseToken',
  'baseTokenAssetId',
]

describe('chain definitions', () => {
  test('export the expected ZK chains, each with a distinct chain id', () => {
    expect(entries.map(([name]) => name).sort()).toEqual([
      'abstract',
      'abstractTestnet',
      'cronosZkEvm',
      'lens',
      'lensTestnet',
      'sophon',
      'zeroNetwork',
      'zksync',
      'zksyncSepolia',
    ])
    const ids = entries.map(([, chain]) => chain.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test.each(entries)('%s: every address is checksummed and non-zero', (_, chain) => {
    const addresses = addressesOf(chain)
    expect(addresses.length).toBeGreaterThan(0)
    for (const [key, address] of addresses) {
      expect({ key, address }).toEqual({ key, address: getAddress(address) })
      expect({ key, address }).not.toEqual({ key, address: zeroAddress })
    }
  })

  test.each(entries)('%s: carries its L1 chain id and the Bridgehub of that L1', (_, chain) => {
    const { l1ChainId, contracts } = chain.custom.zksync
    expect(Number.isInteger(l1ChainId)).toBe(true)
    expect(bridgehubByL1ChainId[l1ChainId]).toBeDefined()
    expect(contracts.bridgehub).toBe(bridgehubByL1ChainId[l1ChainId])
  })

  test.each(entries)(
    '%s: has only known keys under custom.zksync, a public RPC URL and an EVM currency',
    (_, chain) => {
      const config = chain.custom.zksync
      for (const key of Object.keys(config)) expect(configKeys).toContain(key)
      for (const key of Object.keys(config.contracts)) expect(contractKeys).toContain(key)
      if (config.vm !== undefined) expect(['era', 'zksync-os']).toContain(config.vm)
      expect(chain.rpcUrls.default.http[0]).toMatch(/^https:\/\//)
      expect(chain.nativeCurrency.decimals).toBe(18)
    },
  )

  test('a base token of 0x…01 (ETH) goes with an ETH native currency, any other with a non-ETH one', () => {
    const ethAddress = '0x0000000000000000000000000000000000000001'
    for (const [name, chain] of entries) {
      const { baseToken } = chain.custom.zksync.contracts
      if (baseToken === undefined) continue
      expect({ name, eth: chain.nativeCurrency.symbol === 'ETH' }).toEqual({ name, eth: baseToken === ethAddress })
    }
  })

  test('the Bridgehub table has checksummed addresses for Ethereum mainnet and Sepolia', () => {
    expect(Object.keys(bridgehubByL1ChainId).sort()).toEqual(['1', '11155111'])
    for (const address of Object.values(bridgehubByL1ChainId)) expect(address).toBe(getAddress(address))
  })
})

describe('harness chains', () => {
  // the chains of the loaded version's deployment (v29.4 deploys a and b; the ZKsync OS chains are on v30 and v31)
  const setups = Object.fromEntries(
    Object.entries({ a: deployment.chainA, b: deployment.chainB, c: deployment.chainC, d: deployment.chainD }).filter(
      ([, setup]) => setup !== undefined,
    ),
  )

  test.each(Object.entries(setups))('chain %s is shaped like the definitions', (name, setup) => {
    for (const options of [{}, { full: true }, { full: true, vm: 'zksync-os' as const }]) {
      const chain = l2ChainOf(setup, name.toUpperCase(), options) satisfies ZksyncChain
      const config = chain.custom.zksync
      expect(config.l1ChainId).toBe(deployment.l1ChainId)
      expect(config.contracts.bridgehub).toBe(deployment.bridgehub)
      for (const key of Object.keys(config)) expect(configKeys).toContain(key)
      for (const key of Object.keys(config.contracts)) expect(contractKeys).toContain(key)
      for (const [key, address] of addressesOf(chain)) {
        expect({ key, address }).toEqual({ key, address: getAddress(address) })
        expect({ key, address }).not.toEqual({ key, address: zeroAddress })
      }
    }
  })
})
