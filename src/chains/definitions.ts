import type { ZksyncChain } from './types.js'

/** The Bridgehub shared by every ZK chain settling on Ethereum mainnet. */
const mainnetBridgehub = '0x303a465B659cBB0ab36eE643eA362c509EEb5213'
/** The Bridgehub shared by every ZK chain settling on Sepolia. */
const sepoliaBridgehub = '0x35A54c8C757806eB6820629bc82d90E056394C92'

/**
 * ZKsync Era mainnet. The Bridgehub and the diamond are the addresses published by Matter Labs
 * (era-contracts deployment records and the ZKsync docs); the bridges are read from the Bridgehub.
 */
export const zksync = {
  id: 324,
  name: 'ZKsync Era',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://mainnet.era.zksync.io'] } },
  blockExplorers: { default: { name: 'Etherscan', url: 'https://era.zksync.network' } },
  custom: {
    zksync: {
      l1ChainId: 1,
      vm: 'era',
      contracts: {
        bridgehub: mainnetBridgehub,
        diamond: '0x32400084C286CF3E17e7B677ea9583e60a000324',
        baseToken: '0x0000000000000000000000000000000000000001',
      },
    },
  },
} as const satisfies ZksyncChain

/** ZKsync Era Sepolia testnet. */
export const zksyncSepolia = {
  id: 300,
  name: 'ZKsync Era Sepolia',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://sepolia.era.zksync.dev'] } },
  blockExplorers: { default: { name: 'Etherscan', url: 'https://sepolia-era.zksync.network' } },
  testnet: true,
  custom: {
    zksync: {
      l1ChainId: 11155111,
      vm: 'era',
      contracts: {
        bridgehub: sepoliaBridgehub,
        diamond: '0x9A6DE0f62Aa270A8bCB1e2610078650D539B1Ef9',
        baseToken: '0x0000000000000000000000000000000000000001',
      },
    },
  },
} as const satisfies ZksyncChain

/**
 * Abstract mainnet, an ETH-based ZK chain on Ethereum. Its diamond is read from the Bridgehub (only one public
 * source for it was found).
 */
export const abstract = {
  id: 2741,
  name: 'Abstract',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://api.mainnet.abs.xyz'] } },
  blockExplorers: { default: { name: 'Abscan', url: 'https://abscan.org' } },
  custom: {
    zksync: {
      l1ChainId: 1,
      contracts: {
        bridgehub: mainnetBridgehub,
        // ETH base token (ETH_TOKEN_ADDRESS). Sources: L2BEAT's Bridgehub read of every ZK chain (l2beat/l2beat,
        // projects/shared-zk-stack/ethereum/l2b-fetchzkstack_output.json: baseToken of chain 2741); ZKsync docs chain
        // list (matter-labs/zksync-docs, data/chains.json: "Abstract Mainnet", baseToken ETH).
        baseToken: '0x0000000000000000000000000000000000000001',
      },
    },
  },
} as const satisfies ZksyncChain

/** Abstract testnet, an ETH-based ZK chain on Sepolia. */
export const abstractTestnet = {
  id: 11124,
  name: 'Abstract Testnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://api.testnet.abs.xyz'] } },
  blockExplorers: { default: { name: 'Abscan', url: 'https://sepolia.abscan.org' } },
  testnet: true,
  custom: { zksync: { l1ChainId: 11155111, contracts: { bridgehub: sepoliaBridgehub } } },
} as const satisfies ZksyncChain

/**
 * Sophon mainnet, a ZK chain whose base token is the SOPH ERC-20 on Ethereum. Its diamond is read from the
 * Bridgehub (only one public source for it was found).
 */
export const sophon = {
  id: 50104,
  name: 'Sophon',
  nativeCurrency: { name: 'Sophon', symbol: 'SOPH', decimals: 18 },
  rpcUrls: { default: { http: ['https://rpc.sophon.xyz'] } },
  blockExplorers: { default: { name: 'Sophon Block Explorer', url: 'https://explorer.sophon.xyz' } },
  custom: {
    zksync: {
      l1ChainId: 1,
      contracts: {
        bridgehub: mainnetBridgehub,
        // SOPH on Ethereum. Sources: Sophon docs, "SOPH Bridging" and "SOPH" token pages
        // (docs.sophon.xyz/build/tokens/soph-bridging, docs.sophon.xyz/tokenomics/soph); L2BEAT discovery of the Sophon
        // diamond, `getBaseToken()` (l2beat/l2beat, projects/sophon/ethereum/discovered.json).
        baseToken: '0x6B7774CB12ed7573a7586E7D0e62a2A563dDd3f0',
      },
    },
  },
} as const satisfies ZksyncChain

