/**
 * The package as a user gets it: packs the tarball, installs it with its peer viem into a temporary
 * project (from the npm cache when it can), imports it from ESM and CJS, checks that bundling one
 * action leaves the others out, and holds every public action to its size budget (esbuild, minified,
 * ESM, browser, gzip -9, bundled with viem's `createClient` + `http`). Exits non-zero on any failure.
 *
 * Run after `npm run build`: `npx tsx scripts/check-package.ts [--json out.json]`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { budgets } from './size-budgets.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }
const viemVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/viem/package.json'), 'utf8')) as { version: string }
).version

const failures: string[] = []
const check = (ok: boolean, message: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`)
  if (!ok) failures.push(message)
}

const work = mkdtempSync(join(tmpdir(), 'zksync-l1-actions-consumer-'))
try {
  // 1. pack and install offline-first
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop() as string
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      join(work, tarball),
      `viem@${viemVersion}`,
    ],
    { cwd: work, stdio: 'inherit' },
  )

  // 2. ESM and CJS
  const esm = execFileSync(
    'node',
    [
      '--input-type=module',
      '-e',
      `import * as m from '${pkg.name}'; import * as c from '${pkg.name}/chains'; console.log(typeof m.getBaseCost, typeof c.zksync)`,
    ],
    { cwd: work, encoding: 'utf8' },
  ).trim()
  check(esm === 'function object', `ESM import of the root and ./chains (${esm})`)
  const cjs = execFileSync(
    'node',
    [
      '-e',
      `const m = require('${pkg.name}'); const u = require('${pkg.name}/utils'); console.log(typeof m.getBaseCost, typeof u.getNtvAssetId)`,
    ],
    { cwd: work, encoding: 'utf8' },
  ).trim()
  check(cjs === 'function function', `CJS require of the root and ./utils (${cjs})`)

  // 3. one action bundled alone carries no other action
  const exported = Object.keys(budgets)
  const single = await build({
    stdin: {
      contents: `import { getBaseCost } from '${pkg.name}'\nconsole.log(getBaseCost)\n`,
      resolveDir: work,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: false,
    logLevel: 'silent',
  })
  const text = single.outputFiles[0]!.text
  // getBaseCost quotes with the fees the library would send with, so it carries getL1FeeParameters
  const allowed = new Set(['getBaseCost', 'getL1FeeParameters'])
  const leaked = exported.filter((name) => !allowed.has(name) && new RegExp(`function ${name}\\(`).test(text))
  check(
    leaked.length === 0,
    `getBaseCost bundled alone includes no other action${leaked.length ? `: ${leaked.join(', ')}` : ''}`,
  )

  // 4. size budgets
  const results: { name: string; gzip: number; budget: number }[] = []
  for (const [name, budget] of Object.entries(budgets)) {
    const source =
      name === 'zksyncL1Actions'
        ? `import { createClient, http } from 'viem'\nimport { zksyncL1Actions } from '${pkg.name}'\nconsole.log(createClient({ transport: http() }).extend(zksyncL1Actions()))\n`
        : `import { createClient, http } from 'viem'\nimport { ${name} } from '${pkg.name}'\nconsole.log(createClient, http, ${name})\n`
    const out = await build({
      stdin: { contents: source, resolveDir: work, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      minify: true,
      logLevel: 'silent',
    })
    const gzip = gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length
    results.push({ name, gzip, budget })
    check(gzip <= budget, `${name}: ${(gzip / 1000).toFixed(1)} kB gzipped (budget ${(budget / 1000).toFixed(1)} kB)`)
  }
  const json = process.argv.indexOf('--json')
  if (json !== -1 && process.argv[json + 1])
    writeFileSync(process.argv[json + 1]!, `${JSON.stringify(results, null, 2)}\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (failures.length) {
  console.error(`\n${failures.length} package check(s) failed`)
  process.exit(1)
}
console.log('\nall package checks passed')
