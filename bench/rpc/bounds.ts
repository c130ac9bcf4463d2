/**
 * The dependency bound of each workflow of the RPC benchmark: the longest chain of requests each of which needs an
 * answer of the one before, given what the protocol requires (and the bench's setting: an L2 chain definition that
 * names only the Bridgehub, a local account, one receipt wait at the end). No library can wait for fewer round trips
 * than this without batching; the goal of issue 16 is ours ≤ bound + 1.
 */
import type { WorkflowName } from './workflows.js'

export const dependencyBounds: Record<WorkflowName, { bound: number; chain: string }> = {
  'ETH deposit': {
    bound: 6,
    chain:
      'L1 addresses (the base token decides the route) → L2 estimate → base cost (needs the limit and the L1 fees) → fill (the value holds the base cost) → send → receipt',
  },
  'ERC-20 deposit (with approval)': {
    bound: 8,
    chain:
      'L1 addresses → token registration (the L2 calldata carries it) → L2 estimate → base cost and allowance → approval fill → approval send → deposit send (nonce after the approval) → receipt',
  },
  'base-token deposit (custom-base chain)': {
    bound: 8,
    chain:
      'L1 addresses → L2 estimate → base cost and allowances → first approval fill → first approval send → second approval send → deposit send → receipt',
  },
  'ETH deposit (custom-base chain)': {
    bound: 8,
    chain:
      'L1 addresses → token registration → L2 estimate → base cost and allowance → approval fill → approval send → deposit send → receipt',
  },
  'ERC-20 deposit (custom-base chain)': {
    bound: 9,
    chain:
      'L1 addresses → token registration → L2 estimate → base cost and allowances → approval fill → approval send → second approval send → deposit send → receipt',
  },
  requestExecute: {
    bound: 5,
    chain: 'L2 estimate (a local account is its own L2 sender), beside the L1 fees → base cost → fill → send → receipt',
  },
  finalizeWithdrawal: {
    bound: 5,
    chain:
      'L2 receipt (the log index) → proof → fill (needs the proof; the L1 check of it can run beside) → send → receipt',
  },
  claimFailedDeposit: {
    bound: 6,
    chain:
      'L2 receipt (the log index; the L2 transaction beside it) → proof → L1 check and depositHappened (the record picks the calldata) → fill → send → receipt',
  },
  isWithdrawalFinalized: {
    bound: 3,
    chain: 'L2 receipt → proof → L1 check of the proof and the finalized flag',
  },
}
