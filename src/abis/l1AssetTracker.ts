/**
 * `L1AssetTracker` (`l1-contracts/contracts/bridge/asset-tracker/L1AssetTracker.sol`, new in draft-v31 `4859b6fd`):
 * keeps each chain's balance of each asset, which the L1NativeTokenVault kept before. The errors it raises on the
 * library's deposit, finalize and claim paths, as compiled at that commit.
 */
export const l1AssetTrackerAbi = [
  { type: 'error', name: 'AssetIdNotRegistered', inputs: [{ name: 'assetId', type: 'bytes32' }] },
  {
    type: 'error',
    name: 'InsufficientChainBalance',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'assetId', type: 'bytes32' },
      { name: 'amount', type: 'uint256' },
    ],
  },
  { type: 'error', name: 'V31UpgradeChainBatchNumberNotSet', inputs: [] },
] as const
