export { bridgehubByL1ChainId, zksync, zksyncSepolia } from './definitions.js'
export type { ZksyncChain, ZksyncChainConfig, ZksyncCustomBridge, ZksyncL1Contracts } from './types.js'
