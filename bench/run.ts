/**
 * `npm run bench`: bundle sizes (bench/size), the example dapp's production bundle (bench/example.ts), RPC requests
 * on the harness (bench/rpc) and the pure encoders (bench/encoders.bench.ts, vitest bench), written to
 * bench/RESULTS.md with the date, the versions and the machine. Nothing here is asserted: the numbers are for reading.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exampleMarkdown } from './example.js'
import { dependencyBounds } from './rpc/bounds.js'
import { batchedMarkdown, boundsMarkdown, net, REPETITIONS, type RpcReport, rpcMarkdown, runRpc } from './rpc/index.js'
import { ethersCacheTimeout } from './rpc/workflows.js'
import { runSize, type SizeReport, sizeMarkdown } from './size/index.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const versionOf = (pkg: string) =>
  JSON.parse(readFileSync(join(root, pkg === '.' ? 'package.json' : `node_modules/${pkg}/package.json`), 'utf8'))
    .version as string

type BenchResult = { name: string; hz?: number; mean?: number; p99?: number; samples?: unknown[] }
type BenchJson = { files: { groups: { fullName: string; benchmarks: BenchResult[] }[] }[] }

function runEncoders(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zkl1-bench-'))
  const out = join(dir, 'encoders.json')
  try {
    const run = spawnSync('npx', ['vitest', 'bench', '--run', 'bench/encoders.bench.ts', '--outputJson', out], {
      cwd: root,
      encoding: 'utf8',
    })
    if (run.status !== 0) return `vitest bench failed:\n\n\`\`\`\n${(run.stderr || run.stdout).slice(-2000)}\n\`\`\`\n`
    const json = JSON.parse(readFileSync(out, 'utf8')) as BenchJson
    const lines = ['| group | encoder | calls/s | mean µs | p99 µs |', '| --- | --- | ---: | ---: | ---: |']
    for (const file of json.files)
      for (const group of file.groups)
        for (const b of group.benchmarks)
          lines.push(
            `| ${group.fullName.split(' > ').pop()} | ${b.name} | ${b.hz ? Math.round(b.hz).toLocaleString('en-US') : 'failed'} | ${
              b.mean !== undefined ? (b.mean * 1000).toFixed(1) : ''
            } | ${b.p99 !== undefined ? (b.p99 * 1000).toFixed(1) : ''} |`,
          )
    return lines.join('\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function headline(size: SizeReport, rpc: RpcReport): string[] {
  const out: string[] = []
  const row = (group: string, name: string) =>
    size.rows.find((r) => r.group === group && r.name === name && r.from === 'consumer' && !r.error)
  for (const [ours, viem] of [
    ['deposit', 'deposit'],
    ['requestExecute', 'requestExecute'],
    ['finalizeWithdrawal', 'finalizeWithdrawal'],
    ['claimFailedDeposit', 'claimFailedDeposit'],
    ['isWithdrawalFinalized', 'isWithdrawalFinalized'],
  ] as const) {
    const o = row('ours', ours)
    const v = row('viem', viem)
    const f = o?.floor ? row('floor', o.floor) : undefined
    if (o && v && f)
      out.push(
        `- \`${ours}\`: ${(o.gzip / 1000).toFixed(1)} kB gzip, ${(o.gzip / v.gzip).toFixed(2)}x viem's, ${(o.gzip / f.gzip).toFixed(2)}x its floor`,
      )
  }
  const deco = row('ours', 'zksyncL1Actions (decorator)')
  const zk = row('zksync-ethers', 'Wallet + Provider')
  const vd = row('viem', 'publicActionsL1 + walletActionsL1')
  if (deco && zk && vd)
    out.push(
      `- decorator: ${(deco.gzip / 1000).toFixed(1)} kB gzip, ${(deco.gzip / vd.gzip).toFixed(2)}x viem's two decorators, ${(deco.gzip / zk.gzip).toFixed(2)}x zksync-ethers`,
    )
  for (const w of [...new Set(rpc.results.map((r) => r.workflow))]) {
    const get = (l: string) => rpc.results.find((r) => r.workflow === w && r.library === l)?.stats
    const [o, v, z] = [get('ours'), get('viem'), get('zksync-ethers')]
    if (o && v && z)
      out.push(
        `- ${w}: ${net(o)} requests besides polls (${(net(o) / net(v)).toFixed(2)}x viem's ${net(v)}, ${(net(o) / net(z)).toFixed(2)}x zksync-ethers's ${net(z)}); ${o.waves} round trips on the critical path (viem ${v.waves}, zksync-ethers ${z.waves})`,
      )
  }
  return out
}

/** Request ratios to viem of the deposits when issue 16 was filed (bench/RESULTS.md at c676160): not to be worse. */
const DEPOSIT_RATIOS_BEFORE: Record<string, number> = {
  'ETH deposit': 0.62,
  'ERC-20 deposit (with approval)': 0.64,
  'base-token deposit (custom-base chain)': 0.76,
  'ETH deposit (custom-base chain)': 0.74,
  'ERC-20 deposit (custom-base chain)': 0.73,
}

