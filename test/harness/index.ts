/**
 * The real-contract test harness: anvil (from npm) loaded with the deployed state of the era-contracts version under
 * test (`versions.ts`); simulated Era L2 nodes for chains A and B; for each ZKsync OS chain (C, D) a ZKsync OS L2 that
 * executes for real on an anvil of its own holding the real L2 contracts of era-contracts `zkos-v0.30.2`, behind a
 * facade answering as a recorded `zksync-os-server` version does. Only the chain kinds the version deploys are started.
 * `useHarness()` registers vitest hooks: the anvils per test file, an `evm_snapshot`/`evm_revert` of each and fresh L2
 * nodes around every test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createTestClient,
  createWalletClient,
  defineChain,
  getAddress,
  type Hex,
  http,
  type PublicClient,
  type TestClient,
  type Transport,
  type WalletClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { type Anvil, startAnvil } from './anvil.js'
import { accounts, privateKeys } from './constants.js'
import { type CountingTransport, countingTransport } from './counting.js'
import type { ChainSetup, Deployment } from './deploy.js'
import { type L2Flavour, type L2Node, startL2Node } from './l2/node.js'
import { profileById } from './l2/wire/profiles.js'
import { installZksyncOsChain, startZksyncOsNode, type ZksyncOsNode } from './l2/zksyncOsNode.js'
import type { ZksyncOsL2 } from './l2os/genesis.js'
import { type ChainKey, contractsVersion, contractsVersions, fixturesDir, hasChain, protocolMinor } from './versions.js'

const fixtures = fixturesDir()

export const deployment: Deployment = JSON.parse(readFileSync(join(fixtures, 'deployment.json'), 'utf8'))

/** The L1 chain of the harness, with Multicall3 where viem expects it. */
export const l1Chain = {
  ...foundry,
  contracts: { multicall3: { address: '0xcA11bde05977b3631167028862bE2a173976CA11' as Address } },
} as const satisfies Chain

/**
 * A viem chain definition of a harness L2, shaped like the ones in `src/chains`: `custom.zksync`
 * carries the L1 chain id and the Bridgehub (pass `full` to carry every L1 address).
 */
export function l2ChainOf(setup: ChainSetup, name: string, options: { full?: boolean; vm?: L2Flavour } = {}) {
  return defineChain({
    id: setup.chainId,
    name,
    nativeCurrency: { name: 'Base', symbol: 'BASE', decimals: 18 },
    rpcUrls: { default: { http: ['http://127.0.0.1'] } },
    custom: {
      zksync: {
        l1ChainId: deployment.l1ChainId,
        ...(options.vm ? { vm: options.vm } : {}),
        contracts: options.full
          ? {
              bridgehub: deployment.bridgehub,
              l1AssetRouter: deployment.l1AssetRouter,
              l1Nullifier: deployment.l1Nullifier,
              l1NativeTokenVault: deployment.l1NativeTokenVault,
              diamond: setup.diamond,
              baseToken: setup.baseToken,
              baseTokenAssetId: setup.baseTokenAssetId,
            }
          : { bridgehub: deployment.bridgehub },
        customBridges: [
          { l1: deployment.customBridge.l1, l2: getAddress(deployment.customBridge.l2), name: 'test custom bridge' },
        ],
      },
    },
  })
}

export type Harness = {
  anvil: Anvil
  deployment: Deployment
  /** counting transports of the L1 and of each L2, recreated per test */
  l1Transport: CountingTransport
  l1: PublicClient<Transport, typeof l1Chain>
  test: TestClient<'anvil', Transport, typeof l1Chain>
  /** wallet clients for funded users, signing locally */
  alice: WalletClient<Transport, typeof l1Chain, Account>
  bob: WalletClient<Transport, typeof l1Chain, Account>
  /**
   * L2 nodes: A (ETH base, Era), B (BTB base, Era), C (ETH base, ZKsync OS on anvil), D (BTB base, ZKsync OS on
   * anvil). Only the chain kinds the version deploys have one (`hasChain`); a test of an absent kind is skipped, never
   * run against `undefined`.
   */
  l2: { a: L2Node; b: L2Node; c: ZksyncOsNode; d: ZksyncOsNode }
  /** the anvil under chain C */
  l2Anvil: Anvil
  l2AnvilTest: TestClient<'anvil', Transport, undefined>
  /** the anvils under the ZKsync OS chains (C, D) the version deploys */
  l2Anvils: Partial<Record<ZksyncOsChainKey, Anvil>>
  l2Transport: { a: CountingTransport; b: CountingTransport; c: CountingTransport; d: CountingTransport }
  l2Client(node: AnyL2Node): PublicClient
  l2Wallet(node: AnyL2Node, who: keyof typeof privateKeys): WalletClient<Transport, Chain, Account>
  /** starts an extra L2 node for a chain, closed after the test */
  startL2(setup: ChainSetup, flavour: L2Flavour): Promise<L2Node>
}

