/**
 * A ZKsync OS L2 node that executes for real: an anvil holding the real L2 bridge contracts of era-contracts
 * `zkos-v0.30.2` (`../l2os/genesis.ts`), behind a JSON-RPC facade that answers as `zksync-os-server` answers, in the
 * shapes recorded for one server version (`./wire/profiles.ts`).
 *
 * What is real: execution, balances, reverts, gas, `eth_call` and `eth_estimateGas` (anvil's own), the L2 contracts
 * (L2AssetRouter, L2NativeTokenVaultZKOS, the bridged-token beacon and BridgedStandardERC20), the L2 -> L1 messages
 * (the `L1MessageSent` events the contracts' calls emit) and the settlement on L1 (the real Executor verifies every
 * proof handed out). What the facade adds, as the server does:
 * - priority transactions: read from the L1 `NewPriorityRequest` events, executed from their sender with the value
 *   minted first (anvil's balance of the sender raised by the value), the fee charged at the transaction's
 *   `maxFeePerGas` and the rest of `mintValue` refunded to the refund recipient; listed under their canonical L2 hash
 *   with type `0x7f` and the bootloader's status log;
 * - the receipt's `l2ToL1Logs` (one per `L1MessageSent` of the messenger, then the status log of a priority tx), batches
 *   (`sealBatch`), their log trees, and `zks_getL2ToL1LogProof` with the recorded not-ready errors;
 * - `eth_estimateGas` of a request typed as an L1 transaction, as the server's estimator runs it (value minted first,
 *   the floor for L1 transactions);
 * - the methods the server does not serve answer the recorded method-not-found error.
 * Gas on anvil is EVM gas, not ZKsync OS's (no pubdata or native-resource accounting): a stand-in, documented.
 */
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  getAddress,
  type Hex,
  http,
  isAddressEqual,
  numberToHex,
  type PublicClient,
  parseAbi,
  zeroAddress,
  zeroHash,
} from 'viem'
import { foundry } from 'viem/chains'
import { accounts } from '../constants.js'
import type { ChainSetup, Deployment } from '../deploy.js'
import {
  installZksyncOsL2,
  L1_MESSENGER_ADDRESS,
  L2_NATIVE_TOKEN_VAULT_ADDRESS,
  type ZksyncOsL2,
} from '../l2os/genesis.js'
import { createBatches, type PriorityTransaction, readPriorityRequests } from './batches.js'
import { type L2ToL1Log, proofMetadata } from './merkle.js'
import { RpcError, serveJsonRpc } from './rpcServer.js'
import { conform, fillError } from './wire/conform.js'
import type { WireError, WireProfile } from './wire/types.js'

export const BOOTLOADER: Address = '0x0000000000000000000000000000000000008001'
/** topic 0 of `L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)` */
const L1_MESSAGE_SENT_TOPIC = '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'

const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
const _L1_MESSAGE_SENT = parseAbi([
  'event L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)',
])
const vaultAbi = parseAbi([
  'function l2TokenAddress(address _l1Token) view returns (address)',
  'function balanceOf(address) view returns (uint256)',
])

/** The methods `zksync-os-server` serves that the facade passes to anvil unchanged. */
const PASS_THROUGH = new Set([
  'eth_chainId',
  'net_version',
  'web3_clientVersion',
  'eth_blockNumber',
  'eth_gasPrice',
  'eth_maxPriorityFeePerGas',
  'eth_feeHistory',
  'eth_getBalance',
  'eth_getCode',
  'eth_getStorageAt',
  'eth_getTransactionCount',
  'eth_getBlockByNumber',
  'eth_getBlockByHash',
  'eth_call',
  'eth_getLogs',
])

export const applyAlias = (a: Address): Address =>
  getAddress(numberToHex((BigInt(a) + ALIAS_OFFSET) % 2n ** 160n, { size: 20 }))

