/** What `scripts/build-contracts.ts` compiles for one era-contracts version. */
export type L1ContractsBuild = {
  /** the pinned commit */
  commit: string
  /** how the commit is named upstream (a tag, a branch head, a release) */
  ref: string
  /** folders taken from the commit with `git archive` (default `['l1-contracts/contracts']`) */
  archivePaths?: readonly string[] | undefined
  /** the compiler settings of the commit's `l1-contracts/foundry.toml` */
  settings: {
    optimizer: { enabled: true; runs: number }
    evmVersion: 'cancun' | 'prague'
    /** where the settings were read */
    source: string
  }
  /** file (relative to `l1-contracts`, or an OpenZeppelin import path) -> contract names to emit */
  entryPoints: Record<string, string[]>
}
