/**
 * Size budget (bytes, gzip -9 of an esbuild minified ESM browser bundle with viem's `createClient` +
 * `http`) of every public action, and of the whole decorator. `scripts/check-package.ts` fails when one
 * is exceeded. Each is the measured size plus about 3 %, so growth is noticed; raise one only with a reason
 * in the commit message. viem's own floor for reading a contract (`createClient` + `http` + `readContract`)
 * is 33.5 kB and for sending a transaction (`sendTransaction`) 38.7 kB, so budgets below those cannot be met.
 */
export const budgets: Record<string, number> = {
  getL1Contracts: 38_900,
  getBaseCost: 38_900,
  getL1FeeParameters: 11_700,
  getL1Allowance: 39_200,
  getL1TokenBalance: 36_600,
  estimateL1ToL2Gas: 40_900,
  quoteDeposit: 67_000,
  prepareApprovals: 35_000,
  prepareDeposit: 67_300,
  sendApprovalsAndTransaction: 45_100,
  deposit: 72_200,
  getMaxDepositAmount: 67_200,
  prepareRequestExecute: 65_400,
  requestExecute: 70_400,
  getL2TransactionHashes: 40_700,
  getL2TransactionHash: 41_000,
  getDepositStatus: 41_200,
  waitForDepositExecution: 41_800,
  prepareWithdraw: 37_600,
  withdraw: 61_900,
  getL2ToL1LogProof: 9_700,
  getFinalizeWithdrawalParams: 18_900,
  getWithdrawalStatus: 41_500,
  waitForWithdrawalReady: 42_000,
  prepareFinalizeWithdrawal: 65_400,
  finalizeWithdrawal: 66_700,
  isWithdrawalFinalized: 41_500,
  prepareClaimFailedDeposit: 66_900,
  claimFailedDeposit: 68_000,
  getL2TokenAddress: 35_000,
  zksyncL1Actions: 120_000,
}
