/**
 * `L2AssetRouter` at `0x…10003` (`l1-contracts/contracts/bridge/asset-router/L2AssetRouter.sol`): ERC-20 withdrawals
 * and the L2 leg of ERC-20 deposits. No artifact: checked by selector.
 */
export const l2AssetRouterAbi = [
  {
    type: 'function',
    name: 'withdraw',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'assetId', type: 'bytes32' },
      { name: 'assetData', type: 'bytes' },
    ],
    outputs: [{ name: '', type: 'bytes32' }],
  },
  /** Legacy form: only for tokens that originate on L1 (`TokenNotLegacy` otherwise). */
  {
    type: 'function',
    name: 'withdraw',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'l1Receiver', type: 'address' },
      { name: 'l2Token', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'l2TokenAddress',
    stateMutability: 'view',
    inputs: [{ name: 'l1Token', type: 'address' }],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'l1TokenAddress',
    stateMutability: 'view',
    inputs: [{ name: 'l2Token', type: 'address' }],
    outputs: [{ name: '', type: 'address' }],
  },
  /** Legacy form, the L2 calldata of a deposit of a registered L1-native token. */
  {
    type: 'function',
    name: 'finalizeDeposit',
    stateMutability: 'payable',
    inputs: [
      { name: 'l1Sender', type: 'address' },
      { name: 'l2Receiver', type: 'address' },
      { name: 'l1Token', type: 'address' },
      { name: 'amount', type: 'uint256' },
      { name: 'data', type: 'bytes' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'finalizeDeposit',
    stateMutability: 'payable',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'assetId', type: 'bytes32' },
      { name: 'transferData', type: 'bytes' },
    ],
    outputs: [],
  },
  {
    type: 'event',
    name: 'WithdrawalInitiatedAssetRouter',
    inputs: [
      { indexed: false, name: 'chainId', type: 'uint256' },
      { indexed: true, name: 'l2Sender', type: 'address' },
      { indexed: true, name: 'assetId', type: 'bytes32' },
      { indexed: false, name: 'assetData', type: 'bytes' },
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
] as const