export type AnyL2Node = L2Node | ZksyncOsNode

/** The chain kinds that run on ZKsync OS, each on an anvil of its own. */
type ZksyncOsChainKey = 'c' | 'd'
const ZKSYNC_OS_CHAINS = { c: 'chainC', d: 'chainD' } as const satisfies Record<ZksyncOsChainKey, keyof Deployment>

/** The recorded `zksync-os-server` version chain C answers as, unless a test file asks for another. */
export const DEFAULT_ZKSYNC_OS_PROFILE = 'zksync-os-server@v0.8.0'

/** Arguments of the anvil under a ZKsync OS chain: no funded dev accounts, free gas (the facade charges the fee). */
export const ZKSYNC_OS_ANVIL_ARGS = ['--accounts', '0', '--base-fee', '0', '--gas-limit', '300000000'] as const

/** The setup of a chain kind of this version's deployment (`versions.ts` says which kinds it has). */
export function chainSetup(key: ChainKey): ChainSetup {
  const setup = { a: deployment.chainA, b: deployment.chainB, c: deployment.chainC, d: deployment.chainD }[key]
  if (!setup || !hasChain(key)) throw new Error(`era-contracts ${contractsVersion} does not deploy chain ${key}`)
  return setup
}

/** The first chain this version deploys, for tests of what every chain has (its base cost, its L1 addresses). */
export function anyChain(): ChainSetup {
  return chainSetup(contractsVersions[contractsVersion].chains[0]!)
}

/**
 * The largest `l2GasLimit` the Mailbox accepts for an ETH deposit into an Era chain (empty calldata, overhead 10,000),
 * and the check that binds above it. Up to v30 the pubdata cap binds first (priorityTxMaxPubdata 99,000 x 800 after
 * the overhead: 79,210,799, found by bisection; `PubdataGreaterThanLimit`); from v31 DiamondInit sets the priority gas
 * cap to 72,000,000 (DEFAULT_PRIORITY_TX_MAX_GAS_LIMIT, Config.sol:267 at 4859b6fd), so 72,010,000 (`TooMuchGas`).
 */
export const ethDepositL2GasMaximum =
  protocolMinor >= 31
    ? { value: 72_010_000n, reason: 'TooMuchGas' }
    : { value: 79_210_799n, reason: 'PubdataGreaterThanLimit' }

export type UseHarnessOptions = {
  /**
   * The chain kinds every test of the file uses (`versions.ts`). On a version that lacks one, the file's tests are
   * skipped (with the reason) and nothing is started; a test that alone needs another kind says so with
   * `test.runIf(hasChain('c'))`.
   */
  chains: readonly ChainKey[]
  /** the recorded `zksync-os-server` version the ZKsync OS chains answer as */
  zksyncOsProfile?: string | undefined
}

