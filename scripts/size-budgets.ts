/**
 * Size budget (bytes, gzip -9 of an esbuild minified ESM browser bundle with viem's `createClient` +
 * `http`) of every public action, and of the whole decorator. `scripts/check-package.ts` fails when one
 * is exceeded. Each is the measured size plus about 3 %, so growth is noticed; raise one only with a reason
 * in the commit message. viem's own floor for reading a contract (`createClient` + `http` + `readContract`)
 * is 33.5 kB; a deposit's primitives (reads, fees, nonce, receipt, encoders, without viem's `sendTransaction`) are
 * 37.7 kB (bench/RESULTS.md lists every floor), so budgets below those cannot be met.
 */
export const budgets: Record<string, number> = {
  getL1Contracts: 39_800,
  getBaseCost: 39_100,
  getL1FeeParameters: 11_800,
  getL1Allowance: 40_200,
  getL1TokenBalance: 36_700,
  estimateL1ToL2Gas: 11_600,
  quoteDeposit: 47_500,
  prepareApprovals: 35_000,
  prepareDeposit: 48_000,
  sendApprovalsAndTransaction: 19_800,
  deposit: 52_800,
  getMaxDepositAmount: 47_600,
  prepareRequestExecute: 45_500,
  requestExecute: 50_500,
  getL2TransactionHashes: 41_700,
  getL2TransactionHash: 41_900,
  getDepositStatus: 42_200,
  waitForDepositExecution: 43_000,
  prepareWithdraw: 38_400,
  withdraw: 40_900,
  getL2ToL1LogProof: 10_800,
  getFinalizeWithdrawalParams: 19_000,
  getWithdrawalStatus: 42_500,
  waitForWithdrawalReady: 43_400,
  prepareFinalizeWithdrawal: 43_700,
  finalizeWithdrawal: 46_500,
  isWithdrawalFinalized: 42_500,
  prepareClaimFailedDeposit: 45_200,
  claimFailedDeposit: 47_700,
  getL2TokenAddress: 36_400,
  zksyncL1Actions: 61_900,
}
