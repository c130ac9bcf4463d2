/**
 * Deploys each version's harness ecosystem (`test/harness/deploy/<version>.ts`) on a fresh anvil and writes the
 * fixtures the tests load into `test/harness/fixtures/<version>/`: `state.json` (anvil `--load-state` format, slimmed
 * to the head block) and `deployment.json` (the addresses). Run after `npm run build:contracts`.
 *
 *   npm run build:state [-- version ...]   (all versions when none is named)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { startAnvil } from '../test/harness/anvil.js'
import type { VersionDeployment } from '../test/harness/deploy.js'
import { CONTRACTS_VERSIONS, type ContractsVersion, fixturesDir, isContractsVersion } from '../test/harness/versions.js'

async function buildState(version: ContractsVersion) {
  const { deployEcosystem } = (await import(`../test/harness/deploy/${version}.ts`)) as {
    deployEcosystem: (rpcUrl: string) => Promise<VersionDeployment>
  }
  const anvil = await startAnvil({})
  try {
    const started = performance.now()
    const deployment = await deployEcosystem(anvil.rpcUrl)
    console.log(`${version}: deployed in ${Math.round(performance.now() - started)} ms`)
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
    const out = fixturesDir(version)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'state.json'), `${JSON.stringify(state)}\n`)
    writeFileSync(join(out, 'deployment.json'), `${JSON.stringify(deployment, null, 2)}\n`)
    console.log(`${version}: wrote ${out}`)
  } finally {
    await anvil.stop()
  }
}

const named = process.argv.slice(2)
for (const v of named) if (!isContractsVersion(v)) throw new Error(`unknown version ${v}`)
for (const version of named.length ? (named as ContractsVersion[]) : CONTRACTS_VERSIONS) await buildState(version)
