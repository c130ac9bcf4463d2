/**
 * `L2NativeTokenVault` at `0x…10004` (`l1-contracts/contracts/bridge/ntv/L2NativeTokenVault.sol`): the L2 asset-id
 * registry. No artifact: checked by selector.
 */
export const l2NativeTokenVaultAbi = [
  {
    type: 'function',
    name: 'assetId',
    stateMutability: 'view',
    inputs: [{ name: 'token', type: 'address' }],
    outputs: [{ name: '', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'tokenAddress',
    stateMutability: 'view',
    inputs: [{ name: 'assetId', type: 'bytes32' }],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'originChainId',
    stateMutability: 'view',
    inputs: [{ name: 'assetId', type: 'bytes32' }],
    outputs: [{ name: '', type: 'uint256' }],
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
    name: 'BASE_TOKEN_ASSET_ID',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'L1_CHAIN_ID',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'uint256' }],
  },
] as const
