/**
 * The batches of a simulated L2, as both node simulations keep them: sealed from the transactions since the last
 * batch (each with its L2 -> L1 logs, in order), their log tree built as the L1Messenger builds it, then committed,
 * proven and executed on the real L1 through the ValidatorTimelock (`settle.ts`).
 */
import { type Address, decodeEventLog, type Hex, type PublicClient, type WalletClient } from 'viem'
import { readArtifact } from '../artifacts.js'
import { accounts } from '../constants.js'
import type { ChainSetup, Deployment } from '../deploy.js'
import { batchRoot, buildTree, hashLog, type L2ToL1Log, merklePath } from './merkle.js'
import { commitBatch, genesisStoredBatch, proveAndExecuteBatch, type StoredBatchInfo } from './settle.js'
import { type BlockRange, commitBatchZksyncOs, proveAndExecuteBatchZksyncOs } from './settleZksyncOs.js'

const mailboxAbi = readArtifact('MailboxFacet').abi

export type Batch = {
  number: number
  txHashes: Hex[]
  /** tx hash -> leaf indices of that tx's logs, in emission order */
  leafIndices: Map<Hex, number[]>
  levels: Hex[][]
  root: Hex
  committed: boolean
  executed: boolean
  stored?: StoredBatchInfo
  commitTxHash?: Hex
  executeTxHash?: Hex
  /** the L2 blocks of its transactions, where the node knows them (a ZKsync OS commit reports them) */
  blocks?: BlockRange
}

/** How a chain's batches reach L1: the commit and proof of its VM's format at the version (`ChainSetup.vm`). */
type Settlement = {
  commit(prev: StoredBatchInfo, batch: Batch): Promise<{ stored: StoredBatchInfo; hash: Hex }>
  proveAndExecute(prev: StoredBatchInfo, stored: StoredBatchInfo): Promise<Hex>
}

function settlementOf(options: {
  l1: PublicClient
  l1Wallet: WalletClient
  deployment: Deployment
  chain: ChainSetup
}) {
  const { deployment, chain } = options
  const ctx = {
    publicClient: options.l1,
    walletClient: options.l1Wallet,
    validator: accounts.validator as Address,
    validatorTimelock: deployment.validatorTimelock,
    diamond: chain.diamond,
    l2DAValidator: deployment.l2DAValidator,
    l2DACommitmentScheme: deployment.l2DACommitmentScheme,
  }
  if (chain.vm === 'zksync-os') {
    // a ZKsync OS diamond (zkos-v0.30.2): commit encoding 3, the mock proof (`settleZksyncOs.ts`)
    if (deployment.l2DACommitmentScheme === undefined) throw new Error('a ZKsync OS chain needs l2DACommitmentScheme')
    const os = { ...ctx, chainId: chain.chainId, l2DACommitmentScheme: deployment.l2DACommitmentScheme }
    return {
      commit: (prev, batch) => commitBatchZksyncOs(os, prev, batch.root, batch.blocks ?? { first: 0n, last: 0n }),
      proveAndExecute: (prev, stored) => proveAndExecuteBatchZksyncOs(os, prev, stored),
    } satisfies Settlement
  }
  // an Era diamond: the v29 commit with system logs, the empty proof (`settle.ts`)
  return {
    commit: (prev, batch) => commitBatch(ctx, prev, batch.root),
    proveAndExecute: (prev, stored) => proveAndExecuteBatch(ctx, prev, stored),
  } satisfies Settlement
}

