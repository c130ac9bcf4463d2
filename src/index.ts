// Actions
export {
  type GetL1ContractsErrorType,
  type GetL1ContractsParameters,
  type GetL1ContractsReturnType,
  type L2TargetParameters,
  getL1Contracts,
} from './actions/getL1Contracts.js'

// Errors
export { ZksyncL1Error, type ZksyncL1ErrorType } from './errors/base.js'
export {
  BridgehubNotFoundError,
  type BridgehubNotFoundErrorType,
  ChainNotRegisteredError,
  type ChainNotRegisteredErrorType,
  InvalidAddressParameterError,
  type InvalidAddressParameterErrorType,
  L1ChainMismatchError,
  type L1ChainMismatchErrorType,
  L2ClientRequiredError,
  type L2ClientRequiredErrorType,
  WaitAbortedError,
  type WaitAbortedErrorType,
  WaitTimeoutError,
  type WaitTimeoutErrorType,
} from './errors/common.js'

// Chains (types only at the root; the definitions live in `zksync-l1-actions/chains`)
export type { ZksyncChain, ZksyncChainConfig, ZksyncCustomBridge, ZksyncL1Contracts } from './chains/types.js'
