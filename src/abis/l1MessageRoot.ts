/**
 * `L1MessageRoot` (`l1-contracts/contracts/core/message-root/L1MessageRoot.sol` in draft-v31 `4859b6fd`), which checks
 * the proofs of L2 messages and L1->L2 transaction statuses for the Bridgehub from v31 on: the errors it raises on the
 * library's finalize and claim paths, as compiled at that commit.
 */
export const l1MessageRootAbi = [
  { type: 'error', name: 'BatchZeroNotAllowed', inputs: [] },
  {
    type: 'error',
    name: 'InvalidSettlementLayerForBatch',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'batchNumber', type: 'uint256' },
      { name: 'claimedSettlementLayer', type: 'uint256' },
    ],
  },
] as const
