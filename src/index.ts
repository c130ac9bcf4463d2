// Actions
export {
  type ClaimFailedDepositErrorType,
  type ClaimFailedDepositParameters,
  type ClaimFailedDepositReturnType,
  claimFailedDeposit,
} from './actions/claimFailedDeposit.js'
export {
  type DepositErrorType,
  type DepositParameters,
  type DepositReturnType,
  deposit,
} from './actions/deposit.js'
export {
  type EstimateL1ToL2GasErrorType,
  type EstimateL1ToL2GasParameters,
  type EstimateL1ToL2GasReturnType,
  estimateL1ToL2Gas,
} from './actions/estimateL1ToL2Gas.js'
export {
  type FinalizeWithdrawalErrorType,
  type FinalizeWithdrawalParameters,
  type FinalizeWithdrawalReturnType,
  finalizeWithdrawal,
} from './actions/finalizeWithdrawal.js'
export {
  type GetBaseCostErrorType,
  type GetBaseCostParameters,
  type GetBaseCostReturnType,
  getBaseCost,
} from './actions/getBaseCost.js'
export {
  type DepositStatus,
  type GetDepositStatusErrorType,
  type GetDepositStatusParameters,
  type GetDepositStatusReturnType,
  getDepositStatus,
} from './actions/getDepositStatus.js'
export {
  type FinalizeL1DepositParams,
  type GetFinalizeWithdrawalParamsErrorType,
  type GetFinalizeWithdrawalParamsParameters,
  type GetFinalizeWithdrawalParamsReturnType,
  getFinalizeWithdrawalParams,
} from './actions/getFinalizeWithdrawalParams.js'
export {
  type GetL1AllowanceErrorType,
  type GetL1AllowanceParameters,
  type GetL1AllowanceReturnType,
  getL1Allowance,
} from './actions/getL1Allowance.js'
export {
  type GetL1ContractsErrorType,
  type GetL1ContractsParameters,
  type GetL1ContractsReturnType,
  getL1Contracts,
  getZksyncConfig,
  type L2TargetParameters,
  resolveL2Target,
} from './actions/getL1Contracts.js'
export {
  type GetL1FeeParametersErrorType,
  type GetL1FeeParametersParameters,
  type GetL1FeeParametersReturnType,
  getL1FeeParameters,
} from './actions/getL1FeeParameters.js'
export {
  type GetL1TokenBalanceErrorType,
  type GetL1TokenBalanceParameters,
  type GetL1TokenBalanceReturnType,
  getL1TokenBalance,
} from './actions/getL1TokenBalance.js'
export {
  type GetL2TokenAddressErrorType,
  type GetL2TokenAddressParameters,
  type GetL2TokenAddressReturnType,
  getL2TokenAddress,
} from './actions/getL2TokenAddress.js'
export {
  type GetL2ToL1LogProofErrorType,
  type GetL2ToL1LogProofParameters,
  type GetL2ToL1LogProofReturnType,
  getL2ToL1LogProof,
} from './actions/getL2ToL1LogProof.js'
export {
  type GetL2TransactionHashErrorType,
  type GetL2TransactionHashParameters,
  type GetL2TransactionHashReturnType,
  getL2TransactionHash,
} from './actions/getL2TransactionHash.js'
export {
  type GetL2TransactionHashesErrorType,
  type GetL2TransactionHashesParameters,
  type GetL2TransactionHashesReturnType,
  getL2TransactionHashes,
} from './actions/getL2TransactionHashes.js'
export {
  type GetMaxDepositAmountErrorType,
  type GetMaxDepositAmountParameters,
  type GetMaxDepositAmountReturnType,
  getMaxDepositAmount,
} from './actions/getMaxDepositAmount.js'
export {
  type GetWithdrawalStatusErrorType,
  type GetWithdrawalStatusParameters,
  type GetWithdrawalStatusReturnType,
  getWithdrawalStatus,
  type WithdrawalFinalizer,
  type WithdrawalStatus,
} from './actions/getWithdrawalStatus.js'
export {
  type IsWithdrawalFinalizedErrorType,
  type IsWithdrawalFinalizedParameters,
  type IsWithdrawalFinalizedReturnType,
  isWithdrawalFinalized,
} from './actions/isWithdrawalFinalized.js'
export {
  type L1FeeFields,
  type L1TransactionRequest,
  type PrepareApprovalsErrorType,
  type PrepareApprovalsParameters,
  type PrepareApprovalsReturnType,
  prepareApprovals,
} from './actions/prepareApprovals.js'
export {
  type PrepareClaimFailedDepositErrorType,
  type PrepareClaimFailedDepositParameters,
  type PrepareClaimFailedDepositReturnType,
  prepareClaimFailedDeposit,
} from './actions/prepareClaimFailedDeposit.js'
export {
  type PrepareDepositErrorType,
  type PrepareDepositParameters,
  type PrepareDepositReturnType,
  prepareDeposit,
} from './actions/prepareDeposit.js'
export {
  type PrepareFinalizeWithdrawalErrorType,
  type PrepareFinalizeWithdrawalParameters,
  type PrepareFinalizeWithdrawalReturnType,
  prepareFinalizeWithdrawal,
} from './actions/prepareFinalizeWithdrawal.js'
export {
  type PrepareRequestExecuteErrorType,
  type PrepareRequestExecuteParameters,
  type PrepareRequestExecuteReturnType,
  prepareRequestExecute,
} from './actions/prepareRequestExecute.js'
export {
  type PrepareWithdrawErrorType,
  type PrepareWithdrawParameters,
  type PrepareWithdrawReturnType,
  prepareWithdraw,
} from './actions/prepareWithdraw.js'
export {
  type DepositRoute,
  type QuoteDepositErrorType,
  type QuoteDepositParameters,
  type QuoteDepositReturnType,
  type QuoteWarning,
  quoteDeposit,
  type RequiredApproval,
  type Shortfall,
  type TokenAmount,
} from './actions/quoteDeposit.js'
export {
  type RequestExecuteErrorType,
  type RequestExecuteParameters,
  type RequestExecuteReturnType,
  requestExecute,
} from './actions/requestExecute.js'
export {
  type SendApprovalsAndTransactionErrorType,
  type SendApprovalsAndTransactionParameters,
  type SendApprovalsAndTransactionReturnType,
  sendApprovalsAndTransaction,
} from './actions/sendApprovalsAndTransaction.js'
export {
  type WaitForDepositExecutionErrorType,
  type WaitForDepositExecutionParameters,
  type WaitForDepositExecutionReturnType,
  waitForDepositExecution,
} from './actions/waitForDepositExecution.js'
export {
  type WaitForWithdrawalReadyErrorType,
  type WaitForWithdrawalReadyParameters,
  type WaitForWithdrawalReadyReturnType,
  waitForWithdrawalReady,
} from './actions/waitForWithdrawalReady.js'
export {
  type WithdrawErrorType,
  type WithdrawParameters,
  type WithdrawReturnType,
  withdraw,
} from './actions/withdraw.js'
// Chains (types only at the root; the definitions live in `zksync-l1-actions/chains`)
export type { ZksyncChain, ZksyncChainConfig, ZksyncCustomBridge, ZksyncL1Contracts } from './chains/types.js'
// Protocol constants
export * from './constants/index.js'
// Decorators
export {
  type WithAccount,
  type WithDefaultL2Client,
  type ZksyncL1Actions,
  type ZksyncL1ActionsConfig,
  zksyncL1Actions,
} from './decorators/l1.js'
export { type ZksyncL2Actions, zksyncL2Actions } from './decorators/l2.js'
// Errors
export {
  type DecodedRevert,
  DOCS_BASE_URL,
  type ErrorType,
  ZksyncL1Error,
  type ZksyncL1ErrorType,
} from './errors/base.js'
export { FailedDepositProofInvalidError, type FailedDepositProofInvalidErrorType } from './errors/claim.js'
export {
  BridgehubNotFoundError,
  type BridgehubNotFoundErrorType,
  ChainNotRegisteredError,
  type ChainNotRegisteredErrorType,
  InvalidAddressParameterError,
  type InvalidAddressParameterErrorType,
  InvalidHexParameterError,
  type InvalidHexParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
  L1ChainMismatchError,
  type L1ChainMismatchErrorType,
  L1ExecutionRevertedError,
  type L1ExecutionRevertedErrorType,
  L2ChainMismatchError,
  type L2ChainMismatchErrorType,
  L2ClientRequiredError,
  type L2ClientRequiredErrorType,
  L2ResponseMalformedError,
  type L2ResponseMalformedErrorType,
  TransactionSendUnknownError,
  type TransactionSendUnknownErrorType,
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
  CustomBridgeTokenNotSupportedError,
  type CustomBridgeTokenNotSupportedErrorType,
  DepositAfterApprovalsFailedError,
  type DepositAfterApprovalsFailedErrorType,
  DepositRevertedOnL1Error,
  type DepositRevertedOnL1ErrorType,
  DepositsPausedError,
  type DepositsPausedErrorType,
  InconsistentValueError,
  type InconsistentValueErrorType,
  InsufficientAllowanceError,
  type InsufficientAllowanceErrorType,
  InsufficientBalanceError,
  type InsufficientBalanceErrorType,
  InvalidCustomBridgeError,
  type InvalidCustomBridgeErrorType,
  InvalidDepositAmountError,
  type InvalidDepositAmountErrorType,
  InvalidGasPerPubdataError,
  type InvalidGasPerPubdataErrorType,
  InvalidL2ReceiverError,
  type InvalidL2ReceiverErrorType,
  L2GasLimitTooHighError,
  type L2GasLimitTooHighErrorType,
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
  WithdrawalProofInvalidError,
  type WithdrawalProofInvalidErrorType,
  WithdrawalTokenNotFoundError,
  type WithdrawalTokenNotFoundErrorType,
  type WithdrawalWaitingFor,
} from './errors/withdrawal.js'
export {
  InvalidRefundRecipientError,
  type InvalidRefundRecipientErrorType,
  TransactionAfterApprovalsWouldRevertError,
  type TransactionAfterApprovalsWouldRevertErrorType,
} from './errors/workflow.js'
