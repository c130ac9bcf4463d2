/**
 * `L1NativeTokenVault` (`l1-contracts/contracts/bridge/ntv/L1NativeTokenVault.sol`): holds bridged L1 tokens and the asset-id registry.
 * Fragments of the ABI compiled from era-contracts v29.4 (`c66f46bcf`); only the entries this library uses.
 */
export const l1NativeTokenVaultAbi = [
  {
    type: 'function',
    name: 'assetId',
    stateMutability: 'view',
    inputs: [{ name: 'tokenAddress', type: 'address' }],
    outputs: [{ name: 'assetId', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'tokenAddress',
    stateMutability: 'view',
    inputs: [{ name: 'assetId', type: 'bytes32' }],
    outputs: [{ name: 'tokenAddress', type: 'address' }],
  },
  {
    type: 'function',
    name: 'originChainId',
    stateMutability: 'view',
    inputs: [{ name: 'assetId', type: 'bytes32' }],
    outputs: [{ name: 'originChainId', type: 'uint256' }],
  },
  // from v31 this is the deprecated ledger (0 for new deposits, L1NativeTokenVault.sol:100 at 4859b6fd); the live one is
  // `chainBalance(chainId, assetId)` of the L1AssetTracker (`l1AssetTracker()` of the vault), same selector. No action
  // of this library reads it.
  {
    type: 'function',
    name: 'chainBalance',
    stateMutability: 'view',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'assetId', type: 'bytes32' },
    ],
    outputs: [{ name: 'balance', type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'ensureTokenIsRegistered',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'nativeToken', type: 'address' }],
    outputs: [{ name: 'tokenAssetId', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'getERC20Getters',
    stateMutability: 'view',
    inputs: [
      { name: 'token', type: 'address' },
      { name: 'originChainId', type: 'uint256' },
    ],
    outputs: [{ name: '', type: 'bytes' }],
  },
  {
    type: 'event',
    name: 'BridgeBurn',
    inputs: [
      { indexed: true, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'assetId', type: 'bytes32' },
      { indexed: true, name: 'sender', type: 'address' },
      { indexed: false, name: 'receiver', type: 'address' },
      { indexed: false, name: 'amount', type: 'uint256' },
    ],
    anonymous: false,
  },
  {
    type: 'event',
    name: 'BridgeMint',
    inputs: [
      { indexed: true, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'assetId', type: 'bytes32' },
      { indexed: false, name: 'receiver', type: 'address' },
      { indexed: false, name: 'amount', type: 'uint256' },
    ],
    anonymous: false,
  },
  {
    type: 'error',
    name: 'AddressMismatch',
    inputs: [
      { name: 'expected', type: 'address' },
      { name: 'supplied', type: 'address' },
    ],
  },
  { type: 'error', name: 'AmountMustBeGreaterThanZero', inputs: [] },
  {
    type: 'error',
    name: 'AssetIdMismatch',
    inputs: [
      { name: 'expected', type: 'bytes32' },
      { name: 'supplied', type: 'bytes32' },
    ],
  },
  { type: 'error', name: 'BurningNativeWETHNotSupported', inputs: [] },
  { type: 'error', name: 'ClaimFailedDepositFailed', inputs: [] },
  { type: 'error', name: 'EmptyDeposit', inputs: [] },
  { type: 'error', name: 'EmptyToken', inputs: [] },
  { type: 'error', name: 'InsufficientChainBalance', inputs: [] },
  { type: 'error', name: 'InvalidNTVBurnData', inputs: [] },
  { type: 'error', name: 'NoFundsTransferred', inputs: [] },
  { type: 'error', name: 'NonEmptyMsgValue', inputs: [] },
  { type: 'error', name: 'OriginChainIdNotFound', inputs: [] },
  { type: 'error', name: 'TokenNotSupported', inputs: [{ name: 'token', type: 'address' }] },
  { type: 'error', name: 'TokensWithFeesNotSupported', inputs: [] },
  { type: 'error', name: 'Unauthorized', inputs: [{ name: 'caller', type: 'address' }] },
  { type: 'error', name: 'UnsupportedEncodingVersion', inputs: [] },
  {
    type: 'error',
    name: 'ValueMismatch',
    inputs: [
      { name: 'expected', type: 'uint256' },
      { name: 'actual', type: 'uint256' },
    ],
  },
  { type: 'error', name: 'WithdrawFailed', inputs: [] },
  {
    type: 'error',
    name: 'WrongAmountTransferred',
    inputs: [
      { name: 'balance', type: 'uint256' },
      { name: 'nullifierChainBalance', type: 'uint256' },
    ],
  },
  { type: 'error', name: 'ZeroAddress', inputs: [] },
  { type: 'error', name: 'ZeroAmountToTransfer', inputs: [] },
] as const
