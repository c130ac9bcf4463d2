import type { Address, Chain, Hex } from 'viem'

/** L1 contract addresses of a ZK chain. Only the Bridgehub is required; the rest are read from it. */
export type ZksyncL1Contracts = {
  bridgehub: Address
  l1AssetRouter?: Address | undefined
  l1Nullifier?: Address | undefined
  l1NativeTokenVault?: Address | undefined
  /** the chain's own diamond proxy on L1 */
  diamond?: Address | undefined
  /** L1 address of the base token (`0x…01` for ETH) */
  baseToken?: Address | undefined
  baseTokenAssetId?: Hex | undefined
}

/** A custom (non asset-router) bridge: its L1 contract and the L2 contract that sends its messages. */
export type ZksyncCustomBridge = { l1: Address; l2: Address; name?: string | undefined }

/** What this package needs to know of a ZK chain, carried in a viem chain's `custom.zksync`. */
export type ZksyncChainConfig = {
  /** chain id of the L1 the chain settles on */
  l1ChainId: number
  /** the L2 virtual machine; detected from the node when absent */
  vm?: 'era' | 'zksync-os' | undefined
  contracts: ZksyncL1Contracts
  customBridges?: readonly ZksyncCustomBridge[] | undefined
}

/** A viem chain with the ZKsync L1 configuration of this package. */
export type ZksyncChain = Chain & { custom: { zksync: ZksyncChainConfig } }
