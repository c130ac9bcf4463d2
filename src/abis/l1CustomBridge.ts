/**
 * A custom (non-asset-router) L1 bridge with the legacy shared-bridge finalization interface, as USDC-style bridges have
 * (`finalizeWithdrawal(chainId, batch, index, txNumber, message, proof)` and their own `isWithdrawalFinalized` map).
 * Fragments of the ABI compiled from era-contracts v29.4 (`c66f46bcf`); only the entries this library uses.
 */
export const l1CustomBridgeAbi = [
  {
    type: 'function',
    name: 'l2BridgeAddress',
    stateMutability: 'view',
    inputs: [{ name: 'chainId', type: 'uint256' }],
    outputs: [{ name: '', type: 'address' }],
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
    name: 'isWithdrawalFinalized',
    stateMutability: 'view',
    inputs: [
      { name: '', type: 'uint256' },
      { name: '', type: 'uint256' },
      { name: '', type: 'uint256' },
    ],
    outputs: [{ name: '', type: 'bool' }],
  },
] as const