/** The goals of issue 16 ("Round trips at the limit"), each with its target and the value this run measured. */
function goals(size: SizeReport, rpc: RpcReport): string[] {
  const out = ['| goal | target | measured | met |', '| --- | --- | --- | --- |']
  const get = (w: string, l: string) => rpc.results.find((r) => r.workflow === w && r.library === l)?.stats
  const row = (goal: string, target: string, measured: string | undefined, met: boolean | undefined) =>
    out.push(`| ${goal} | ${target} | ${measured ?? 'n/a'} | ${met === undefined ? '' : met ? 'yes' : 'no'} |`)
  for (const [w, limit] of [
    ['requestExecute', 6],
    ['finalizeWithdrawal', 6],
    ['claimFailedDeposit', 7],
    ['isWithdrawalFinalized', 3],
  ] as const) {
    const o = get(w, 'ours')
    const v = get(w, 'viem')
    row(
      `${w}: requests besides polls`,
      `≤ ${limit}`,
      o && v ? `${net(o)} (viem ${net(v)}, ${(net(o) / net(v)).toFixed(2)}x)` : undefined,
      o ? net(o) <= limit : undefined,
    )
  }
  for (const [w, before] of Object.entries(DEPOSIT_RATIOS_BEFORE)) {
    const o = get(w, 'ours')
    const v = get(w, 'viem')
    const ratio = o && v ? net(o) / net(v) : undefined
    row(
      `${w}: requests / viem's`,
      `≤ ${before.toFixed(2)}x (before)`,
      o && v ? `${(ratio ?? 0).toFixed(2)}x (${net(o)} vs ${net(v)})` : undefined,
      ratio === undefined ? undefined : Math.round(ratio * 100) / 100 <= before,
    )
  }
  for (const w of Object.keys(dependencyBounds) as (keyof typeof dependencyBounds)[]) {
    const o = get(w, 'ours')
    const { bound } = dependencyBounds[w]
    row(
      `${w}: critical-path waves`,
      `≤ ${bound + 1} (bound ${bound} + 1)`,
      o ? `${o.waves}` : undefined,
      o ? o.waves <= bound + 1 : undefined,
    )
  }
  const size_ = (group: string, name: string) =>
    size.rows.find((r) => r.group === group && r.name === name && r.from === 'consumer' && !r.error)?.gzip
  const kB = (n: number | undefined) => (n === undefined ? undefined : `${(n / 1000).toFixed(1)} kB`)
  const deposit = size_('ours', 'deposit')
  row('`deposit` gzip -9 (consumer)', '≤ 45 kB', kB(deposit), deposit === undefined ? undefined : deposit <= 45_000)
  const base = size_('ours', 'getBaseCost')
  const floor = size_('floor', 'read')
  row(
    '`getBaseCost` gzip -9 / the read-only floor',
    '≤ 1.05x',
    base && floor ? `${(base / floor).toFixed(2)}x (${kB(base)} / ${kB(floor)})` : undefined,
    base && floor ? base / floor <= 1.05 : undefined,
  )
  const deco = size_('ours', 'zksyncL1Actions (decorator)')
  row('`zksyncL1Actions` gzip -9 (consumer)', '≤ 55 kB', kB(deco), deco === undefined ? undefined : deco <= 55_000)
  return out
}

