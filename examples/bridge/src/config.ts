/**
 * The networks the page offers: an L1, the ZK chains that settle on it, and the ERC-20 tokens to list beside ETH.
 * Without a `config.json` next to the page, Sepolia and two of its ZK chains from `zksync-l1-actions/chains`; a
 * `config.json` (the shape of `NetworkConfig`) replaces them, e.g. with local nodes.
 */
import { type Address, type Chain, defineChain, getAddress } from 'viem'
import type { ZksyncChain } from 'zksync-l1-actions'
import { abstractTestnet, zksyncSepolia } from 'zksync-l1-actions/chains'

export type Token = { symbol: string; decimals: number /** the L1 address; ETH is `0x0…0` */; address: Address }

export type Network = {
  l1: Chain
  l2s: readonly ZksyncChain[]
  tokens: readonly Token[]
  /** milliseconds between two status reads while the page follows a transaction */
  pollingInterval: number
}

/** What `config.json` holds. */
export type NetworkConfig = {
  l1: { id: number; name: string; rpcUrl: string; multicall3?: Address }
  l2s: {
    id: number
    name: string
    rpcUrl: string
    bridgehub: Address
    vm?: 'era' | 'zksync-os'
    nativeCurrency: { name: string; symbol: string; decimals: number }
  }[]
  tokens: Token[]
  pollingInterval?: number
}

/**
 * Sepolia, defined here rather than imported from `viem/chains`: that entry also brings code of viem's other chains
 * whose Node-only import (`node:worker_threads`) makes `vite build` warn, although none of it ends up in the bundle.
 */
const sepolia = defineChain({
  id: 11_155_111,
  name: 'Sepolia',
  nativeCurrency: { name: 'Sepolia Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://rpc.sepolia.org'] } },
  contracts: { multicall3: { address: '0xcA11bde05977b3631167028862bE2a173976CA11' } },
  testnet: true,
})

export const ETH: Token = { symbol: 'ETH', decimals: 18, address: '0x0000000000000000000000000000000000000000' }

const defaults: Network = {
  l1: sepolia,
  l2s: [zksyncSepolia, abstractTestnet],
  tokens: [ETH],
  pollingInterval: 4_000,
}

export async function loadNetwork(): Promise<Network> {
  const response = await fetch('./config.json', { cache: 'no-store' }).catch(() => undefined)
  // a dev server answers a missing file with the page itself
  if (!response?.ok || !response.headers.get('content-type')?.includes('json')) return defaults
  return fromConfig((await response.json()) as NetworkConfig)
}

function fromConfig(config: NetworkConfig): Network {
  const l1 = defineChain({
    id: config.l1.id,
    name: config.l1.name,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [config.l1.rpcUrl] } },
    ...(config.l1.multicall3 ? { contracts: { multicall3: { address: config.l1.multicall3 } } } : {}),
  })
  // a chain definition as `zksync-l1-actions/chains` ships them: the L1 it settles on and its Bridgehub
  const l2s = config.l2s.map(
    (c): ZksyncChain => ({
      id: c.id,
      name: c.name,
      nativeCurrency: c.nativeCurrency,
      rpcUrls: { default: { http: [c.rpcUrl] } },
      custom: {
        zksync: { l1ChainId: l1.id, ...(c.vm ? { vm: c.vm } : {}), contracts: { bridgehub: getAddress(c.bridgehub) } },
      },
    }),
  )
  return {
    l1,
    l2s,
    tokens: [ETH, ...config.tokens.map((t) => ({ ...t, address: getAddress(t.address) }))],
    pollingInterval: config.pollingInterval ?? defaults.pollingInterval,
  }
}