const rpcError = (e: WireError) => new RpcError(e.code, e.message)

type TxRecord = {
  /** the hash the L2 names it by: the canonical hash of a priority tx, the anvil hash of an L2 tx */
  hash: Hex
  anvilHash: Hex
  priority?: {
    from: Address
    to: Address
    value: bigint
    data: Hex
    gasLimit: bigint
    maxFeePerGas: bigint
    nonce: bigint
    mintValue: bigint
    refundRecipient: Address
  }
  blockNumber: bigint
  blockHash: Hex
  blockTimestamp: bigint
  transactionIndex: number
  status: 'success' | 'reverted'
  gasUsed: bigint
  l2ToL1Logs: L2ToL1Log[]
  batch?: number
}

export type ZksyncOsNodeOptions = {
  l1RpcUrl: string
  /** an anvil with the chain's id, already holding the L2 contracts (`installZksyncOsL2`) */
  l2AnvilUrl: string
  l2: ZksyncOsL2
  deployment: Deployment
  chain: ChainSetup
  profile: WireProfile
  /** relay L1 priority requests before answering every request (default true) */
  autoRelay?: boolean
}

/** The parameters `installZksyncOsL2` needs for a harness chain. */
export function zksyncOsGenesisParameters(deployment: Deployment, chain: ChainSetup) {
  return {
    l1ChainId: BigInt(deployment.l1ChainId),
    l2ChainId: BigInt(chain.chainId),
    eraChainId: BigInt(deployment.eraChainId),
    l1AssetRouter: deployment.l1AssetRouter,
    baseTokenAssetId: chain.baseTokenAssetId,
    l1Governance: accounts.deployer as Address,
  }
}

/** Installs the L2 contracts on a fresh anvil for `chain`. */
export function installZksyncOsChain(anvilUrl: string, deployment: Deployment, chain: ChainSetup) {
  const test = createTestClient({ mode: 'anvil', transport: http(anvilUrl) })
  return installZksyncOsL2(test, zksyncOsGenesisParameters(deployment, chain))
}

