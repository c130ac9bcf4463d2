import { defineChain } from 'viem'
import type { ZksyncChain } from './types.js'

/**
 * ZKsync Era mainnet. The Bridgehub and the diamond are the addresses published by Matter Labs
 * (era-contracts deployment records and the ZKsync docs); the bridges are read from the Bridgehub.
 */
export const zksync = /*#__PURE__*/ defineChain({
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
        bridgehub: '0x303a465B659cBB0ab36eE643eA362c509EEb5213',
        diamond: '0x32400084C286CF3E17e7B677ea9583e60a000324',
        baseToken: '0x0000000000000000000000000000000000000001',
      },
    },
  },
}) satisfies ZksyncChain

/** ZKsync Era Sepolia testnet. */
export const zksyncSepolia = /*#__PURE__*/ defineChain({
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
        bridgehub: '0x35A54c8C757806eB6820629bc82d90E056394C92',
        diamond: '0x9A6DE0f62Aa270A8bCB1e2610078650D539B1Ef9',
        baseToken: '0x0000000000000000000000000000000000000001',
      },
    },
  },
}) satisfies ZksyncChain

/**
 * Bridgehub of each L1, shared by every ZK chain settling there (the "elastic network"): a plain viem
 * L1 chain with no `custom.zksync` still finds its Bridgehub through this table.
 */
export const bridgehubByL1ChainId: Readonly<Record<number, `0x${string}`>> = {
  1: '0x303a465B659cBB0ab36eE643eA362c509EEb5213',
  11155111: '0x35A54c8C757806eB6820629bc82d90E056394C92',
}
