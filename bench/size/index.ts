/**
 * Bundle size of each public action of ours, of the viem/zksync and zksync-ethers equivalents, and of
 * the "floor": the viem primitives an action cannot avoid. Every entry is bundled alone with esbuild
 * (minified, ESM, browser platform) next to viem's `createClient` + `http`, and measured raw, gzip -9
 * and brotli (quality 11).
 *
 * Two builds of our side: from the source entry (`src/index.ts`, resolved against this repository's
 * node_modules) and, for the numbers that count, from a clean consumer install: the package is packed
 * with `npm pack` and installed with viem and zksync-ethers into a temporary project, where viem's own
 * dependencies resolve as they would for a user. The viem and zksync-ethers rows also come from that
 * project. Run alone with `npx tsx bench/size/index.ts`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export type SizeGroup = 'ours' | 'viem' | 'zksync-ethers' | 'floor'
export type SizeEntry = { group: SizeGroup; name: string; code: string; floor?: string | undefined }
export type SizeRow = SizeEntry & {
  /** where the packages came from: the consumer install, or this repository's source and node_modules */
  from: 'consumer' | 'source'
  bytes: number
  gzip: number
  brotli: number
  error?: string | undefined
}
export type SizeReport = { rows: SizeRow[]; floors: Record<string, string[]>; notes: string[] }

/**
 * viem primitives each kind of action cannot avoid; `viem/actions` names are marked with `actions:`. A send needs a
 * nonce (`getTransactionCount`), fees, the request formatted for JSON-RPC and a receipt; it does not need viem's
 * `estimateGas`, `prepareTransactionRequest` or `sendTransaction`, which bring in secp256k1 for EIP-7702 authorization
 * recovery (about 21 kB gzip): our actions use the client's own when it has them and JSON-RPC otherwise. The account's
 * signer (a local account's secp256k1) is the application's, in every row alike.
 */
export const floors: Record<string, string[]> = {
  read: ['createClient', 'http', 'actions:readContract', 'actions:multicall'],
  quote: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:multicall',
    'actions:estimateFeesPerGas',
    'formatTransactionRequest',
  ],
  deposit: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:call',
    'actions:estimateFeesPerGas',
    'actions:getTransactionCount',
    'actions:waitForTransactionReceipt',
    'formatTransactionRequest',
    'encodeFunctionData',
    'encodeAbiParameters',
    'keccak256',
  ],
  requestExecute: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:estimateFeesPerGas',
    'actions:getTransactionCount',
    'actions:waitForTransactionReceipt',
    'formatTransactionRequest',
    'encodeFunctionData',
    'keccak256',
  ],
  l2Hashes: ['createClient', 'http', 'actions:getTransactionReceipt', 'decodeEventLog'],
  finalizeWithdrawal: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:getTransactionReceipt',
    'actions:estimateFeesPerGas',
    'actions:getTransactionCount',
    'formatTransactionRequest',
    'encodeFunctionData',
    'decodeAbiParameters',
  ],
  isWithdrawalFinalized: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:getTransactionReceipt',
    'decodeAbiParameters',
  ],
  claimFailedDeposit: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:getTransactionReceipt',
    'actions:getTransaction',
    'actions:estimateFeesPerGas',
    'actions:getTransactionCount',
    'formatTransactionRequest',
    'encodeFunctionData',
    'decodeFunctionData',
    'encodeAbiParameters',
    'decodeAbiParameters',
    'keccak256',
  ],
  withdraw: [
    'createClient',
    'http',
    'actions:readContract',
    'actions:estimateFeesPerGas',
    'actions:getTransactionCount',
    'formatTransactionRequest',
    'encodeFunctionData',
    'encodeAbiParameters',
    'keccak256',
  ],
  wait: ['createClient', 'http', 'actions:getTransactionReceipt', 'actions:waitForTransactionReceipt'],
}
floors.decorator = [...new Set(Object.values(floors).flat())]

/** Which floor an action of ours is measured against. */
export function floorOf(action: string): string {
  const n = action.toLowerCase()
  if (/requestexecute/.test(n)) return 'requestExecute'
  if (/l2transactionhash|l2hash/.test(n)) return 'l2Hashes'
  if (/iswithdrawalfinalized|withdrawalstatus/.test(n)) return 'isWithdrawalFinalized'
  if (/finalizewithdrawal/.test(n)) return 'finalizeWithdrawal'
  if (/claimfaileddeposit/.test(n)) return 'claimFailedDeposit'
  if (/^(prepare)?withdraw$/.test(n)) return 'withdraw'
  if (/^waitfor/.test(n)) return 'wait'
  if (/quote|basecost/.test(n)) return 'quote'
  if (/deposit/.test(n)) return 'deposit'
  return 'read'
}

