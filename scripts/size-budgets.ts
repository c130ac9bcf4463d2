/**
 * Size budget (bytes, gzip -9 of an esbuild minified ESM browser bundle with viem's `createClient` +
 * `http`) of every public action, and of the whole decorator. `scripts/check-package.ts` fails when one
 * is exceeded. Each is the measured size plus about 3 %, so growth is noticed; raise one only with a reason
 * in the commit message. viem's own floor for reading a contract (`createClient` + `http` + `readContract`)
 * is 33.5 kB; a deposit's primitives (reads, fees, nonce, receipt, encoders, without viem's `sendTransaction`) are
 * 37.7 kB (bench/RESULTS.md lists every floor), so budgets below those cannot be met.
 */
export const budgets: Record<string, number> = {
  getL1Contracts: 39_200,
  getBaseCost: 39_000,
  getL1FeeParameters: 11_800,
  getL1Allowance: 39_500,
  getL1TokenBalance: 36_600,
  estimateL1ToL2Gas: 11_600,
  quoteDeposit: 46_800,
  prepareApprovals: 35_000,
  prepareDeposit: 47_300,
  sendApprovalsAndTransaction: 19_500,
  deposit: 51_800,
  getMaxDepositAmount: 46_900,
  prepareRequestExecute: 44_900,
  requestExecute: 49_500,
  getL2TransactionHashes: 41_000,
  getL2TransactionHash: 41_200,
  getDepositStatus: 41_600,
  waitForDepositExecution: 42_400,
  prepareWithdraw: 38_300,
  withdraw: 40_600,
  getL2ToL1LogProof: 10_300,
  getFinalizeWithdrawalParams: 19_000,
  getWithdrawalStatus: 41_900,
  waitForWithdrawalReady: 42_800,
  prepareFinalizeWithdrawal: 43_000,
  finalizeWithdrawal: 45_100,
  isWithdrawalFinalized: 41_900,
  prepareClaimFailedDeposit: 44_500,
  claimFailedDeposit: 46_200,
  getL2TokenAddress: 36_300,
  zksyncL1Actions: 60_700,
}
