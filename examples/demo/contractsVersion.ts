/**
 * The era-contracts version of the demo's world: v31, the one that deploys every chain kind (Era and ZKsync OS,
 * ETH-based and custom-base), so the ZKsync OS chain sits on a real ZKsync OS diamond. Imported first by `world.ts`,
 * before the harness modules read the version (`test/harness/versions.ts`).
 */
process.env.ZKSYNC_CONTRACTS_VERSION = 'v31'
