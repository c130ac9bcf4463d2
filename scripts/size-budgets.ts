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
  estimateL1ToL2Gas: 13_100,
  quoteDeposit: 50_400,
  prepareApprovals: 35_000,
  prepareDeposit: 51_000,
  sendApprovalsAndTransaction: 19_800,
  deposit: 57_200,
  getMaxDepositAmount: 50_400,
  prepareRequestExecute: 48_800,
  requestExecute: 54_900,
  getL2TransactionHashes: 41_700,
  getL2TransactionHash: 42_000,
  getDepositStatus: 45_400,
  waitForDepositExecution: 46_900,
  prepareWithdraw: 38_400,
  withdraw: 40_900,
  getL2ToL1LogProof: 10_800,
  getFinalizeWithdrawalParams: 19_000,
  getWithdrawalStatus: 44_600,
  waitForWithdrawalReady: 46_300,
  prepareFinalizeWithdrawal: 46_700,
  finalizeWithdrawal: 49_500,
  isWithdrawalFinalized: 44_600,
  prepareClaimFailedDeposit: 48_800,
  claimFailedDeposit: 51_100,
  getL2TokenAddress: 36_400,
  zksyncL1Actions: 68_300,
}
