/**
 * The embedded world the demo runs on, started the way the test harness starts it (without its vitest hooks): an L1
 * anvil loaded with the committed era-contracts v31 state (`contractsVersion.ts`), simulated Era nodes for chains 271
 * (ETH base) and 272 (BTB base), and the ZKsync OS chain 273 executing for real on a second anvil. This is the operator's side: the
 * demo's user code never touches it except to settle batches, which is what an operator does.
 */
// first: the version every harness module below reads
import './contractsVersion.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Anvil, startAnvil } from '../../test/harness/anvil.js'
import type { Deployment } from '../../test/harness/deploy.js'
import { type L2Node, startL2Node } from '../../test/harness/l2/node.js'
import { profileById } from '../../test/harness/l2/wire/profiles.js'
import { installZksyncOsChain, startZksyncOsNode, type ZksyncOsNode } from '../../test/harness/l2/zksyncOsNode.js'
import { fixturesDir } from '../../test/harness/versions.js'

const fixtures = fixturesDir()

/** The committed deployment: the Bridgehub, the three chains, the test tokens. */
export const deployment: Deployment = JSON.parse(readFileSync(join(fixtures, 'deployment.json'), 'utf8'))

/** Arguments of the anvil under the ZKsync OS chain, as the harness passes them (`ZKSYNC_OS_ANVIL_ARGS`). */
const ZKSYNC_OS_ANVIL_ARGS = ['--accounts', '0', '--base-fee', '0', '--gas-limit', '300000000'] as const

export type World = {
  deployment: Deployment
  l1RpcUrl: string
  /** the L2 nodes by chain: A 271 (Era, ETH base), B 272 (Era, BTB base), C 273 (ZKsync OS, ETH base) */
  nodes: { eth: L2Node; custom: L2Node; 'zksync-os': ZksyncOsNode }
  stop(): Promise<void>
}

export type ChainKey = keyof World['nodes']

export const chainIds: Record<ChainKey, number> = {
  eth: deployment.chainA.chainId,
  custom: deployment.chainB.chainId,
  'zksync-os': deployment.chainC.chainId,
}

export async function startWorld(): Promise<World> {
  const anvils: Anvil[] = []
  const closers: (() => Promise<void>)[] = []
  const stop = async () => {
    await Promise.allSettled(closers.splice(0).map((close) => close()))
    await Promise.allSettled(anvils.splice(0).map((a) => a.stop()))
  }
  const track = (a: Anvil) => {
    anvils.push(a)
    return a
  }
  try {
    const [l1, l2Anvil] = await Promise.all([
      startAnvil({ loadState: join(fixtures, 'state.json') }).then(track),
      startAnvil({ chainId: deployment.chainC.chainId, args: ZKSYNC_OS_ANVIL_ARGS }).then(track),
    ])
    const zksyncOsL2 = await installZksyncOsChain(l2Anvil.rpcUrl, deployment, deployment.chainC)
    const [eth, custom, os] = await Promise.all([
      startL2Node({ l1RpcUrl: l1.rpcUrl, deployment, chain: deployment.chainA, flavour: 'era' }),
      startL2Node({ l1RpcUrl: l1.rpcUrl, deployment, chain: deployment.chainB, flavour: 'era' }),
      startZksyncOsNode({
        l1RpcUrl: l1.rpcUrl,
        l2AnvilUrl: l2Anvil.rpcUrl,
        l2: zksyncOsL2,
        deployment,
        chain: deployment.chainC,
        profile: profileById('zksync-os-server@v0.8.0'),
      }),
    ])
    closers.push(eth.close, custom.close, os.close)
    return { deployment, l1RpcUrl: l1.rpcUrl, nodes: { eth, custom, 'zksync-os': os }, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