function floorCode(names: string[]): string {
  const fromViem = names.filter((n) => !n.startsWith('actions:'))
  const fromActions = names.filter((n) => n.startsWith('actions:')).map((n) => n.slice('actions:'.length))
  return [
    `import { ${fromViem.join(', ')} } from 'viem'`,
    fromActions.length ? `import { ${fromActions.join(', ')} } from 'viem/actions'` : '',
    `export { ${[...fromViem, ...fromActions].join(', ')} }`,
  ].join('\n')
}

const withClient = (imports: string, names: string[]) =>
  `${imports}\nimport { createClient, http } from 'viem'\nexport { createClient, http, ${names.join(', ')} }`

/** The entries that do not depend on our package. */
export function referenceEntries(): SizeEntry[] {
  const viemActions = [
    'deposit',
    'requestExecute',
    'finalizeWithdrawal',
    'claimFailedDeposit',
    'isWithdrawalFinalized',
    'withdraw',
  ]
  const entries: SizeEntry[] = viemActions.map((name) => ({
    group: 'viem',
    name,
    code: withClient(`import { ${name} } from 'viem/zksync'`, [name]),
    floor: floorOf(name),
  }))
  entries.push(
    {
      group: 'viem',
      name: 'publicActionsL1',
      code: withClient(`import { publicActionsL1 } from 'viem/zksync'`, ['publicActionsL1']),
    },
    {
      group: 'viem',
      name: 'walletActionsL1',
      code: withClient(`import { walletActionsL1 } from 'viem/zksync'`, ['walletActionsL1']),
    },
    {
      group: 'viem',
      name: 'publicActionsL1 + walletActionsL1',
      code: withClient(`import { publicActionsL1, walletActionsL1 } from 'viem/zksync'`, [
        'publicActionsL1',
        'walletActionsL1',
      ]),
      floor: 'decorator',
    },
    {
      group: 'zksync-ethers',
      name: 'Wallet + Provider',
      code: `import { Wallet, Provider } from 'zksync-ethers'\nexport { Wallet, Provider }`,
      floor: 'decorator',
    },
  )
  for (const [name, names] of Object.entries(floors)) entries.push({ group: 'floor', name, code: floorCode(names) })
  return entries
}

/** Runtime exports of a module that are functions and not error classes. */
async function functionExports(file: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  return Object.entries(mod)
    .filter(([, v]) => typeof v === 'function' && !((v as { prototype?: unknown }).prototype instanceof Error))
    .map(([k]) => k)
    .sort()
}

/** Our public actions: the functions exported by `src/index.ts` from `src/actions`, plus those not exported yet. */
export async function ourEntries(notes: string[]): Promise<{ exported: SizeEntry[]; unexported: SizeEntry[] }> {
  const indexSource = readFileSync(join(root, 'src/index.ts'), 'utf8')
  const exportedNames = new Set(await functionExports(join(root, 'src/index.ts')))
  const exported: SizeEntry[] = []
  const unexported: SizeEntry[] = []
  const actionFiles = readdirSync(join(root, 'src/actions')).filter((f) => f.endsWith('.ts'))
  for (const file of actionFiles) {
    let names: string[]
    try {
      names = await functionExports(join(root, 'src/actions', file))
    } catch (e) {
      notes.push(`src/actions/${file} could not be loaded (${(e as Error).message.split('\n')[0]}); skipped.`)
      continue
    }
    for (const name of names) {
      // helpers such as resolveL2Target are exported from the action file but not public
      if (exportedNames.has(name)) {
        exported.push({
          group: 'ours',
          name,
          code: withClient(`import { ${name} } from 'zksync-l1-actions'`, [name]),
          floor: floorOf(name),
        })
      } else if (file.replace(/\.ts$/, '') === name) {
        unexported.push({
          group: 'ours',
          name: `${name} (not yet in src/index.ts)`,
          code: withClient(`import { ${name} } from './src/actions/${file.replace(/\.ts$/, '.js')}'`, [name]),
          floor: floorOf(name),
        })
      }
    }
  }
  if (exportedNames.has('zksyncL1Actions')) {
    exported.push({
      group: 'ours',
      name: 'zksyncL1Actions (decorator)',
      code: withClient(`import { zksyncL1Actions } from 'zksync-l1-actions'`, ['zksyncL1Actions']),
      floor: 'decorator',
    })
  } else {
    const decorator = existsSync(join(root, 'src/decorators'))
      ? readdirSync(join(root, 'src/decorators')).find(
          (f) => /\.ts$/.test(f) && /zksyncL1Actions/.test(readFileSync(join(root, 'src/decorators', f), 'utf8')),
        )
      : undefined
    if (decorator) {
      unexported.push({
        group: 'ours',
        name: 'zksyncL1Actions (decorator, not yet in src/index.ts)',
        code: withClient(`import { zksyncL1Actions } from './src/decorators/${decorator.replace(/\.ts$/, '.js')}'`, [
          'zksyncL1Actions',
        ]),
        floor: 'decorator',
      })
    } else notes.push('The decorator `zksyncL1Actions` does not exist yet in src/decorators: not measured.')
  }
  if (!/zksyncL1Actions/.test(indexSource) && unexported.length)
    notes.push(
      'Actions not yet exported from src/index.ts are measured from their source file only (no consumer-install row).',
    )
  return { exported, unexported }
}

