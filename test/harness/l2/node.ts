/**
 * A simulated ZKsync L2 node: an in-process JSON-RPC server on loopback that answers what the library
 * (and viem's public actions) ask of an L2, relays priority requests from the real L1 contracts,
 * accepts L2 withdrawals, and settles batches on L1 through the real Executor so that the L1 contracts
 * verify every proof it hands out.
 *
 * The Era flavour only (EraVM does not run here): priority txs of type 0xff, receipts with
 * `l1BatchNumber`/`l1BatchTxIndex`/`l2ToL1Logs`, `zks_estimateGasL1ToL2`, `zks_getL2ToL1LogProof` answering `null`
 * until the batch is committed. Every answer is cut to the shapes recorded from the Era server's source
 * (`./wire/profiles.ts`); ZKsync OS runs for real on anvil behind `./zksyncOsNode.ts`.
 *
 * Split by concern: `era/state.ts` (balances, tokens, transactions, blocks), `era/relay.ts` (priority requests from
 * L1), `era/execution.ts` (the node's own transactions), `era/rpc.ts` (the JSON-RPC answers); settlement is the batch
 * keeper's (`batches.ts`).
 *
 * Gas model (simulated, not EraVM's): a priority tx needs `priorityGasNeeded()` (never below the L1
 * Mailbox's minimum for its calldata); below that it fails on L2. Era's estimator returns exactly that.
 */
import {
  type Address,
  createPublicClient,
  createWalletClient,
  getAddress,
  type Hex,
  http,
  type PublicClient,
  type WalletClient,
} from 'viem'
import { foundry } from 'viem/chains'
import { type ChainSetup, type Deployment, ntvAssetId } from '../deploy.js'
import { createBatches } from './batches.js'
import { createEraExecution } from './era/execution.js'
import { createEraRelay, type FailPredicate } from './era/relay.js'
import { createEraRpc } from './era/rpc.js'
import { createEraState } from './era/state.js'
import { serveJsonRpc } from './rpcServer.js'
import { profiles } from './wire/profiles.js'
import type { WireProfile } from './wire/types.js'

export {
  applyAlias,
  BOOTLOADER,
  L1_MESSENGER,
  L2_ASSET_ROUTER,
  L2_BASE_TOKEN,
  L2_NATIVE_TOKEN_VAULT,
} from './era/state.js'

export type L2Flavour = 'era' | 'zksync-os'

export type L2NodeOptions = {
  l1RpcUrl: string
  deployment: Deployment
  chain: ChainSetup
  flavour?: L2Flavour
  /** relay L1 priority requests before answering every request (default true) */
  autoRelay?: boolean
  /** the recorded Era server whose shapes the answers take (default: the newest Era profile) */
  profile?: WireProfile
}

/** Starts a simulated L2 node. */
export async function startL2Node(options: L2NodeOptions) {
  const { deployment, chain } = options
  const flavour: L2Flavour = options.flavour ?? 'era'
  if (flavour !== 'era') throw new Error('the simulated node is Era only; ZKsync OS runs on anvil (zksyncOsNode.ts)')
  const profile = options.profile ?? profiles.find((p) => p.flavour === 'era')!
  let autoRelay = options.autoRelay ?? true
  const l1Transport = http(options.l1RpcUrl)
  const l1: PublicClient = createPublicClient({ chain: foundry, transport: l1Transport })
  const l1Wallet: WalletClient = createWalletClient({ chain: foundry, transport: l1Transport })

  const state = createEraState(deployment, chain)
  const { chainId, tokens, txs, openTxs, key, balanceOf, balances, bridgedTokenAddress, tokenByL2Address } = state
  const { customTokenAddress, customTokenByL2Address } = state
  const batches = createBatches({ l1, l1Wallet, deployment, chain })
  const failPredicates: FailPredicate[] = []
  const requests: string[] = []
  let queue: Promise<unknown> = Promise.resolve()
  /** every state change of the node in order: relays, sends, batch steps */
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn)
    queue = p.catch(() => {})
    return p
  }
  const priority = createEraRelay({
    state,
    l1,
    deployment,
    chain,
    profile,
    l1Cursor: await l1.getBlockNumber({ cacheTime: 0 }),
    failPredicates,
  })
  const relay = priority.relay
  const { sendRawTransaction } = createEraExecution({ state, deployment, chain })

  /** Seals the open transactions into a batch (an empty one too, but not two empty ones in a row). */
  function sealBatch(): number | undefined {
    if (openTxs.length === 0 && batches.last()?.txHashes.length === 0) return undefined
    const records = openTxs.splice(0).map((h) => txs.get(h)!)
    const number = batches.seal(records)
    for (const rec of records) rec.batch = number
    return number
  }

  const handle = createEraRpc({
    state,
    relay: priority,
    batches,
    deployment,
    chain,
    profile,
    sendRawTransaction,
    serial,
    autoRelay: () => autoRelay,
    requests,
  })
  const server = await serveJsonRpc(handle)

  return {
    rpcUrl: server.rpcUrl,
    chainId: chain.chainId,
    flavour,
    chain,
    /** JSON-RPC methods received, in order */
    requests,
    /** Relays new L1 priority requests; returns their L2 hashes. */
    relay: () => serial(relay),
    setAutoRelay(on: boolean) {
      autoRelay = on
    },
    /** Makes every later priority tx matching `predicate` fail on L2 (all of them when omitted). */
    failPriorityTxs(predicate: FailPredicate = () => true) {
      failPredicates.push(predicate)
    },
    sealBatch: () => serial(async () => sealBatch()),
    commitBatches: () => serial(batches.commit),
    executeBatches: () => serial(batches.execute),
    /** Seals the open batch and settles it on L1 (commit, prove, execute). Returns its number. */
    settle: () =>
      serial(async () => {
        await relay()
        const n = sealBatch()
        await batches.execute()
        return n
      }),
    batchOf: (hash: Hex) => txs.get(hash)?.batch,
    balanceOf,
    setBalance: (a: Address, v: bigint) => balances.set(key(a), v),
    /**
     * Creates a token native to this L2 (its asset id has this chain as origin) and mints `amount` to `to`: what a
     * withdrawal to L1 then turns into an L1 token that did not originate on L1.
     */
    mintL2NativeToken(
      token: Address,
      to: Address,
      amount: bigint,
      meta = { name: 'L2 Native', symbol: 'L2N', decimals: 18 },
    ) {
      const assetId = ntvAssetId(chainId, token)
      const t = tokens.get(assetId) ?? {
        assetId,
        l2Address: getAddress(token),
        originToken: getAddress(token),
        originChainId: chainId,
        ...meta,
        balances: new Map<string, bigint>(),
      }
      tokens.set(assetId, t)
      t.balances.set(key(to), (t.balances.get(key(to)) ?? 0n) + amount)
      return assetId
    },
    tokenBalanceOf: (l2Token: Address, a: Address) =>
      (tokenByL2Address(l2Token) ?? customTokenByL2Address(l2Token))?.balances.get(key(a)) ?? 0n,
    l2TokenAddress: (l1Token: Address) => bridgedTokenAddress(ntvAssetId(deployment.l1ChainId, l1Token)),
    /** The L2 token the custom bridge mints for `l1Token`. */
    customBridgeTokenAddress: customTokenAddress,
    receipt: (hash: Hex) => txs.get(hash),
    close: server.close,
  }
}

export type L2Node = Awaited<ReturnType<typeof startL2Node>>