/** Starts the facade of a ZKsync OS L2 (see the file's comment). */
export async function startZksyncOsNode(options: ZksyncOsNodeOptions) {
  const { deployment, chain } = options
  let profile = options.profile
  const useProfile = (p: WireProfile) => {
    if (p.flavour !== 'zksync-os') throw new Error(`profile ${p.id} is not a ZKsync OS server`)
    profile = p
  }
  useProfile(profile)
  let autoRelay = options.autoRelay ?? true
  const chainId = BigInt(chain.chainId)
  const l1Transport = http(options.l1RpcUrl)
  const l1: PublicClient = createPublicClient({ chain: foundry, transport: l1Transport })
  const l1Wallet = createWalletClient({ chain: foundry, transport: l1Transport })
  const l2Transport = http(options.l2AnvilUrl)
  const l2: PublicClient = createPublicClient({ transport: l2Transport })
  const l2Test = createTestClient({ mode: 'anvil', transport: l2Transport })
  const l2Wallet = createWalletClient({ transport: l2Transport })

  const txs = new Map<string, TxRecord>()
  const byAnvilHash = new Map<string, TxRecord>()
  const batches = createBatches({ l1, l1Wallet, deployment, chain })
  let openTxs: Hex[] = []
  let l1Cursor = await l1.getBlockNumber({ cacheTime: 0 })
  const failPredicates: ((tx: { to: Address; data: Hex; from: Address }) => boolean)[] = []
  const requests: string[] = []
  let broken: Error | undefined
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn)
    queue = p.catch(() => {})
    return p
  }
  const key = (h: string) => h.toLowerCase()
  const anvil = (method: string, params: unknown[] = []) =>
    l2.request({ method, params } as never, { retryCount: 0 }) as Promise<any>

  /** The `l2ToL1Logs` of an executed anvil transaction: one per messenger `L1MessageSent`, in emission order. */
  function messengerLogs(logs: readonly { address: Address; topics: readonly Hex[] }[], txNumber: number): L2ToL1Log[] {
    const out: L2ToL1Log[] = []
    for (const log of logs) {
      // `L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes)`: the leaf is (0x8008, sender, hash)
      if (!isAddressEqual(log.address, L1_MESSENGER_ADDRESS) || log.topics[0] !== L1_MESSAGE_SENT_TOPIC) continue
      out.push({
        l2ShardId: 0,
        isService: true,
        txNumberInBatch: txNumber,
        sender: L1_MESSENGER_ADDRESS,
        key: log.topics[1]!,
        value: log.topics[2]!,
      })
    }
    return out
  }

  async function record(anvilHash: Hex, hash: Hex, extraLogs: (txNumber: number, ok: boolean) => L2ToL1Log[]) {
    // anvil may answer the send before it has mined the block. Polled by hand: viem's wait would take a priority tx
    // that used the same sender and nonce (the nonce is given back after it) for a replacement and answer its receipt
    let receipt: Awaited<ReturnType<typeof l2.getTransactionReceipt>> | undefined
    for (let tries = 0; !receipt; tries++) {
      receipt = await l2.getTransactionReceipt({ hash: anvilHash }).catch((error) => {
        if (tries > 2_000) throw error
        return undefined
      })
      if (!receipt) await new Promise((r) => setTimeout(r, 5))
    }
    const ok = receipt.status === 'success'
    const txNumber = receipt.transactionIndex
    const block = await l2.getBlock({ blockNumber: receipt.blockNumber })
    const rec: TxRecord = {
      hash,
      anvilHash,
      blockNumber: receipt.blockNumber,
      blockHash: receipt.blockHash,
      blockTimestamp: block.timestamp,
      transactionIndex: txNumber,
      status: receipt.status,
      gasUsed: receipt.gasUsed,
      l2ToL1Logs: [...(ok ? messengerLogs(receipt.logs, txNumber) : []), ...extraLogs(txNumber, ok)],
    }
    txs.set(key(hash), rec)
    byAnvilHash.set(key(anvilHash), rec)
    openTxs.push(hash)
    return rec
  }

  // ---------- priority transactions ----------
  async function relay(): Promise<Hex[]> {
    const read = await readPriorityRequests(l1, chain.diamond, l1Cursor)
    l1Cursor = read.cursor
    for (const { txHash, transaction } of read.requests) {
      try {
        await executePriorityTx(txHash, transaction)
      } catch (error) {
        // a harness fault, not a node answer: every later request fails with it, so that no test waits in vain
        broken = error as Error
        throw error
      }
    }
    return read.requests.map((r) => r.txHash)
  }

  async function executePriorityTx(txHash: Hex, t: PriorityTransaction) {
    const from = getAddress(numberToHex(t.from, { size: 20 }))
    const to = getAddress(numberToHex(t.to, { size: 20 }))
    const mintValue = t.reserved[0]!
    const refundRecipient = getAddress(numberToHex(t.reserved[1]!, { size: 20 }))
    const forcedFail = failPredicates.some((p) => p({ to, data: t.data, from }))
    // the value is minted to the sender before the call; the rest of the mint is settled after it
    const [before, nonce] = await Promise.all([
      l2.getBalance({ address: from }),
      l2.getTransactionCount({ address: from, blockTag: 'pending' }),
    ])
    await l2Test.setBalance({ address: from, value: before + t.value })
    await l2Test.impersonateAccount({ address: from })
    let anvilHash: Hex
    try {
      anvilHash = await l2Wallet.sendTransaction({
        account: from,
        chain: null,
        to,
        data: t.data,
        value: t.value,
        // a forced failure runs out of gas right after the intrinsic cost
        gas: forcedFail ? intrinsicGas(t.data) + 100n : t.gasLimit,
        gasPrice: 0n,
        type: 'legacy',
      })
    } finally {
      await l2Test.stopImpersonatingAccount({ address: from })
    }
    const rec = await record(anvilHash, txHash, (_n, ok) => [
      {
        l2ShardId: 0,
        isService: true,
        txNumberInBatch: _n,
        sender: BOOTLOADER,
        key: txHash,
        value: ok ? numberToHex(1, { size: 32 }) : zeroHash,
      },
    ])
    // a priority transaction does not use the sender's L2 nonce (its nonce is the L1 priority id)
    await l2Test.setNonce({ address: from, nonce })
    rec.priority = {
      from,
      to,
      value: t.value,
      data: t.data,
      gasLimit: t.gasLimit,
      maxFeePerGas: t.maxFeePerGas,
      nonce: t.nonce,
      mintValue,
      refundRecipient,
    }
    const ok = rec.status === 'success'
    const fee = rec.gasUsed * t.maxFeePerGas
    // biome-ignore lint/complexity/useMathMinMax: bigints
    const feeCharged = fee > mintValue ? mintValue : fee
    // a failed call leaves the minted value with the sender: it goes back into the refund
    if (!ok) await l2Test.setBalance({ address: from, value: (await l2.getBalance({ address: from })) - t.value })
    const refund = mintValue - (ok ? t.value : 0n) - feeCharged
    await l2Test.setBalance({
      address: refundRecipient,
      value: (await l2.getBalance({ address: refundRecipient })) + refund,
    })
  }

  // ---------- batches ----------
  function sealBatch(): number | undefined {
    if (openTxs.length === 0) return undefined
    const records = openTxs.map((h) => txs.get(key(h))!)
    const number = batches.seal(records)
    for (const rec of records) rec.batch = number
    openTxs = []
    return number
  }

  // ---------- answers ----------
  const hex = (n: bigint | number) => numberToHex(n)

  /** Every name under which a recorded server version writes an `l2ToL1Logs` entry's fields. */
  function l2ToL1LogFields(l: L2ToL1Log, r: TxRecord, logIndex: number) {
    const batch = batches.get(r.batch)
    return {
      l2_shard_id: l.l2ShardId,
      is_service: l.isService,
      tx_number_in_block: l.txNumberInBatch,
      l2ShardId: l.l2ShardId,
      shardId: l.l2ShardId,
      isService: l.isService,
      txNumberInBlock: l.txNumberInBatch,
      sender: l.sender,
      key: l.key,
      value: l.value,
      blockHash: r.blockHash,
      blockNumber: hex(r.blockNumber),
      blockTimestamp: hex(r.blockTimestamp),
      transactionHash: r.hash,
      transactionIndex: hex(r.transactionIndex),
      logIndex: hex(logIndex),
      transactionLogIndex: hex(logIndex),
      l1BatchNumber: batch ? hex(batch.number) : null,
    }
  }

  async function receiptOf(r: TxRecord) {
    const raw = (await anvil('eth_getTransactionReceipt', [r.anvilHash])) as Record<string, any>
    const p = r.priority
    const full = {
      ...raw,
      transactionHash: r.hash,
      logs: (raw.logs as Record<string, unknown>[]).map((l) => ({ ...l, transactionHash: r.hash })),
      l2ToL1Logs: r.l2ToL1Logs.map((l, i) => l2ToL1LogFields(l, r, i)),
      ...(p ? { type: profile.priorityTxType, from: p.from, to: p.to, effectiveGasPrice: hex(p.maxFeePerGas) } : {}),
    }
    return conform(full, p ? profile.receipt.priority : profile.receipt.l2)
  }

  async function transactionOf(r: TxRecord) {
    const raw = (await anvil('eth_getTransactionByHash', [r.anvilHash])) as Record<string, any>
    const p = r.priority
    if (!p) return conform(raw, profile.transaction.l2)
    const full = {
      ...raw,
      hash: r.hash,
      type: profile.priorityTxTypeByHash ?? profile.priorityTxType,
      from: p.from,
      initiator: p.from,
      to: p.to,
      value: hex(p.value),
      input: p.data,
      nonce: hex(p.nonce),
      gas: hex(p.gasLimit),
      gasLimit: hex(p.gasLimit),
      gasPerPubdataByteLimit: hex(800),
      gasPrice: hex(p.maxFeePerGas),
      maxFeePerGas: hex(p.maxFeePerGas),
      maxPriorityFeePerGas: '0x0',
      toMint: hex(p.mintValue),
      refundRecipient: p.refundRecipient,
      factoryDeps: [],
      chainId: hex(chainId),
      v: '0x0',
      r: '0x0',
      s: '0x0',
      yParity: '0x0',
    }
    return conform(full, profile.transaction.priority)
  }

  function logProof(hash: Hex, index: number) {
    const r = txs.get(key(hash))
    const notReady = profile.proofNotReady
    const answer = (a: 'null' | WireError | 'answers') => {
      if (a === 'null') return null
      if (a === 'answers') return undefined
      throw rpcError(a)
    }
    if (!r) return answer(notReady.unknownTx)
    const batch = batches.get(r.batch)
    if (!batch) return answer(notReady.notInBatch)
    if (!batch.executed) {
      const a = answer(notReady.notExecuted)
      if (a === null) return null
    }
    if (index >= r.l2ToL1Logs.length) {
      if (notReady.indexOutOfRange === 'null') return null
      throw rpcError(fillError(notReady.indexOutOfRange, index, r.l2ToL1Logs.length))
    }
    const { leaf, path } = batches.logPath(batch, r.hash, index)!
    return conform(
      {
        batch_number: batch.number,
        batchNumber: batch.number,
        proof: [proofMetadata(path.length), ...path],
        id: leaf,
        root: batch.root,
        // the chain settles on L1, not on a Gateway
        gatewayBlockNumber: null,
      },
      profile.proof,
    )
  }

  async function estimateGas(params: any[]) {
    const [call, block, overrides] = params as [Record<string, any>, unknown, unknown]
    const estimate = profile.l1ToL2Estimate
    if (estimate.method !== 'eth_estimateGas') throw new Error(`profile ${profile.id}: no eth_estimateGas estimator`)
    if (overrides !== undefined && estimate.stateOverride !== 'supported') throw rpcError(estimate.stateOverride)
    const from = (call.from ?? zeroAddress) as Address
    const value = BigInt(call.value ?? 0)
    const balance = await l2.getBalance({ address: from })
    const { type, ...rest } = call
    if (estimate.type !== 'none' && type !== undefined && BigInt(type) === BigInt(estimate.type)) {
      // the server's estimator for L1 transactions: the value (and the fee) is minted to the sender first
      const gas = BigInt(
        await anvil('eth_estimateGas', [
          rest,
          block ?? 'latest',
          { ...((overrides as object) ?? {}), [from]: { balance: hex(balance + value + 10n ** 18n) } },
        ]).catch(mapAnvilError),
      )
      return hex(gas > estimate.minimalGasLimit ? gas : estimate.minimalGasLimit)
    }
    // an L2 request: the server holds the sender's balance against the value before running it
    if (overrides === undefined && value > balance) throw rpcError(fillError(profile.insufficientFunds, value, balance))
    return anvil('eth_estimateGas', [rest, ...params.slice(1)]).catch(mapAnvilError)
  }

  /** anvil's refusals, in the words the server uses where they differ. */
  function mapAnvilError(error: any): never {
    const cause = error?.cause ?? error
    const message = String(cause?.details ?? cause?.message ?? error)
    const code = typeof cause?.code === 'number' ? cause.code : -32603
    throw new RpcError(code, message, cause?.data)
  }

  async function handle(method: string, params: any[]): Promise<unknown> {
    requests.push(method)
    if (broken) throw new Error(`the harness failed to execute a priority transaction: ${broken.message}`)
    if (autoRelay && method !== 'eth_chainId') await serial(relay)
    if (PASS_THROUGH.has(method)) return anvil(method, params).catch(mapAnvilError)
    switch (method) {
      case 'eth_getTransactionReceipt': {
        const r = txs.get(key(params[0])) ?? byAnvilHash.get(key(params[0]))
        if (r) return receiptOf(r)
        return (await anvil(method, params)) === null ? null : null
      }
      case 'eth_getTransactionByHash': {
        const r = txs.get(key(params[0])) ?? byAnvilHash.get(key(params[0]))
        return r ? transactionOf(r) : null
      }
      case 'eth_estimateGas':
        return estimateGas(params)
      case 'eth_sendRawTransaction':
        return serial(async () => {
          const hash = (await anvil(method, params).catch(mapAnvilError)) as Hex
          await record(hash, hash, () => [])
          return hash
        })
      case 'zks_getBridgehubContract':
        return deployment.bridgehub
      case 'zks_getL2ToL1LogProof':
        return logProof(params[0], params[1] === undefined ? 0 : Number(params[1]))
    }
    throw rpcError(fillError(profile.methodNotFound, method))
  }

  const server = await serveJsonRpc(handle)

  return {
    rpcUrl: server.rpcUrl,
    chainId: chain.chainId,
    flavour: 'zksync-os' as const,
    get profile() {
      return profile
    },
    /** Answers from now on as another recorded server version (the chain's state stays). */
    useProfile,
    chain,
    /** JSON-RPC methods received, in order */
    requests,
    /** Relays new L1 priority requests; returns their L2 hashes. */
    relay: () => serial(relay),
    setAutoRelay(on: boolean) {
      autoRelay = on
    },
    /** Makes every later priority tx matching `predicate` fail on L2 (all of them when omitted): it runs out of gas. */
    failPriorityTxs(predicate: (tx: { to: Address; data: Hex; from: Address }) => boolean = () => true) {
      failPredicates.push(predicate)
    },
    sealBatch: () => serial(async () => sealBatch()),
    commitBatches: () => serial(batches.commit),
    executeBatches: () => serial(batches.execute),
    /** Relays, seals the open batch and settles it on L1 (commit, prove, execute). Returns its number. */
    settle: () =>
      serial(async () => {
        await relay()
        const n = sealBatch()
        await batches.execute()
        return n
      }),
    batchOf: (hash: Hex) => txs.get(key(hash))?.batch,
    balanceOf: (a: Address) => l2.getBalance({ address: a }),
    tokenBalanceOf: (l2Token: Address, a: Address) =>
      l2.readContract({ address: l2Token, abi: vaultAbi, functionName: 'balanceOf', args: [a] }),
    l2TokenAddress: (l1Token: Address) =>
      l2.readContract({
        address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
        abi: vaultAbi,
        functionName: 'l2TokenAddress',
        args: [l1Token],
      }),
    receipt: (hash: Hex) => txs.get(key(hash)),
    close: server.close,
  }
}

export type ZksyncOsNode = Awaited<ReturnType<typeof startZksyncOsNode>>

/**
 * EVM intrinsic gas of a call with `data`: 21,000 plus 16 per non-zero and 4 per zero byte, or EIP-7623's calldata
 * floor (10 per token, a non-zero byte being 4 tokens) where that is higher.
 */
function intrinsicGas(data: Hex): bigint {
  let zero = 0n
  let nonZero = 0n
  for (let i = 2; i < data.length; i += 2) data.slice(i, i + 2) === '00' ? zero++ : nonZero++
  const standard = 21_000n + 16n * nonZero + 4n * zero
  const floor = 21_000n + 10n * (zero + 4n * nonZero)
  return standard > floor ? standard : floor
}