export async function measure(
  entry: SizeEntry,
  from: SizeRow['from'],
  dir: string,
  nodePaths: string[] = [],
): Promise<SizeRow> {
  try {
    const result = await build({
      stdin: { contents: entry.code, resolveDir: dir, loader: 'ts', sourcefile: 'entry.ts' },
      absWorkingDir: dir,
      nodePaths,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      // our source entry is aliased to the package name so the same entry code serves both builds
      ...(from === 'source' ? { alias: { 'zksync-l1-actions': './src/index.ts' } } : {}),
    })
    const out = result.outputFiles[0]!.contents
    return {
      ...entry,
      from,
      bytes: out.length,
      gzip: gzipSync(out, { level: 9 }).length,
      brotli: brotliCompressSync(out, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }
  } catch (e) {
    return {
      ...entry,
      from,
      bytes: 0,
      gzip: 0,
      brotli: 0,
      error: (e as Error).message.split('\n').slice(0, 3).join(' '),
    }
  }
}

const run = (cmd: string, args: string[], cwd: string) =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } })

const versionOf = (pkg: string) =>
  JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string

/** Packs this package (after building dist/ with tsup) into `dir`; returns the tarball or undefined. */
export function packOurs(dir: string, notes: string[]): string | undefined {
  const started = Date.now()
  const tsup = run('npx', ['tsup'], root)
  const distJs = join(root, 'dist/index.js')
  if (tsup.status !== 0) {
    if (existsSync(distJs) && statSync(distJs).mtimeMs >= started - 1000)
      notes.push(
        '`npx tsup` failed on the type declarations; the JavaScript in dist/ was built and is what was packed.',
      )
    else {
      notes.push('`npx tsup` failed and dist/ is missing: our actions are measured from source only.')
      return undefined
    }
  }
  const pack = run('npm', ['pack', '--json', '--pack-destination', dir], root)
  if (pack.status === 0) return join(dir, JSON.parse(pack.stdout)[0].filename)
  notes.push(
    `\`npm pack\` failed (${pack.stderr.trim().split('\n').pop()}): our actions are measured from source only.`,
  )
  return undefined
}

/**
 * Installs `deps` into a new temporary project under `parent`, from the npm cache only when it can
 * (`--offline`), then allowing the registry for what the cache lacks, and as a last resort resolving
 * everything but our package from this repository's node_modules. Each side gets its own project:
 * sharing one tree with ethers changes how viem's own dependencies are deduplicated (viem's `deposit`
 * grows from about 100 to 114 kB gzip when zksync-ethers is installed beside it).
 */
export function consumerInstall(
  parent: string,
  name: string,
  deps: Record<string, string>,
  notes: string[],
): { dir: string; nodePaths: string[] } {
  const dir = join(parent, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `size-${name}`, private: true, type: 'module', dependencies: deps }),
  )
  const base = ['install', '--no-audit', '--no-fund', '--no-package-lock']
  if (run('npm', [...base, '--offline'], dir).status === 0) {
    notes.push(`Consumer project \`${name}\` (${Object.keys(deps).join(', ')}) installed offline from the npm cache.`)
    return { dir, nodePaths: [] }
  }
  if (run('npm', [...base, '--prefer-offline'], dir).status === 0) {
    notes.push(
      `Consumer project \`${name}\`: the npm cache lacked some tarballs, so npm fetched those from the registry (\`--prefer-offline\`).`,
    )
    return { dir, nodePaths: [] }
  }
  notes.push(
    `Consumer project \`${name}\`: install failed offline and online. FALLBACK: packages resolve from this repository's node_modules, a tree where other packages change how viem's dependencies resolve.`,
  )
  const tarball = deps['zksync-l1-actions']?.replace(/^file:/, '')
  if (tarball) {
    const target = join(dir, 'node_modules/zksync-l1-actions')
    mkdirSync(target, { recursive: true })
    run('tar', ['xzf', tarball, '-C', target, '--strip-components=1'], dir)
  }
  return { dir, nodePaths: [join(root, 'node_modules')] }
}

