/**
 * Deploys the harness ecosystem on a fresh anvil and writes the fixtures the tests load:
 * `test/harness/fixtures/state.json` (anvil `--load-state` format, slimmed to the head block) and
 * `test/harness/fixtures/deployment.json` (the addresses). Run after `npm run build:contracts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { startAnvil } from '../test/harness/anvil.js'
import { deployEcosystem } from '../test/harness/deploy.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'test/harness/fixtures')

const anvil = await startAnvil({})
try {
  const started = performance.now()
  const deployment = await deployEcosystem(anvil.rpcUrl)
  console.log(`deployed in ${Math.round(performance.now() - started)} ms`)
  const res = await fetch(anvil.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'anvil_dumpState', params: [] }),
  })
  const { result } = (await res.json()) as { result: string }
  const state = JSON.parse(gunzipSync(Buffer.from(result.slice(2), 'hex')).toString('utf8'))
  // keep only the head block, without its transactions, so the fixture stays small
  const head = state.blocks.find(
    (b: { header: { number: string } }) => Number(b.header.number) === Number(state.best_block_number),
  )
  if (!head) throw new Error('head block not found in the dump')
  head.transactions = []
  state.blocks = [head]
  state.transactions = []
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'state.json'), `${JSON.stringify(state)}\n`)
  writeFileSync(join(out, 'deployment.json'), `${JSON.stringify(deployment, null, 2)}\n`)
  console.log('wrote fixtures')
} finally {
  await anvil.stop()
}