export function useHarness(options: UseHarnessOptions): Harness {
  const missing = options.chains.filter((key) => !hasChain(key))
  if (missing.length) {
    const reason = `needs chain ${missing.join(', ')}, which era-contracts ${contractsVersion} does not deploy`
    beforeEach((context) => context.skip(reason))
    return { deployment } as Harness
  }
  const h = { deployment } as Harness
  let snapshot: Hex | undefined
  // per ZKsync OS chain the version deploys: its anvil, the L2 contracts installed there, the snapshot of a test
  const zksyncOs = (['c', 'd'] as const)
    .filter((key) => hasChain(key))
    .map((key) => ({
      key,
      setup: deployment[ZKSYNC_OS_CHAINS[key]],
      anvil: undefined as unknown as Anvil,
      test: undefined as unknown as TestClient<'anvil', Transport, undefined>,
      l2: undefined as unknown as ZksyncOsL2,
      snapshot: undefined as Hex | undefined,
    }))
  const extra: L2Node[] = []
  const profile = profileById(options.zksyncOsProfile ?? DEFAULT_ZKSYNC_OS_PROFILE)

  beforeAll(async () => {
    const [l1Anvil, ...l2Anvils] = await Promise.all([
      startAnvil({ loadState: join(fixtures, 'state.json') }),
      ...zksyncOs.map((os) => startAnvil({ chainId: os.setup.chainId, args: ZKSYNC_OS_ANVIL_ARGS })),
    ])
    h.anvil = l1Anvil
    h.test = createTestClient({ mode: 'anvil', chain: l1Chain, transport: http(h.anvil.rpcUrl) })
    h.l2Anvils = {}
    await Promise.all(
      zksyncOs.map(async (os, i) => {
        os.anvil = l2Anvils[i]!
        os.test = createTestClient({ mode: 'anvil', transport: http(os.anvil.rpcUrl) })
        // the base token is the native balance on ZKsync OS whatever it is on L1: the chain's base-token asset id
        // goes into the router and the vault (`installZksyncOsL2`)
        os.l2 = await installZksyncOsChain(os.anvil.rpcUrl, deployment, os.setup)
        h.l2Anvils[os.key] = os.anvil
        if (os.key === 'c') {
          h.l2Anvil = os.anvil
          h.l2AnvilTest = os.test
        }
      }),
    )
  })
  afterAll(async () => {
    await Promise.all([h.anvil?.stop(), ...zksyncOs.map((os) => os.anvil?.stop())])
  })
  beforeEach(async () => {
    ;[snapshot] = await Promise.all([
      h.test.snapshot(),
      ...zksyncOs.map(async (os) => {
        os.snapshot = await os.test.snapshot()
      }),
    ])
    h.l1Transport = countingTransport(http(h.anvil.rpcUrl))
    h.l1 = createPublicClient({ chain: l1Chain, transport: h.l1Transport.transport, pollingInterval: 10 })
    h.alice = createWalletClient({
      chain: l1Chain,
      transport: h.l1Transport.transport,
      account: privateKeyToAccount(privateKeys.alice),
      pollingInterval: 10,
    })
    h.bob = createWalletClient({
      chain: l1Chain,
      transport: h.l1Transport.transport,
      account: privateKeyToAccount(privateKeys.bob),
      pollingInterval: 10,
    })
    const start = (setup: ChainSetup, flavour: L2Flavour) =>
      startL2Node({ l1RpcUrl: h.anvil.rpcUrl, deployment, chain: setup, flavour })
    // a chain kind the version does not deploy has no node (its tests are skipped: `hasChain`)
    const startOs = (key: ZksyncOsChainKey) => {
      const os = zksyncOs.find((o) => o.key === key)
      return os
        ? startZksyncOsNode({
            l1RpcUrl: h.anvil.rpcUrl,
            l2AnvilUrl: os.anvil.rpcUrl,
            l2: os.l2,
            deployment,
            chain: os.setup,
            profile,
          })
        : undefined
    }
    const [a, b, c, d] = await Promise.all([
      hasChain('a') ? start(deployment.chainA, 'era') : undefined,
      hasChain('b') ? start(deployment.chainB, 'era') : undefined,
      startOs('c'),
      startOs('d'),
    ])
    // only the chain kinds the version deploys have a node and a transport (no `undefined` entries to loop over)
    const present = Object.entries({ a, b, c, d }).filter(([, node]) => node !== undefined) as [ChainKey, AnyL2Node][]
    h.l2 = Object.fromEntries(present) as Harness['l2']
    h.l2Transport = Object.fromEntries(
      present.map(([key, node]) => [key, countingTransport(http(node.rpcUrl))]),
    ) as Harness['l2Transport']
    h.l2Client = (node) => {
      const key = (['a', 'b', 'c', 'd'] as const).find((k) => node === h.l2[k])
      const transport = key ? h.l2Transport[key].transport : http(node.rpcUrl)
      return createPublicClient({ chain: l2ChainOf(node.chain, `L2 ${node.chainId}`), transport, pollingInterval: 10 })
    }
    h.l2Wallet = (node, who) =>
      createWalletClient({
        chain: l2ChainOf(node.chain, `L2 ${node.chainId}`),
        transport: http(node.rpcUrl),
        account: privateKeyToAccount(privateKeys[who]),
        pollingInterval: 10,
      })
    h.startL2 = async (setup, flavour) => {
      const node = await start(setup, flavour)
      extra.push(node)
      return node
    }
  })
  afterEach(async () => {
    await Promise.all([...Object.values(h.l2).map((node) => node.close()), ...extra.splice(0).map((n) => n.close())])
    await Promise.all([
      snapshot ? h.test.revert({ id: snapshot }) : undefined,
      ...zksyncOs.map((os) => (os.snapshot ? os.test.revert({ id: os.snapshot }) : undefined)),
    ])
  })
  return h
}

export type { CountingTransport, ZksyncOsNode }
export { accounts, contractsVersion, hasChain, privateKeys, protocolMinor }