export async function runSize(): Promise<SizeReport> {
  const notes: string[] = []
  const rows: SizeRow[] = []
  const { exported, unexported } = await ourEntries(notes)
  for (const entry of [...exported, ...unexported]) rows.push(await measure(entry, 'source', root))
  const parent = mkdtempSync(join(tmpdir(), 'zkl1-size-'))
  try {
    const tarball = packOurs(parent, notes)
    const viemSide = consumerInstall(
      parent,
      'viem',
      { viem: versionOf('viem'), ...(tarball ? { 'zksync-l1-actions': `file:${tarball}` } : {}) },
      notes,
    )
    const ethersSide = consumerInstall(
      parent,
      'zksync-ethers',
      { 'zksync-ethers': versionOf('zksync-ethers'), ethers: versionOf('ethers') },
      notes,
    )
    const references = referenceEntries()
    for (const entry of [...(tarball ? exported : []), ...references.filter((e) => e.group !== 'zksync-ethers')])
      rows.push(await measure(entry, 'consumer', viemSide.dir, viemSide.nodePaths))
    for (const entry of references.filter((e) => e.group === 'zksync-ethers'))
      rows.push(await measure(entry, 'consumer', ethersSide.dir, ethersSide.nodePaths))
  } finally {
    rmSync(parent, { recursive: true, force: true })
  }
  return { rows, floors, notes }
}

const kb = (n: number) => (n / 1000).toFixed(1)

/** Markdown tables of a size report. */
export function sizeMarkdown(report: SizeReport): string {
  const { rows } = report
  const consumerFloor = (name: string | undefined) =>
    rows.find((r) => r.group === 'floor' && r.name === name && r.from === 'consumer')
  const viemRow = (name: string) => rows.find((r) => r.group === 'viem' && r.name === name && r.from === 'consumer')
  const line = (r: SizeRow, ratios: boolean) => {
    if (r.error) return `| ${r.group} | ${r.name} | ${r.from} | error: ${r.error.replace(/\|/g, '\\|')} | | | | |`
    const floor = consumerFloor(r.floor)
    const counterpart =
      r.group === 'ours'
        ? viemRow(
            r.name
              .replace(/ \(.*$/, '')
              .replace(/^prepare/, '')
              .replace(/^./, (c) => c.toLowerCase()),
          )
        : undefined
    const vsFloor =
      ratios && floor ? `${(r.gzip / floor.gzip).toFixed(2)}x (${r.floor})` : r.floor ? `(${r.floor})` : ''
    const vsViem = ratios && counterpart && r.group === 'ours' ? `${(r.gzip / counterpart.gzip).toFixed(2)}x` : ''
    return `| ${r.group} | ${r.name} | ${r.from} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${vsFloor} | ${vsViem} |`
  }
  const header = [
    '| side | entry | built from | minified kB | gzip -9 kB | brotli kB | gzip vs floor | gzip vs viem |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | ---: |',
  ]
  const order: SizeGroup[] = ['ours', 'viem', 'zksync-ethers', 'floor']
  const consumerRows = rows
    .filter((r) => r.from === 'consumer')
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group))
  const sourceRows = rows.filter((r) => r.from === 'source')
  const out = ['### Clean consumer install', '', ...header, ...consumerRows.map((r) => line(r, true)), '']
  if (sourceRows.length)
    out.push(
      "### Our actions bundled from the source entry (this repository's node_modules)",
      '',
      ...header,
      ...sourceRows.map((r) => line(r, true)),
      '',
    )
  out.push('### Floors (viem primitives each kind of action cannot avoid)', '')
  for (const [name, names] of Object.entries(report.floors))
    out.push(`- \`${name}\`: ${names.map((n) => `\`${n.replace('actions:', '')}\``).join(', ')}`)
  out.push('')
  if (report.notes.length) out.push('Notes:', '', ...report.notes.map((n) => `- ${n}`), '')
  return out.join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await runSize()
  console.log(sizeMarkdown(report))
}
