export { decodeFeeParams } from './decodeFeeParams.js'
export {
  type DecodeSecondBridgeCalldataReturnType,
  decodeSecondBridgeCalldata,
} from './decodeSecondBridgeCalldata.js'
export { type DeriveL2GasPriceParameters, deriveL2GasPrice, type FeeParams } from './deriveL2GasPrice.js'
export {
  type EncodeAssetRouterWithdrawalMessageParameters,
  encodeAssetRouterWithdrawalMessage,
} from './encodeAssetRouterWithdrawalMessage.js'
export {
  type EncodeBaseTokenWithdrawalMessageParameters,
  encodeBaseTokenWithdrawalMessage,
} from './encodeBaseTokenWithdrawalMessage.js'
export {
  type EncodeLegacyErc20WithdrawalMessageParameters,
  encodeLegacyErc20WithdrawalMessage,
} from './encodeLegacyErc20WithdrawalMessage.js'
export { type EncodeNtvTransferDataParameters, encodeNtvTransferData } from './encodeNtvTransferData.js'
export {
  type EncodeSecondBridgeCalldataParameters,
  encodeSecondBridgeCalldata,
} from './encodeSecondBridgeCalldata.js'
export {
  type ExtractPriorityRequestsParameters,
  extractPriorityRequests,
  type PriorityRequest,
} from './extractPriorityRequests.js'
export { type GetDepositTxDataHashParameters, getDepositTxDataHash } from './getDepositTxDataHash.js'
export {
  getL2CanonicalTransactionHash,
  type L2CanonicalTransaction,
  l2CanonicalTransactionAbiParameter,
} from './getL2CanonicalTransactionHash.js'
export { type GetMinimumL2GasLimitParameters, getMinimumL2GasLimit } from './getMinimumL2GasLimit.js'
export { type GetNtvAssetIdParameters, getNtvAssetId } from './getNtvAssetId.js'
export { isEth } from './isEth.js'
export { applyL1ToL2Alias, undoL1ToL2Alias } from './l1ToL2Alias.js'
export { normalizeToken } from './normalizeToken.js'
export { type L2ReceiptInfo, type L2ToL1LogInfo, parseL2Receipt } from './parseL2Receipt.js'
export {
  type L2ToL1LogProof,
  type L2ToL1LogProofResponse,
  parseL2ToL1LogProof,
} from './parseL2ToL1LogProof.js'
export { type ParseWithdrawalMessageReturnType, parseWithdrawalMessage } from './parseWithdrawalMessage.js'