async function main() {
  const started = Date.now()
  console.log('bench: bundle sizes…')
  const size = await runSize()
  console.log('bench: the example dapp (vite build)…')
  const example = await exampleMarkdown()
  console.log('bench: RPC requests on the harness…')
  const rpc = await runRpc()
  console.log('bench: encoders (vitest bench)…')
  const encoders = runEncoders()
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim()
  const dirty = spawnSync('git', ['status', '--porcelain', 'src'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== ''
  const md = [
    '# Benchmarks',
    '',
    'Regenerated by `npm run bench`; nothing here is asserted by the tests.',
    '',
    `- date: ${new Date().toISOString()}`,
    `- zksync-l1-actions ${versionOf('.')} at ${git}${dirty ? ' (with uncommitted changes in src/)' : ''}`,
    `- viem ${versionOf('viem')}, zksync-ethers ${versionOf('zksync-ethers')}, ethers ${versionOf('ethers')}, esbuild ${versionOf('esbuild')}, vitest ${versionOf('vitest')}`,
    `- machine: node ${process.version}, ${cpus().length} CPUs (nproc ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || '?'}), ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    `- run time: ${Math.round((Date.now() - started) / 1000)} s`,
    '',
    '## Headline',
    '',
    ...headline(size, rpc),
    '',
    '## Goals of issue 16 ("Round trips at the limit")',
    '',
    'Each goal with its target and what this run measured. The request counts are the RPC table\'s "requests besides polls" (every request that happens on every run, the receipt wait included); the waves its critical path; the sizes the clean consumer install\'s.',
    '',
    ...goals(size, rpc),
    '',
    '## Bundle size',
    '',
    'Each entry bundled alone with esbuild (minified, ESM, platform browser, bundle) beside viem `createClient` + `http`; gzip level 9, brotli quality 11; kB = 1000 bytes. "vs floor" divides by the floor of the same kind of action (listed below). Rows marked *consumer* come from a packed tarball installed into a temporary project; viem and zksync-ethers each have their own project, because installing ethers beside viem changes how viem\'s own dependencies deduplicate.',
    '',
    sizeMarkdown(size),
    '## Example dapp production bundle (vite build)',
    '',
    example,
    '## RPC requests',
    '',
    `Each workflow from a fresh \`evm_snapshot\` with fresh L2 nodes, ${REPETITIONS} times per library; each cell gives the requests besides polls (a receipt answered \`null\` because the transaction was not mined yet, and while a receipt is missing, \`eth_blockNumber\` and \`eth_getTransactionByHash\` of it: how many there are depends on when anvil has mined, not on the library, so this count is the same from run to run and the ratios use it), then \`(+n)\` the polls of the run shown (the one with the fewest), then in brackets the range of all-in totals over the runs when they differed. Requests are counted on L1 (anvil) and on the L2 node; setup steps are not counted. Every workflow includes one L1 receipt wait (zksync-ethers: \`waitL1Commit()\` for deposits). *sequential*: requests that started after an earlier one had ended; *waves*: round trips on the critical path (the longest chain of requests each waiting for the one before), which is what a user waits for; both leave the polls out.`,
    '',
    '- viem and our library: clients over the counting transport (`test/harness/counting.ts`) without batching, as `http()` is by default; zksync-ethers: its `Provider`/`Wallet` (and an ethers `JsonRpcProvider` for L1) through a recording proxy, counting each request of a batch.',
    "- Our L2 client carries the harness chain definition: `custom.zksync` with the L1 chain id and the Bridgehub only (the other L1 addresses are read). viem's L2 client carries viem's ZKsync chain config (formatters).",
    `- ethers answers a request identical to one made within its cache timeout (250 ms by default) from its cache; on the automining harness that handed zksync-ethers's ERC-20 deposit the nonce read before its approval ("nonce has already been used"), so its L1 provider runs with \`cacheTimeout: ${ethersCacheTimeout}\`.`,
    '',
    rpcMarkdown(rpc),
    '### Dependency bounds',
    '',
    "The longest chain of requests each needing an answer of the one before, given what the protocol requires in the bench's setting (an L2 chain definition naming only the Bridgehub, a local account, one receipt wait), beside each library's measured critical path (waves). The goal is ours ≤ bound + 1.",
    '',
    boundsMarkdown(rpc),
    '',
    '### With JSON-RPC batching (`http(url, { batch: true })`)',
    '',
    "The same workflows for our library and viem with viem's JSON-RPC batching on (requests made in the same tick go out in one HTTP request), each client over a recording proxy; the fewest HTTP requests of 3 runs. *HTTP requests* leave out those that carried only polls (counted beside); *waves*: HTTP round trips on the critical path.",
    '',
    batchedMarkdown(rpc),
    '',
    '## Pure encoders',
    '',
    'vitest bench (tinybench) of the pure functions behind the actions, for scale against a 50-300 ms round trip.',
    '',
    encoders,
    '',
  ].join('\n')
  writeFileSync(join(root, 'bench/RESULTS.md'), md)
  console.log(md)
}

await main()