export function createBatches(options: {
  l1: PublicClient
  l1Wallet: WalletClient
  deployment: Deployment
  chain: ChainSetup
}) {
  const { deployment } = options
  // v31 deploys both VMs, each chain type manager with its genesis batch (`ChainSetup.genesis`)
  const genesis = options.chain.genesis ?? deployment.genesis
  const batches: Batch[] = []
  let lastStored: StoredBatchInfo = genesisStoredBatch(genesis)
  const settlement = settlementOf(options)

  /** Commits every sealed batch not yet committed. */
  async function commit() {
    for (const b of batches) {
      if (b.committed) continue
      const { stored, hash } = await settlement.commit(lastStored, b)
      b.stored = stored
      b.commitTxHash = hash
      b.committed = true
      lastStored = stored
    }
  }

  return {
    /** Batch `n` (1-based), if sealed. */
    get: (n: number | undefined): Batch | undefined => (n === undefined ? undefined : batches[n - 1]),
    /** The last sealed batch. */
    last: (): Batch | undefined => batches[batches.length - 1],
    /** Seals the transactions given, in order, into the next batch; returns its number. */
    seal(txs: readonly { hash: Hex; l2ToL1Logs: readonly L2ToL1Log[]; blockNumber?: bigint }[]): number {
      const number = batches.length + 1
      const leaves: L2ToL1Log[] = []
      const leafIndices = new Map<Hex, number[]>()
      for (const tx of txs)
        leafIndices.set(
          tx.hash,
          tx.l2ToL1Logs.map((l) => leaves.push(l) - 1),
        )
      const { root: localRoot, levels } = buildTree(leaves.map(hashLog))
      batches.push({
        number,
        txHashes: txs.map((tx) => tx.hash),
        leafIndices,
        levels,
        root: batchRoot(localRoot),
        committed: false,
        executed: false,
        ...blockRange(txs),
      })
      return number
    },
    commit,
    /** Commits, proves and executes every sealed batch. */
    async execute() {
      await commit()
      let prev: StoredBatchInfo | undefined
      for (const b of batches) {
        if (!b.executed) {
          b.executeTxHash = await settlement.proveAndExecute(prev ?? genesisStoredBatch(genesis), b.stored!)
          b.executed = true
        }
        prev = b.stored
      }
    },
    /** The sibling path of a tx's `index`-th log in its batch, plus the aggregated root (0): what a node hands out. */
    logPath(batch: Batch, hash: Hex, index: number): { leaf: number; path: Hex[] } | undefined {
      const leaf = batch.leafIndices.get(hash)?.[index]
      return leaf === undefined
        ? undefined
        : { leaf, path: [...merklePath(batch.levels, leaf), `0x${'00'.repeat(32)}`] }
    },
  }
}

export type Batches = ReturnType<typeof createBatches>

function blockRange(txs: readonly { blockNumber?: bigint }[]): { blocks?: BlockRange } {
  const numbers = txs.flatMap((tx) => (tx.blockNumber === undefined ? [] : [tx.blockNumber]))
  if (numbers.length === 0) return {}
  // biome-ignore lint/complexity/useMathMinMax: bigints
  const first = numbers.reduce((a, b) => (a < b ? a : b))
  // biome-ignore lint/complexity/useMathMinMax: bigints
  const last = numbers.reduce((a, b) => (a > b ? a : b))
  return { blocks: { first, last } }
}

/** The L2 canonical transaction of a `NewPriorityRequest`, as the Mailbox emits it. */
export type PriorityTransaction = {
  from: bigint
  to: bigint
  gasLimit: bigint
  maxFeePerGas: bigint
  nonce: bigint
  value: bigint
  reserved: readonly bigint[]
  data: Hex
}

/**
 * Reads the priority requests a chain's diamond emitted on L1 after `cursor`, in order. Returns them with the block
 * read up to, the cursor of the next read.
 */
export async function readPriorityRequests(
  l1: PublicClient,
  diamond: Address,
  cursor: bigint,
): Promise<{ cursor: bigint; requests: { txHash: Hex; transaction: PriorityTransaction }[] }> {
  const latest = await l1.getBlockNumber({ cacheTime: 0 })
  if (latest <= cursor) return { cursor, requests: [] }
  const logs = await l1.getLogs({ address: diamond, fromBlock: cursor + 1n, toBlock: latest })
  const requests: { txHash: Hex; transaction: PriorityTransaction }[] = []
  for (const log of logs) {
    try {
      const ev = decodeEventLog({ abi: mailboxAbi, data: log.data, topics: log.topics })
      if (ev.eventName === 'NewPriorityRequest') requests.push(ev.args as never)
    } catch {}
  }
  return { cursor: latest, requests }
}
