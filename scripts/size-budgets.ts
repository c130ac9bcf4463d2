/**
 * Size budget (bytes, gzip -9 of an esbuild minified ESM browser bundle with viem's `createClient` +
 * `http`) of every public action, and of the whole decorator. `scripts/check-package.ts` fails when one
 * is exceeded. Raise a budget only with a reason in the commit message.
 */
export const budgets: Record<string, number> = {
  getL1Contracts: 34_000,
}
