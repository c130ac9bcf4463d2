export {
  abstract,
  abstractTestnet,
  bridgehubByL1ChainId,
  cronosZkEvm,
  lens,
  lensTestnet,
  sophon,
  zeroNetwork,
  zksync,
  zksyncSepolia,
} from './definitions.js'
export type { ZksyncChain, ZksyncChainConfig, ZksyncCustomBridge, ZksyncL1Contracts } from './types.js'