/**
 * Lens Chain mainnet, a ZK chain whose gas token is GHO (bridged from an ERC-20 on Ethereum). The base token's
 * L1 address and the diamond are read from the Bridgehub (only one public source for each was found).
 */
export const lens = {
  id: 232,
  name: 'Lens',
  nativeCurrency: { name: 'GHO', symbol: 'GHO', decimals: 18 },
  rpcUrls: { default: { http: ['https://rpc.lens.xyz'] } },
  blockExplorers: { default: { name: 'Lens Block Explorer', url: 'https://explorer.lens.xyz' } },
  custom: { zksync: { l1ChainId: 1, contracts: { bridgehub: mainnetBridgehub } } },
} as const satisfies ZksyncChain

/** Lens Chain testnet (gas token GRASS), a ZK chain on Sepolia. */
export const lensTestnet = {
  id: 37111,
  name: 'Lens Testnet',
  nativeCurrency: { name: 'GRASS', symbol: 'GRASS', decimals: 18 },
  rpcUrls: { default: { http: ['https://rpc.testnet.lens.dev'] } },
  blockExplorers: { default: { name: 'Lens Block Explorer', url: 'https://block-explorer.testnet.lens.dev' } },
  testnet: true,
  custom: { zksync: { l1ChainId: 11155111, contracts: { bridgehub: sepoliaBridgehub } } },
} as const satisfies ZksyncChain

/**
 * Cronos zkEVM mainnet, a ZK chain whose base token is zkCRO (an ERC-20 on Ethereum, read from the Bridgehub:
 * only one public source for its address was found).
 */
export const cronosZkEvm = {
  id: 388,
  name: 'Cronos zkEVM',
  nativeCurrency: { name: 'Cronos zkEVM CRO', symbol: 'zkCRO', decimals: 18 },
  rpcUrls: { default: { http: ['https://mainnet.zkevm.cronos.org'] } },
  blockExplorers: { default: { name: 'Cronos zkEVM Explorer', url: 'https://explorer.zkevm.cronos.org' } },
  custom: {
    zksync: {
      l1ChainId: 1,
      contracts: {
        bridgehub: mainnetBridgehub,
        // Sources: ZKsync docs, "ZK Chain Addresses" (docs.zksync.io/build/developer-reference/addresses/zk-chain-addresses:
        // Cronos, 388); L2BEAT's Bridgehub read of every ZK chain (l2beat/l2beat,
        // projects/shared-zk-stack/ethereum/l2b-fetchzkstack_output.json: chainAddress of chain 388).
        diamond: '0x7b2DA4e77BAE0e0d23c53C3BE6650497d0576CFc',
      },
    },
  },
} as const satisfies ZksyncChain

/** Zero Network mainnet, an ETH-based ZK chain on Ethereum. */
export const zeroNetwork = {
  id: 543210,
  name: 'Zero Network',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['https://rpc.zerion.io/v1/zero'] } },
  blockExplorers: { default: { name: 'Zero Network Explorer', url: 'https://explorer.zero.network' } },
  custom: {
    zksync: {
      l1ChainId: 1,
      contracts: {
        bridgehub: mainnetBridgehub,
        // ETH base token (ETH_TOKEN_ADDRESS). Sources: L2BEAT's Bridgehub read of every ZK chain (l2beat/l2beat,
        // projects/shared-zk-stack/ethereum/l2b-fetchzkstack_output.json: baseToken of chain 543210); ZKsync docs chain
        // list (matter-labs/zksync-docs, data/chains.json: "Zero Network", baseToken ETH).
        baseToken: '0x0000000000000000000000000000000000000001',
      },
    },
  },
} as const satisfies ZksyncChain

/**
 * Bridgehub of each L1, shared by every ZK chain settling there (the "elastic network"): a plain viem
 * L1 chain with no `custom.zksync` still finds its Bridgehub through this table.
 */
export const bridgehubByL1ChainId: Readonly<Record<number, `0x${string}`>> = {
  1: mainnetBridgehub,
  11155111: sepoliaBridgehub,
}
