/**
 * Size budget (bytes, gzip -9 of an esbuild minified ESM browser bundle with viem's `createClient` +
 * `http`) of every public action, and of the whole decorator. `scripts/check-package.ts` fails when one
 * is exceeded. Each is the measured size plus about 3 %, so growth is noticed; raise one only with a reason
 * in the commit message. viem's own floor for reading a contract (`createClient` + `http` + `readContract`)
 * is 33.5 kB and for sending a transaction (`sendTransaction`) 38.7 kB, so budgets below those cannot be met.
 */
export const budgets: Record<string, number> = {
  getL1Contracts: 39_100,
  getBaseCost: 39_100,
  getL1FeeParameters: 11_800,
  getL1Allowance: 39_400,
  getL1TokenBalance: 36_700,
  estimateL1ToL2Gas: 40_900,
  quoteDeposit: 67_900,
  prepareApprovals: 35_000,
  prepareDeposit: 68_400,
  sendApprovalsAndTransaction: 45_600,
  deposit: 73_700,
  getMaxDepositAmount: 68_000,
  prepareRequestExecute: 66_500,
  requestExecute: 71_900,
  getL2TransactionHashes: 40_900,
  getL2TransactionHash: 41_200,
  getDepositStatus: 41_400,
  waitForDepositExecution: 42_300,
  prepareWithdraw: 38_400,
  withdraw: 63_100,
  getL2ToL1LogProof: 10_300,
  getFinalizeWithdrawalParams: 19_000,
  getWithdrawalStatus: 41_800,
  waitForWithdrawalReady: 42_700,
  prepareFinalizeWithdrawal: 65_800,
  finalizeWithdrawal: 67_500,
  isWithdrawalFinalized: 41_800,
  prepareClaimFailedDeposit: 67_000,
  claimFailedDeposit: 68_700,
  getL2TokenAddress: 36_500,
  zksyncL1Actions: 82_800,
}
