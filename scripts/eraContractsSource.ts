/**
 * The sources of one pinned era-contracts commit, for the build scripts: `l1-contracts/contracts` and `LICENSE-MIT`
 * taken with `git archive` from a checkout (its working tree does not matter) into a temporary folder, and an import
 * resolver over them with OpenZeppelin 4.9.6 from npm remapped as era-contracts remaps it (`@openzeppelin/contracts-v4/`,
 * `@openzeppelin/contracts-upgradeable-v4/`).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export type EraContractsSource = {
  /** the temporary folder holding `l1-contracts/` and `LICENSE-MIT` */
  work: string
  /** a source by its import path, or `undefined` */
  readImport: (path: string) => string | undefined
  /** removes the temporary folder */
  cleanup: () => void
}

export function unpackEraContracts(
  checkout: string,
  commit: string,
  prefix: string,
  options: { paths?: readonly string[] | undefined } = {},
): EraContractsSource {
  const work = mkdtempSync(join(tmpdir(), prefix))
  const paths = options.paths ?? ['l1-contracts/contracts']
  try {
    const tar = execFileSync('git', ['-C', checkout, 'archive', '--format=tar', commit, ...paths, 'LICENSE-MIT'], {
      maxBuffer: 1 << 30,
    })
    execFileSync('tar', ['-x', '-C', work], { input: tar })
  } catch (error) {
    rmSync(work, { recursive: true, force: true })
    throw error
  }
  const l1 = join(work, 'l1-contracts')
  const ozRoot = dirname(require.resolve('@openzeppelin/contracts/package.json'))
  const ozuRoot = dirname(require.resolve('@openzeppelin/contracts-upgradeable/package.json'))
  const readImport = (p: string) => {
    let file: string
    if (p.startsWith('@openzeppelin/contracts-v4/')) file = join(ozRoot, p.slice('@openzeppelin/contracts-v4/'.length))
    else if (p.startsWith('@openzeppelin/contracts-upgradeable-v4/'))
      file = join(ozuRoot, p.slice('@openzeppelin/contracts-upgradeable-v4/'.length))
    // the `system-contracts/` and `da-contracts/` remappings of later versions' foundry.toml
    else if (p.startsWith('system-contracts/') || p.startsWith('da-contracts/')) file = join(work, p)
    else file = join(l1, p)
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  }
  return { work, readImport, cleanup: () => rmSync(work, { recursive: true, force: true }) }
}
