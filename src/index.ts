// Actions
export {
  claimFailedDeposit,
  type ClaimFailedDepositErrorType,
  type ClaimFailedDepositParameters,
  type ClaimFailedDepositReturnType,
} from './actions/claimFailedDeposit.js'
export {
  deposit,
  type DepositErrorType,
  type DepositParameters,
  type DepositReturnType,
} from './actions/deposit.js'
export {
  estimateL1ToL2Gas,
  type EstimateL1ToL2GasErrorType,
  type EstimateL1ToL2GasParameters,
  type EstimateL1ToL2GasReturnType,
} from './actions/estimateL1ToL2Gas.js'
export {
  finalizeWithdrawal,
  type FinalizeWithdrawalErrorType,
  type FinalizeWithdrawalParameters,
  type FinalizeWithdrawalReturnType,
} from './actions/finalizeWithdrawal.js'
export {
  getBaseCost,
  type GetBaseCostErrorType,
  type GetBaseCostParameters,
  type GetBaseCostReturnType,
} from './actions/getBaseCost.js'
export {
  type DepositStatus,
  getDepositStatus,
  type GetDepositStatusErrorType,
  type GetDepositStatusParameters,
  type GetDepositStatusReturnType,
} from './actions/getDepositStatus.js'
export {
  type FinalizeL1DepositParams,
  getFinalizeWithdrawalParams,
  type GetFinalizeWithdrawalParamsErrorType,
  type GetFinalizeWithdrawalParamsParameters,
  type GetFinalizeWithdrawalParamsReturnType,
} from './actions/getFinalizeWithdrawalParams.js'
export {
  getL1Allowance,
  type GetL1AllowanceErrorType,
  type GetL1AllowanceParameters,
  type GetL1AllowanceReturnType,
} from './actions/getL1Allowance.js'
export {
  getL1Contracts,
  type GetL1ContractsErrorType,
  type GetL1ContractsParameters,
  type GetL1ContractsReturnType,
  getZksyncConfig,
  type L2TargetParameters,
  resolveL2Target,
} from './actions/getL1Contracts.js'
export {
  getL1FeeParameters,
  type GetL1FeeParametersErrorType,
  type GetL1FeeParametersParameters,
  type GetL1FeeParametersReturnType,
} from './actions/getL1FeeParameters.js'
export {
  getL1TokenBalance,
  type GetL1TokenBalanceErrorType,
  type GetL1TokenBalanceParameters,
  type GetL1TokenBalanceReturnType,
} from './actions/getL1TokenBalance.js'
export {
  getL2ToL1LogProof,
  type GetL2ToL1LogProofErrorType,
  type GetL2ToL1LogProofParameters,
  type GetL2ToL1LogProofReturnType,
} from './actions/getL2ToL1LogProof.js'
export {
  type GetL2TokenAddressErrorType,
  type GetL2TokenAddressParameters,
  type GetL2TokenAddressReturnType,
  getL2TokenAddress,
} from './actions/getL2TokenAddress.js'
export {
  getL2TransactionHash,
  type GetL2TransactionHashErrorType,
  type GetL2TransactionHashParameters,
  type GetL2TransactionHashReturnType,
} from './actions/getL2TransactionHash.js'
export {
  getL2TransactionHashes,
  type GetL2TransactionHashesErrorType,
  type GetL2TransactionHashesParameters,
  type GetL2TransactionHashesReturnType,
} from './actions/getL2TransactionHashes.js'
export {
  getMaxDepositAmount,
  type GetMaxDepositAmountErrorType,
  type GetMaxDepositAmountParameters,
  type GetMaxDepositAmountReturnType,
} from './actions/getMaxDepositAmount.js'
export {
  getWithdrawalStatus,
  type GetWithdrawalStatusErrorType,
  type GetWithdrawalStatusParameters,
  type GetWithdrawalStatusReturnType,
  type WithdrawalFinalizer,
  type WithdrawalStatus,
} from './actions/getWithdrawalStatus.js'
export {
  isWithdrawalFinalized,
  type IsWithdrawalFinalizedErrorType,
  type IsWithdrawalFinalizedParameters,
  type IsWithdrawalFinalizedReturnType,
} from './actions/isWithdrawalFinalized.js'
export {
  type L1FeeFields,
  type L1TransactionRequest,
  prepareApprovals,
  type PrepareApprovalsErrorType,
  type PrepareApprovalsParameters,
  type PrepareApprovalsReturnType,
} from './actions/prepareApprovals.js'
export {
  prepareClaimFailedDeposit,
  type PrepareClaimFailedDepositErrorType,
  type PrepareClaimFailedDepositParameters,
  type PrepareClaimFailedDepositReturnType,
} from './actions/prepareClaimFailedDeposit.js'
export {
  prepareDeposit,
  type PrepareDepositErrorType,
  type PrepareDepositParameters,
  type PrepareDepositReturnType,
} from './actions/prepareDeposit.js'
export {
  prepareFinalizeWithdrawal,
  type PrepareFinalizeWithdrawalErrorType,
  type PrepareFinalizeWithdrawalParameters,
  type PrepareFinalizeWithdrawalReturnType,
} from './actions/prepareFinalizeWithdrawal.js'
export {
  prepareRequestExecute,
  type PrepareRequestExecuteErrorType,
  type PrepareRequestExecuteParameters,
  type PrepareRequestExecuteReturnType,
} from './actions/prepareRequestExecute.js'
export {
  prepareWithdraw,
  type PrepareWithdrawErrorType,
  type PrepareWithdrawParameters,
  type PrepareWithdrawReturnType,
} from './actions/prepareWithdraw.js'
export {
  type DepositRoute,
  quoteDeposit,
  type QuoteDepositErrorType,
  type QuoteDepositParameters,
  type QuoteDepositReturnType,
  type QuoteWarning,
  type RequiredApproval,
  type TokenAmount,
} from './actions/quoteDeposit.js'
export {
  requestExecute,
  type RequestExecuteErrorType,
  type RequestExecuteParameters,
  type RequestExecuteReturnType,
} from './actions/requestExecute.js'
export {
  sendApprovalsAndTransaction,
  type SendApprovalsAndTransactionErrorType,
  type SendApprovalsAndTransactionParameters,
  type SendApprovalsAndTransactionReturnType,
} from './actions/sendApprovalsAndTransaction.js'
export {
  waitForDepositExecution,
  type WaitForDepositExecutionErrorType,
  type WaitForDepositExecutionParameters,
  type WaitForDepositExecutionReturnType,
} from './actions/waitForDepositExecution.js'
export {
  waitForWithdrawalReady,
  type WaitForWithdrawalReadyErrorType,
  type WaitForWithdrawalReadyParameters,
  type WaitForWithdrawalReadyReturnType,
} from './actions/waitForWithdrawalReady.js'
export {
  withdraw,
  type WithdrawErrorType,
  type WithdrawParameters,
  type WithdrawReturnType,
} from './actions/withdraw.js'
// Errors
export {
  DOCS_BASE_URL,
  type ErrorType,
  ZksyncL1Error,
  type ZksyncL1ErrorType,
} from './errors/base.js'
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
export {
  AccountRequiredError,
  type AccountRequiredErrorType,
  AliasedRefundRecipientError,
  type AliasedRefundRecipientErrorType,
  ApprovalRevertedError,
  type ApprovalRevertedErrorType,
  DepositAfterApprovalsFailedError,
  type DepositAfterApprovalsFailedErrorType,
  DepositRevertedOnL1Error,
  type DepositRevertedOnL1ErrorType,
  InconsistentValueError,
  type InconsistentValueErrorType,
  InsufficientAllowanceError,
  type InsufficientAllowanceErrorType,
  InsufficientBalanceError,
  type InsufficientBalanceErrorType,
  InvalidDepositAmountError,
  type InvalidDepositAmountErrorType,
  InvalidGasPerPubdataError,
  type InvalidGasPerPubdataErrorType,
  L2GasLimitTooLowError,
  type L2GasLimitTooLowErrorType,
  L2TransactionHashNotFoundError,
  type L2TransactionHashNotFoundErrorType,
  L2ValueNotSupportedError,
  type L2ValueNotSupportedErrorType,
  TokenNotErc20Error,
  type TokenNotErc20ErrorType,
} from './errors/deposit.js'
export {
  CustomBridgeNotFoundError,
  type CustomBridgeNotFoundErrorType,
  DepositAlreadyClaimedError,
  type DepositAlreadyClaimedErrorType,
  DepositNotClaimableError,
  type DepositNotClaimableErrorType,
  DepositNotFailedError,
  type DepositNotFailedErrorType,
  FailedDepositDataMismatchError,
  type FailedDepositDataMismatchErrorType,
  FailedDepositNotFoundError,
  type FailedDepositNotFoundErrorType,
  FailedDepositNotReadyError,
  type FailedDepositNotReadyErrorType,
  WithdrawalAlreadyFinalizedError,
  type WithdrawalAlreadyFinalizedErrorType,
  WithdrawalAmountInvalidError,
  type WithdrawalAmountInvalidErrorType,
  WithdrawalFailedOnL2Error,
  type WithdrawalFailedOnL2ErrorType,
  WithdrawalIndexOutOfRangeError,
  type WithdrawalIndexOutOfRangeErrorType,
  WithdrawalIndexRequiredError,
  type WithdrawalIndexRequiredErrorType,
  WithdrawalMessageNotFoundError,
  type WithdrawalMessageNotFoundErrorType,
  WithdrawalNotFinalizableHereError,
  type WithdrawalNotFinalizableHereErrorType,
  WithdrawalNotReadyError,
  type WithdrawalNotReadyErrorType,
  WithdrawalTokenNotFoundError,
  type WithdrawalTokenNotFoundErrorType,
  type WithdrawalWaitingFor,
} from './errors/withdrawal.js'

// Chains (types only at the root; the definitions live in `zksync-l1-actions/chains`)
export type { ZksyncChain, ZksyncChainConfig, ZksyncCustomBridge, ZksyncL1Contracts } from './chains/types.js'

// Protocol constants
export * from './constants/index.js'

// Decorators
export {
  type WithDefaultL2Client,
  type ZksyncL1Actions,
  type ZksyncL1ActionsConfig,
  zksyncL1Actions,
} from './decorators/l1.js'
export { type ZksyncL2Actions, zksyncL2Actions } from './decorators/l2.js'
