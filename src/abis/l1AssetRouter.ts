/**
 * `L1AssetRouter` (`l1-contracts/contracts/bridge/asset-router/L1AssetRouter.sol`), the "shared bridge" and second bridge of `requestL2TransactionTwoBridges`.
 * Fragments of the ABI compiled from era-contracts v29.4 (`c66f46bcf`); only the entries this library uses.
 */
export const l1AssetRouterAbi = [
  {
    type: 'function',
    name: 'L1_NULLIFIER',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'nativeTokenVault',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'isWithdrawalFinalized',
    stateMutability: 'view',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'l2BatchNumber', type: 'uint256' },
      { name: 'l2MessageIndex', type: 'uint256' },
    ],
    outputs: [{ name: '', type: 'bool' }],
  },
  {
    type: 'function',
    name: 'finalizeWithdrawal',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'l2BatchNumber', type: 'uint256' },
      { name: 'l2MessageIndex', type: 'uint256' },
      { name: 'l2TxNumberInBatch', type: 'uint16' },
      { name: 'message', type: 'bytes' },
      { name: 'merkleProof', type: 'bytes32[]' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'l2BridgeAddress',
    stateMutability: 'view',
    inputs: [{ name: 'chainId', type: 'uint256' }],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'event',
    name: 'BridgehubDepositInitiated',
    inputs: [
      { indexed: true, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'txDataHash', type: 'bytes32' },
      { indexed: true, name: 'from', type: 'address' },
      { indexed: false, name: 'assetId', type: 'bytes32' },
      { indexed: false, name: 'bridgeMintCalldata', type: 'bytes' },
    ],
    anonymous: false,
  },
  {
    type: 'event',
    name: 'BridgehubDepositBaseTokenInitiated',
    inputs: [
      { indexed: true, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'from', type: 'address' },
      { indexed: false, name: 'assetId', type: 'bytes32' },
      { indexed: false, name: 'amount', type: 'uint256' },
    ],
    anonymous: false,
  },
  {
    type: 'event',
    name: 'DepositFinalizedAssetRouter',
    inputs: [
      { indexed: true, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'assetId', type: 'bytes32' },
      { indexed: false, name: 'assetData', type: 'bytes' },
    ],
    anonymous: false,
  },
  {
    type: 'event',
    name: 'ClaimedFailedDepositAssetRouter',
    inputs: [
      { indexed: true, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'assetId', type: 'bytes32' },
      { indexed: false, name: 'assetData', type: 'bytes' },
    ],
    anonymous: false,
  },
  { type: 'error', name: 'AssetHandlerDoesNotExist', inputs: [{ name: 'assetId', type: 'bytes32' }] },
  { type: 'error', name: 'AssetIdNotSupported', inputs: [{ name: 'assetId', type: 'bytes32' }] },
  {
    type: 'error',
    name: 'IncorrectTokenAddressFromNTV',
    inputs: [
      { name: 'assetId', type: 'bytes32' },
      { name: 'tokenAddress', type: 'address' },
    ],
  },
  { type: 'error', name: 'InvalidNTVBurnData', inputs: [] },
  { type: 'error', name: 'LegacyBridgeUsesNonNativeToken', inputs: [] },
  { type: 'error', name: 'LegacyEncodingUsedForNonL1Token', inputs: [] },
  { type: 'error', name: 'NonEmptyMsgValue', inputs: [] },
  { type: 'error', name: 'Reentrancy', inputs: [] },
  { type: 'error', name: 'TokenNotSupported', inputs: [{ name: 'token', type: 'address' }] },
  { type: 'error', name: 'TokensWithFeesNotSupported', inputs: [] },
  { type: 'error', name: 'Unauthorized', inputs: [{ name: 'caller', type: 'address' }] },
  { type: 'error', name: 'UnsupportedEncodingVersion', inputs: [] },
  { type: 'error', name: 'ZeroAddress', inputs: [] },
] as const
