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
 * Gas model (simulated, not EraVM's): a priority tx needs `priorityGasNeeded()` (never below the L1
 * Mailbox's minimum for its calldata); below that it fails on L2. Era's estimator returns exactly that.
 */
import {
  type Address,
  concat,
  createPublicClient,
  createWalletClient,
  decodeAbiParameters,
  decodeFunctionData,
  encodeAbiParameters,
  encodeEventTopics,
  encodeFunctionResult,
  getAddress,
  type Hex,
  http,
  isAddressEqual,
  keccak256,
  numberToHex,
  type PublicClient,
  pad,
  parseAbi,
  parseTransaction,
  recoverTransactionAddress,
  size,
  slice,
  toHex,
  type WalletClient,
  zeroAddress,
  zeroHash,
} from 'viem'
import { foundry } from 'viem/chains'
import { getMinimumL2GasLimit } from '../../../src/utils/getMinimumL2GasLimit.js'
import { type ChainSetup, type Deployment, ETH_TOKEN_ADDRESS, ntvAssetId } from '../deploy.js'
import { createBatches, readPriorityRequests } from './batches.js'
import type { L2ToL1Log } from './merkle.js'
import { RpcError, serveJsonRpc } from './rpcServer.js'
import { conform } from './wire/conform.js'
import { profiles } from './wire/profiles.js'
import type { WireProfile } from './wire/types.js'

export type L2Flavour = 'era' | 'zksync-os'

export const BOOTLOADER: Address = '0x0000000000000000000000000000000000008001'
export const L1_MESSENGER: Address = '0x0000000000000000000000000000000000008008'
export const L2_BASE_TOKEN: Address = '0x000000000000000000000000000000000000800A'
export const L2_ASSET_ROUTER: Address = '0x0000000000000000000000000000000000010003'
export const L2_NATIVE_TOKEN_VAULT: Address = '0x0000000000000000000000000000000000010004'
const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
const L2_GAS_PRICE = 250_000_000n // 0.25 gwei
const L2_TX_GAS = 150_000n

export const applyAlias = (a: Address): Address =>
  getAddress(numberToHex((BigInt(a) + ALIAS_OFFSET) % 2n ** 160n, { size: 20 }))

const l2Abi = parseAbi([
  'function withdraw(address _l1Receiver) payable',
  'function withdraw(bytes32 _assetId, bytes _assetData)',
  'function withdraw(address _l1Receiver, address _l2Token, uint256 _amount)',
  'function finalizeDeposit(address _l1Sender, address _l2Receiver, address _l1Token, uint256 _amount, bytes _data)',
  'function finalizeDeposit(uint256 _originChainId, bytes32 _assetId, bytes _transferData)',
  'function l2TokenAddress(address _l1Token) view returns (address)',
  'function assetId(address _token) view returns (bytes32)',
  'function tokenAddress(bytes32 _assetId) view returns (address)',
  'function balanceOf(address) view returns (uint256)',
  'function balanceOf(uint256) view returns (uint256)',
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
  'function l1Address() view returns (address)',
  'function originToken() view returns (address)',
  'function BASE_TOKEN_ASSET_ID() view returns (bytes32)',
  'function L1_ASSET_ROUTER() view returns (address)',
  'function L1_CHAIN_ID() view returns (uint256)',
  'event L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)',
  'event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount)',
  'event WithdrawalInitiatedAssetRouter(uint256 chainId, address indexed l2Sender, bytes32 indexed assetId, bytes assetData)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
])

type RpcLog = { address: Address; topics: Hex[]; data: Hex }

type TokenInfo = {
  assetId: Hex
  l2Address: Address
  originToken: Address
  originChainId: bigint
  name: string
  symbol: string
  decimals: number
  balances: Map<string, bigint>
}

type TxRecord = {
  hash: Hex
  kind: 'priority' | 'l2'
  from: Address
  to: Address | null
  value: bigint
  input: Hex
  nonce: bigint
  gas: bigint
  gasPrice: bigint
  type: Hex
  blockNumber: bigint
  blockHash: Hex
  status: 'success' | 'reverted'
  gasUsed: bigint
  logs: RpcLog[]
  l2ToL1Logs: L2ToL1Log[]
  batch?: number
  txIndexInBatch: number
}

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
  const chainId = BigInt(chain.chainId)
  const l1Transport = http(options.l1RpcUrl)
  const l1: PublicClient = createPublicClient({ chain: foundry, transport: l1Transport })
  const l1Wallet: WalletClient = createWalletClient({ chain: foundry, transport: l1Transport })
  const baseIsEth = isAddressEqual(chain.baseToken, ETH_TOKEN_ADDRESS)

  // ---------- state ----------
  const balances = new Map<string, bigint>()
  const nonces = new Map<string, bigint>()
  const tokens = new Map<Hex, TokenInfo>() // by asset id
  const txs = new Map<Hex, TxRecord>()
  const blocks: { number: bigint; hash: Hex; timestamp: bigint; txs: Hex[] }[] = [
    {
      number: 0n,
      hash: keccak256(toHex(`l2-${chainId}-genesis`)),
      timestamp: BigInt(Math.floor(Date.now() / 1000)),
      txs: [],
    },
  ]
  const batches = createBatches({ l1, l1Wallet, deployment, chain })
  let openTxs: Hex[] = []
  let l1Cursor = await l1.getBlockNumber({ cacheTime: 0 })
  const failPredicates: ((tx: { to: Address; data: Hex; from: Address }) => boolean)[] = []
  const requests: string[] = []
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn)
    queue = p.catch(() => {})
    return p
  }

  const key = (a: string) => a.toLowerCase()
  const balanceOf = (a: Address) => balances.get(key(a)) ?? 0n
  const credit = (a: Address, v: bigint) => balances.set(key(a), balanceOf(a) + v)
  const debit = (a: Address, v: bigint) => {
    if (balanceOf(a) < v) throw new RpcError(-32000, 'insufficient funds for gas * price + value')
    balances.set(key(a), balanceOf(a) - v)
  }
  const latestBlock = () => blocks[blocks.length - 1]!
  const bridgedTokenAddress = (assetId: Hex): Address => getAddress(slice(keccak256(concat(['0xff', assetId])), 12))
  const tokenByL2Address = (a: Address) => [...tokens.values()].find((t) => isAddressEqual(t.l2Address, a))
  // tokens minted by the custom bridge's L2 half, by L1 token; not asset-router tokens (no asset id on L2)
  const customTokens = new Map<string, TokenInfo>()
  const customTokenAddress = (l1Token: Address): Address =>
    getAddress(slice(keccak256(concat(['0xff', deployment.customBridge.l2, l1Token])), 12))
  const customTokenByL2Address = (a: Address) => [...customTokens.values()].find((t) => isAddressEqual(t.l2Address, a))
  const tokenFor = (
    assetId: Hex,
    origin: { token: Address; chainId: bigint },
    meta?: { name: string; symbol: string; decimals: number },
  ) => {
    let t = tokens.get(assetId)
    if (!t) {
      t = {
        assetId,
        l2Address: bridgedTokenAddress(assetId),
        originToken: origin.token,
        originChainId: origin.chainId,
        name: meta?.name ?? 'Bridged token',
        symbol: meta?.symbol ?? 'BRG',
        decimals: meta?.decimals ?? 18,
        balances: new Map(),
      }
      tokens.set(assetId, t)
    }
    return t
  }

  function newBlock(txHash: Hex) {
    const prev = latestBlock()
    const number = prev.number + 1n
    const block = {
      number,
      hash: keccak256(concat([prev.hash, txHash])),
      timestamp: prev.timestamp + 1n,
      txs: [txHash],
    }
    blocks.push(block)
    return block
  }

  function messageLog(sender: Address, message: Hex): { rpc: RpcLog; l2ToL1: Omit<L2ToL1Log, 'txNumberInBatch'> } {
    const hash = keccak256(message)
    return {
      rpc: {
        address: L1_MESSENGER,
        topics: encodeEventTopics({
          abi: l2Abi,
          eventName: 'L1MessageSent',
          args: { _sender: sender, _hash: hash },
        }) as Hex[],
        data: encodeAbiParameters([{ type: 'bytes' }], [message]),
      },
      l2ToL1: { l2ShardId: 0, isService: true, sender: L1_MESSENGER, key: pad(sender, { size: 32 }), value: hash },
    }
  }

  function erc20Metadata(t: TokenInfo): Hex {
    return concat([
      '0x01',
      encodeAbiParameters(
        [{ type: 'uint256' }, { type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }],
        [
          t.originChainId,
          encodeAbiParameters([{ type: 'string' }], [t.name]),
          encodeAbiParameters([{ type: 'string' }], [t.symbol]),
          encodeAbiParameters([{ type: 'uint8' }], [t.decimals]),
        ],
      ),
    ])
  }

  function recordTx(
    rec: Omit<TxRecord, 'blockNumber' | 'blockHash' | 'txIndexInBatch' | 'l2ToL1Logs'>,
    l2ToL1: Omit<L2ToL1Log, 'txNumberInBatch'>[],
  ) {
    const block = newBlock(rec.hash)
    const txIndexInBatch = openTxs.length
    const full: TxRecord = {
      ...rec,
      blockNumber: block.number,
      blockHash: block.hash,
      txIndexInBatch,
      l2ToL1Logs: l2ToL1.map((l) => ({ ...l, txNumberInBatch: txIndexInBatch })),
    }
    txs.set(rec.hash, full)
    openTxs.push(rec.hash)
    return full
  }

  // ---------- priority transactions ----------
  /**
   * L2 gas a priority transaction needs in this simulation (Era flavour): never less than the L1
   * Mailbox's own minimum for that calldata, as on a real Era node, whose estimate includes the
   * transaction's overhead.
   */
  function priorityGasNeeded(data: Hex, deploysToken: boolean): bigint {
    const simulated = 240_000n + 16n * BigInt(size(data)) + (deploysToken ? 750_000n : 0n)
    const minimum = getMinimumL2GasLimit({ calldataLength: size(data) })
    return simulated > minimum ? simulated : minimum
  }
  const gasNeeded = priorityGasNeeded

  type Effect = { ok: true; apply: () => void; logs: RpcLog[]; deploysToken: boolean } | { ok: false; reason: string }

  /** Interprets an L1 -> L2 call (deposit finalization or a plain call) without applying it. */
  function interpretL1Call(from: Address, to: Address, data: Hex, value: bigint): Effect {
    if (isAddressEqual(to, deployment.customBridge.l2) && data !== '0x') return interpretCustomBridgeCall(from, data)
    if (!isAddressEqual(to, L2_ASSET_ROUTER) || data === '0x')
      return { ok: true, apply: () => credit(to, value), logs: [], deploysToken: false }
    let decoded: ReturnType<typeof decodeFunctionData<typeof l2Abi>>
    try {
      decoded = decodeFunctionData({ abi: l2Abi, data })
    } catch {
      return { ok: false, reason: 'unknown L2AssetRouter call' }
    }
    if (decoded.functionName !== 'finalizeDeposit') return { ok: false, reason: 'unknown L2AssetRouter call' }
    if (!isAddressEqual(from, applyAlias(deployment.l1AssetRouter)))
      return { ok: false, reason: 'finalizeDeposit: sender is not the aliased L1AssetRouter' }
    let assetId: Hex
    let receiver: Address
    let amount: bigint
    let originToken: Address
    let meta: Hex
    if (decoded.args.length === 5) {
      const [, l2Receiver, l1Token, amt, m] = decoded.args as readonly [Address, Address, Address, bigint, Hex]
      assetId = ntvAssetId(deployment.l1ChainId, l1Token)
      receiver = l2Receiver
      amount = amt
      originToken = l1Token
      meta = m
    } else {
      const [, id, transferData] = decoded.args as readonly [bigint, Hex, Hex]
      const [, l2Receiver, token, amt, m] = decodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
        transferData,
      )
      assetId = id
      receiver = l2Receiver
      amount = amt
      originToken = token
      meta = m
    }
    if (assetId === chain.baseTokenAssetId) return { ok: false, reason: 'base token through the asset router' }
    const deploysToken = !tokens.has(assetId)
    const apply = () => {
      const t = tokenFor(
        assetId,
        { token: originToken, chainId: BigInt(deployment.l1ChainId) },
        parseMeta(meta, originToken),
      )
      t.balances.set(key(receiver), (t.balances.get(key(receiver)) ?? 0n) + amount)
    }
    const l2Token = bridgedTokenAddress(assetId)
    const logs: RpcLog[] = [
      {
        address: l2Token,
        topics: encodeEventTopics({
          abi: l2Abi,
          eventName: 'Transfer',
          args: { from: zeroAddress, to: receiver },
        }) as Hex[],
        data: encodeAbiParameters([{ type: 'uint256' }], [amount]),
      },
    ]
    return { ok: true, apply, logs, deploysToken }
  }

  /**
   * The custom bridge's L2 half: `finalizeDeposit(l1Sender, l2Receiver, l1Token, amount, data)` from the aliased L1
   * custom bridge mints its own token for `l1Token` (address derived from the L2 bridge and the L1 token).
   */
  function interpretCustomBridgeCall(from: Address, data: Hex): Effect {
    let decoded: ReturnType<typeof decodeFunctionData<typeof l2Abi>>
    try {
      decoded = decodeFunctionData({ abi: l2Abi, data })
    } catch {
      return { ok: false, reason: 'unknown custom bridge call' }
    }
    if (decoded.functionName !== 'finalizeDeposit' || decoded.args.length !== 5)
      return { ok: false, reason: 'unknown custom bridge call' }
    if (!isAddressEqual(from, applyAlias(deployment.customBridge.l1)))
      return { ok: false, reason: 'finalizeDeposit: sender is not the aliased L1 custom bridge' }
    const [, receiver, l1Token, amount] = decoded.args as readonly [Address, Address, Address, bigint, Hex]
    const l2Token = customTokenAddress(l1Token)
    const apply = () => {
      let t = customTokens.get(key(l1Token))
      if (!t) {
        t = {
          assetId: zeroHash,
          l2Address: l2Token,
          originToken: l1Token,
          originChainId: BigInt(deployment.l1ChainId),
          name: 'Custom bridged token',
          symbol: 'CBT',
          decimals: 18,
          balances: new Map(),
        }
        customTokens.set(key(l1Token), t)
      }
      t.balances.set(key(receiver), (t.balances.get(key(receiver)) ?? 0n) + amount)
    }
    const logs: RpcLog[] = [
      {
        address: l2Token,
        topics: encodeEventTopics({
          abi: l2Abi,
          eventName: 'Transfer',
          args: { from: zeroAddress, to: receiver },
        }) as Hex[],
        data: encodeAbiParameters([{ type: 'uint256' }], [amount]),
      },
    ]
    return { ok: true, apply, logs, deploysToken: !customTokens.has(key(l1Token)) }
  }

  function parseMeta(meta: Hex, originToken: Address): { name: string; symbol: string; decimals: number } | undefined {
    if (isAddressEqual(originToken, ETH_TOKEN_ADDRESS)) return { name: 'Ether', symbol: 'ETH', decimals: 18 }
    try {
      const body = meta.startsWith('0x01') && size(meta) % 32 === 1 ? slice(meta, 1) : meta
      const parts =
        body === meta
          ? decodeAbiParameters([{ type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }], body)
          : decodeAbiParameters(
              [{ type: 'uint256' }, { type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }],
              body,
            ).slice(1)
      const [n, s, d] = parts as [Hex, Hex, Hex]
      return {
        name: decodeAbiParameters([{ type: 'string' }], n)[0],
        symbol: decodeAbiParameters([{ type: 'string' }], s)[0],
        decimals: Number(decodeAbiParameters([{ type: 'uint8' }], d)[0]),
      }
    } catch {
      return undefined
    }
  }

  async function relay(): Promise<Hex[]> {
    const read = await readPriorityRequests(l1, chain.diamond, l1Cursor)
    l1Cursor = read.cursor
    const out: Hex[] = []
    for (const { txHash, transaction } of read.requests) {
      const from = getAddress(numberToHex(transaction.from, { size: 20 }))
      const to = getAddress(numberToHex(transaction.to, { size: 20 }))
      const mintValue = transaction.reserved[0]!
      const refundRecipient = getAddress(numberToHex(transaction.reserved[1]!, { size: 20 }))
      const effect = interpretL1Call(from, to, transaction.data, transaction.value)
      const forcedFail = failPredicates.some((p) => p({ to, data: transaction.data, from }))
      const needed = effect.ok ? gasNeeded(transaction.data, effect.deploysToken) : 0n
      const success = effect.ok && !forcedFail && transaction.gasLimit >= needed
      const gasUsed = success ? needed : transaction.gasLimit
      const fee = gasUsed * transaction.maxFeePerGas
      // biome-ignore lint/complexity/useMathMinMax: bigints
      const feeCharged = fee > mintValue ? mintValue : fee
      if (success) {
        ;(effect as Extract<Effect, { ok: true }>).apply()
        credit(refundRecipient, mintValue - transaction.value - feeCharged)
      } else {
        credit(refundRecipient, mintValue - feeCharged)
      }
      const statusLog: Omit<L2ToL1Log, 'txNumberInBatch'> = {
        l2ShardId: 0,
        isService: true,
        sender: BOOTLOADER,
        key: txHash,
        value: success ? numberToHex(1, { size: 32 }) : zeroHash,
      }
      recordTx(
        {
          hash: txHash,
          kind: 'priority',
          from,
          to,
          value: transaction.value,
          input: transaction.data,
          nonce: transaction.nonce,
          gas: transaction.gasLimit,
          gasPrice: transaction.maxFeePerGas,
          type: profile.priorityTxType as Hex,
          status: success ? 'success' : 'reverted',
          gasUsed,
          logs: success ? (effect as Extract<Effect, { ok: true }>).logs : [],
        },
        [statusLog],
      )
      out.push(txHash)
    }
    return out
  }

  // ---------- L2 transactions ----------
  async function sendRawTransaction(serialized: Hex): Promise<Hex> {
    const tx = parseTransaction(serialized as any) as any
    const from = await recoverTransactionAddress({ serializedTransaction: serialized as any })
    if (tx.chainId !== undefined && BigInt(tx.chainId) !== chainId)
      throw new RpcError(-32000, `invalid chain id ${tx.chainId}, expected ${chainId}`)
    const nonce = nonces.get(key(from)) ?? 0n
    if (BigInt(tx.nonce ?? 0) !== nonce)
      throw new RpcError(-32000, `nonce mismatch: expected ${nonce}, got ${tx.nonce}`)
    const hash = keccak256(serialized)
    const value: bigint = tx.value ?? 0n
    const gasPrice: bigint = tx.gasPrice ?? (tx.maxFeePerGas < L2_GAS_PRICE ? tx.maxFeePerGas : L2_GAS_PRICE)
    const to: Address | null = tx.to ?? null
    const data: Hex = tx.data ?? '0x'
    const fee = L2_TX_GAS * gasPrice
    if (balanceOf(from) < fee + value) throw new RpcError(-32000, 'insufficient funds for gas * price + value')
    nonces.set(key(from), nonce + 1n)
    debit(from, fee)
    const logs: RpcLog[] = []
    const l2ToL1: Omit<L2ToL1Log, 'txNumberInBatch'>[] = []
    let ok = true
    try {
      executeL2Call(from, to, value, data, logs, l2ToL1)
    } catch {
      ok = false
    }
    recordTx(
      {
        hash,
        kind: 'l2',
        from,
        to,
        value,
        input: data,
        nonce,
        gas: tx.gas ?? L2_TX_GAS,
        gasPrice,
        type: tx.type === 'eip1559' ? '0x2' : tx.type === 'eip2930' ? '0x1' : '0x0',
        status: ok ? 'success' : 'reverted',
        gasUsed: L2_TX_GAS,
        logs: ok ? logs : [],
      },
      ok ? l2ToL1 : [],
    )
    return hash
  }

  /** Applies an L2 call; throws (reverts) without side effects on failure. */
  function executeL2Call(
    from: Address,
    to: Address | null,
    value: bigint,
    data: Hex,
    logs: RpcLog[],
    l2ToL1: Omit<L2ToL1Log, 'txNumberInBatch'>[],
  ) {
    if (!to) throw new Error('contract deployment is not simulated')
    if (isAddressEqual(to, L2_BASE_TOKEN)) {
      const d = decodeFunctionData({ abi: l2Abi, data })
      if (d.functionName !== 'withdraw' || d.args.length !== 1) throw new Error('unsupported')
      const [l1Receiver] = d.args as readonly [Address]
      debit(from, value)
      const message = concat(['0x6c0960f9', l1Receiver, numberToHex(value, { size: 32 })])
      const m = messageLog(L2_BASE_TOKEN, message)
      logs.push(
        {
          address: L2_BASE_TOKEN,
          topics: encodeEventTopics({
            abi: l2Abi,
            eventName: 'Withdrawal',
            args: { _l2Sender: from, _l1Receiver: l1Receiver },
          }) as Hex[],
          data: encodeAbiParameters([{ type: 'uint256' }], [value]),
        },
        m.rpc,
      )
      l2ToL1.push(m.l2ToL1)
      return
    }
    if (isAddressEqual(to, L2_ASSET_ROUTER)) {
      if (value !== 0n) throw new Error('value on asset router')
      const d = decodeFunctionData({ abi: l2Abi, data })
      if (d.functionName !== 'withdraw') throw new Error('unsupported')
      let t: TokenInfo | undefined
      let amount: bigint
      let l1Receiver: Address
      if (d.args.length === 2) {
        const [assetId, assetData] = d.args as readonly [Hex, Hex]
        if (assetId === chain.baseTokenAssetId) throw new Error('base token via asset router')
        if (size(assetData) !== 96) throw new Error('InvalidNTVBurnData')
        const [amt, recv, l2Token] = decodeAbiParameters(
          [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
          assetData,
        )
        t = tokens.get(assetId)
        if (t && !isAddressEqual(l2Token, zeroAddress) && !isAddressEqual(l2Token, t.l2Address))
          throw new Error('asset mismatch')
        amount = amt
        l1Receiver = recv
      } else {
        const [recv, l2Token, amt] = d.args as readonly [Address, Address, bigint]
        t = tokenByL2Address(l2Token)
        amount = amt
        l1Receiver = recv
      }
      if (!t) throw new Error('unknown token')
      if (amount === 0n) throw new Error('amount is zero')
      const bal = t.balances.get(key(from)) ?? 0n
      if (bal < amount) throw new Error('burn amount exceeds balance')
      t.balances.set(key(from), bal - amount)
      const bridgeMintData = encodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
        [from, l1Receiver, t.originToken, amount, erc20Metadata(t)],
      )
      const message = concat(['0x9c884fd1', numberToHex(chainId, { size: 32 }), t.assetId, bridgeMintData])
      const m = messageLog(L2_ASSET_ROUTER, message)
      logs.push(
        {
          address: t.l2Address,
          topics: encodeEventTopics({ abi: l2Abi, eventName: 'Transfer', args: { from, to: zeroAddress } }) as Hex[],
          data: encodeAbiParameters([{ type: 'uint256' }], [amount]),
        },
        {
          address: L2_ASSET_ROUTER,
          topics: encodeEventTopics({
            abi: l2Abi,
            eventName: 'WithdrawalInitiatedAssetRouter',
            args: { l2Sender: from, assetId: t.assetId },
          }) as Hex[],
          data: encodeAbiParameters(
            [{ type: 'uint256' }, { type: 'bytes' }],
            [
              chainId,
              encodeAbiParameters(
                [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
                [amount, l1Receiver, t.l2Address],
              ),
            ],
          ),
        },
        m.rpc,
      )
      l2ToL1.push(m.l2ToL1)
      return
    }
    if (isAddressEqual(to, deployment.customBridge.l2)) {
      // the custom bridge's L2 half: `withdraw(address l1Receiver, address l1Token, uint256 amount)`
      const d = decodeFunctionData({ abi: l2Abi, data })
      if (d.functionName !== 'withdraw' || d.args.length !== 3) throw new Error('unsupported')
      const [l1Receiver, l1Token, amount] = d.args as readonly [Address, Address, bigint]
      const message = concat(['0x11a2ccc1', l1Receiver, l1Token, numberToHex(amount, { size: 32 })])
      const m = messageLog(deployment.customBridge.l2, message)
      logs.push(m.rpc)
      l2ToL1.push(m.l2ToL1)
      return
    }
    if (data !== '0x') throw new Error('calls to unknown contracts are not simulated')
    debit(from, value)
    credit(to, value)
  }

  // ---------- batches ----------
  /** Seals the open transactions into a batch (an empty one too, but not two empty ones in a row). */
  function sealBatch(): number | undefined {
    if (openTxs.length === 0 && batches.last()?.txHashes.length === 0) return undefined
    const records = openTxs.map((h) => txs.get(h)!)
    const number = batches.seal(records)
    for (const rec of records) rec.batch = number
    openTxs = []
    return number
  }

  // ---------- JSON-RPC ----------
  const hex = (n: bigint | number) => numberToHex(n)
  /** An answer with every field the Era server might send, cut to the recorded shape. */
  function rpcReceipt(r: TxRecord) {
    const batch = batches.get(r.batch)
    const block = blocks[Number(r.blockNumber)]!
    const l1BatchNumber = batch ? hex(batch.number) : null
    const logs = r.logs.map((l, i) => ({
      ...l,
      blockHash: r.blockHash,
      blockNumber: hex(r.blockNumber),
      l1BatchNumber,
      transactionHash: r.hash,
      transactionIndex: '0x0',
      logIndex: hex(i),
      transactionLogIndex: hex(i),
      logType: null,
      removed: false,
      blockTimestamp: hex(block.timestamp),
    }))
    const l2ToL1Logs = r.l2ToL1Logs.map((l, i) => ({
      blockHash: r.blockHash,
      blockNumber: hex(r.blockNumber),
      l1BatchNumber,
      transactionHash: r.hash,
      transactionIndex: '0x0',
      transactionLogIndex: hex(i),
      logIndex: hex(i),
      shardId: hex(l.l2ShardId),
      isService: l.isService,
      sender: l.sender,
      key: l.key,
      value: l.value,
      txIndexInL1Batch: batch ? hex(r.txIndexInBatch) : null,
    }))
    return conform(
      {
        transactionHash: r.hash,
        transactionIndex: '0x0',
        blockHash: r.blockHash,
        blockNumber: hex(r.blockNumber),
        l1BatchTxIndex: batch ? hex(r.txIndexInBatch) : null,
        l1BatchNumber,
        from: r.from,
        to: r.to,
        cumulativeGasUsed: hex(r.gasUsed),
        gasUsed: hex(r.gasUsed),
        effectiveGasPrice: hex(r.gasPrice),
        contractAddress: null,
        logs,
        logsBloom: `0x${'00'.repeat(256)}`,
        status: r.status === 'success' ? '0x1' : '0x0',
        type: r.type,
        l2ToL1Logs,
      },
      r.kind === 'priority' ? profile.receipt.priority : profile.receipt.l2,
    )
  }
  function rpcTransaction(r: TxRecord) {
    return conform(
      {
        hash: r.hash,
        nonce: hex(r.nonce),
        blockHash: r.blockHash,
        blockNumber: hex(r.blockNumber),
        transactionIndex: '0x0',
        from: r.from,
        to: r.to,
        value: hex(r.value),
        gas: hex(r.gas),
        gasPrice: hex(r.gasPrice),
        maxFeePerGas: hex(r.gasPrice),
        maxPriorityFeePerGas: '0x0',
        input: r.input,
        type: r.type,
        chainId: hex(chainId),
        v: '0x0',
        r: '0x0',
        s: '0x0',
        l1BatchNumber: r.batch ? hex(r.batch) : undefined,
        l1BatchTxIndex: r.batch ? hex(r.txIndexInBatch) : undefined,
      },
      r.kind === 'priority' ? profile.transaction.priority : profile.transaction.l2,
    )
  }
  function rpcBlock(b: (typeof blocks)[number], full: boolean) {
    return {
      number: hex(b.number),
      hash: b.hash,
      parentHash: b.number === 0n ? zeroHash : blocks[Number(b.number) - 1]!.hash,
      timestamp: hex(b.timestamp),
      nonce: '0x0000000000000000',
      sha3Uncles: zeroHash,
      logsBloom: `0x${'00'.repeat(256)}`,
      transactionsRoot: zeroHash,
      stateRoot: zeroHash,
      receiptsRoot: zeroHash,
      miner: zeroAddress,
      difficulty: '0x0',
      totalDifficulty: '0x0',
      extraData: '0x',
      size: '0x0',
      gasLimit: hex(1_125_899_906_842_624n),
      gasUsed: '0x0',
      baseFeePerGas: hex(L2_GAS_PRICE),
      uncles: [],
      transactions: full ? b.txs.map((h) => rpcTransaction(txs.get(h)!)) : b.txs,
      l1BatchNumber: null,
      l1BatchTimestamp: null,
    }
  }
  const findBlock = (tag: unknown) => {
    if (tag === 'latest' || tag === 'pending' || tag === 'safe' || tag === 'finalized' || tag === undefined)
      return latestBlock()
    if (tag === 'earliest') return blocks[0]
    return blocks[Number(BigInt(tag as string))]
  }

  function ethCall(call: { to?: Address; data?: Hex; input?: Hex }): Hex {
    const to = call.to
    const data = call.data ?? call.input ?? '0x'
    if (!to) throw new RpcError(3, 'execution reverted')
    let d: ReturnType<typeof decodeFunctionData<typeof l2Abi>>
    try {
      d = decodeFunctionData({ abi: l2Abi, data })
    } catch {
      throw new RpcError(3, 'execution reverted')
    }
    const ret = (value: unknown) =>
      encodeFunctionResult({ abi: l2Abi, functionName: d.functionName, result: value } as any)
    if (isAddressEqual(to, L2_ASSET_ROUTER) || isAddressEqual(to, L2_NATIVE_TOKEN_VAULT)) {
      // immutable getters of the real L2AssetRouter / L2NativeTokenVault (read by zksync-ethers)
      if (d.functionName === 'BASE_TOKEN_ASSET_ID') return ret(chain.baseTokenAssetId)
      if (d.functionName === 'L1_CHAIN_ID') return ret(BigInt(deployment.l1ChainId))
      if (d.functionName === 'L1_ASSET_ROUTER' && isAddressEqual(to, L2_ASSET_ROUTER))
        return ret(deployment.l1AssetRouter)
      if (d.functionName === 'l2TokenAddress') {
        const [l1Token] = d.args as readonly [Address]
        const id = ntvAssetId(deployment.l1ChainId, l1Token)
        if (id === chain.baseTokenAssetId) return ret(L2_BASE_TOKEN)
        return ret(bridgedTokenAddress(id))
      }
      if (d.functionName === 'assetId') {
        const [token] = d.args as readonly [Address]
        if (isAddressEqual(token, L2_BASE_TOKEN)) return ret(chain.baseTokenAssetId)
        return ret(tokenByL2Address(token)?.assetId ?? zeroHash)
      }
      if (d.functionName === 'tokenAddress') {
        const [id] = d.args as readonly [Hex]
        if (id === chain.baseTokenAssetId) return ret(L2_BASE_TOKEN)
        return ret(tokens.get(id)?.l2Address ?? zeroAddress)
      }
    }
    if (isAddressEqual(to, L2_BASE_TOKEN)) {
      if (d.functionName === 'balanceOf') {
        const [who] = d.args as readonly [bigint | Address]
        return ret(balanceOf(typeof who === 'bigint' ? getAddress(numberToHex(who, { size: 20 })) : who))
      }
      if (d.functionName === 'decimals') return ret(18)
      if (d.functionName === 'symbol') return ret(baseIsEth ? 'ETH' : 'BTB')
      if (d.functionName === 'name') return ret(baseIsEth ? 'Ether' : 'Base Token B')
    }
    if (isAddressEqual(to, deployment.customBridge.l2) && d.functionName === 'l2TokenAddress') {
      const [l1Token] = d.args as readonly [Address]
      return ret(customTokenAddress(l1Token))
    }
    const t = tokenByL2Address(to) ?? customTokenByL2Address(to)
    if (t) {
      if (d.functionName === 'balanceOf') {
        const [who] = d.args as readonly [Address]
        return ret(t.balances.get(key(who)) ?? 0n)
      }
      if (d.functionName === 'decimals') return ret(t.decimals)
      if (d.functionName === 'symbol') return ret(t.symbol)
      if (d.functionName === 'name') return ret(t.name)
      if (d.functionName === 'l1Address' || d.functionName === 'originToken') return ret(t.originToken)
      if (d.functionName === 'totalSupply') return ret([...t.balances.values()].reduce((a, b) => a + b, 0n))
    }
    throw new RpcError(3, 'execution reverted')
  }

  function estimateL1ToL2(call: { from?: Address; to?: Address; data?: Hex; input?: Hex; value?: Hex }): bigint {
    const from = call.from ?? zeroAddress
    const to = call.to ?? zeroAddress
    const data = call.data ?? call.input ?? '0x'
    const effect = interpretL1Call(from, to, data, BigInt(call.value ?? 0))
    if (!effect.ok) throw new RpcError(3, `execution reverted: ${effect.reason}`)
    return gasNeeded(data, effect.deploysToken)
  }

  function logProof(hash: Hex, index: number | undefined) {
    const r = txs.get(hash)
    if (!r) return null
    const i = index ?? 0
    const batch = batches.get(r.batch)
    if (!batch?.committed) return null
    const found = batches.logPath(batch, hash, i)
    if (!found) return null
    const { leaf, path } = found
    return conform({ id: leaf, proof: path, root: batch.root, batchNumber: batch.number }, profile.proof)
  }

  async function handle(method: string, params: any[]): Promise<unknown> {
    requests.push(method)
    if (autoRelay && method !== 'eth_chainId') await serial(relay)
    switch (method) {
      case 'eth_chainId':
        return hex(chainId)
      case 'net_version':
        return chainId.toString()
      case 'eth_blockNumber':
        return hex(latestBlock().number)
      case 'eth_gasPrice':
        return hex(L2_GAS_PRICE)
      case 'eth_maxPriorityFeePerGas':
        return '0x0'
      case 'eth_feeHistory':
        return {
          oldestBlock: hex(latestBlock().number),
          baseFeePerGas: [hex(L2_GAS_PRICE), hex(L2_GAS_PRICE)],
          gasUsedRatio: [0.5],
          reward: [['0x0']],
        }
      case 'eth_getBalance':
        return hex(balanceOf(params[0]))
      case 'eth_getCode': {
        const a = params[0] as Address
        const isContract =
          [
            L2_BASE_TOKEN,
            L2_ASSET_ROUTER,
            L2_NATIVE_TOKEN_VAULT,
            L1_MESSENGER,
            BOOTLOADER,
            deployment.customBridge.l2,
          ].some((s) => isAddressEqual(s, a)) ||
          !!tokenByL2Address(a) ||
          !!customTokenByL2Address(a)
        return isContract ? '0x00' : '0x'
      }
      case 'eth_getTransactionCount':
        return hex(nonces.get(key(params[0])) ?? 0n)
      case 'eth_getBlockByNumber': {
        const b = findBlock(params[0])
        return b ? rpcBlock(b, !!params[1]) : null
      }
      case 'eth_getBlockByHash': {
        const b = blocks.find((x) => x.hash === params[0])
        return b ? rpcBlock(b, !!params[1]) : null
      }
      case 'eth_getTransactionReceipt': {
        const r = txs.get(params[0])
        return r ? rpcReceipt(r) : null
      }
      case 'eth_getTransactionByHash': {
        const r = txs.get(params[0])
        return r ? rpcTransaction(r) : null
      }
      case 'eth_call':
        return ethCall(params[0])
      case 'eth_estimateGas': {
        const call = params[0] as { from?: Address; to?: Address; data?: Hex; input?: Hex; value?: Hex }
        const to = call.to
        if (
          to &&
          call.from &&
          isAddressEqual(to, L2_ASSET_ROUTER) &&
          (call.data ?? call.input ?? '0x').startsWith('0xcfe7af7c')
        )
          return hex(estimateL1ToL2(call))
        if (to && isAddressEqual(to, L2_ASSET_ROUTER) && (call.data ?? call.input ?? '0x').startsWith('0x9c884fd1'))
          return hex(estimateL1ToL2(call))
        if (
          to &&
          isAddressEqual(to, deployment.customBridge.l2) &&
          (call.data ?? call.input ?? '0x').startsWith('0xcfe7af7c')
        )
          return hex(estimateL1ToL2(call))
        return hex(L2_TX_GAS)
      }
      case 'eth_sendRawTransaction':
        return serial(() => sendRawTransaction(params[0]))
      case 'eth_getLogs':
        return []
      case 'zks_L1ChainId':
        return hex(deployment.l1ChainId)
      case 'zks_getBridgehubContract':
        return deployment.bridgehub
      case 'zks_getBaseTokenL1Address':
        return isAddressEqual(chain.baseToken, ETH_TOKEN_ADDRESS) ? ETH_TOKEN_ADDRESS : chain.baseToken
      case 'zks_getL2ToL1LogProof':
        return logProof(params[0], params[1] === undefined ? undefined : Number(params[1]))
      case 'zks_estimateGasL1ToL2':
        return hex(estimateL1ToL2(params[0]))
      case 'zks_gasPerPubdata':
        return hex(800)
      case 'zks_getBridgeContracts':
        return {
          l1Erc20DefaultBridge: deployment.l1Erc20Bridge,
          l2Erc20DefaultBridge: L2_ASSET_ROUTER,
          l1SharedDefaultBridge: deployment.l1AssetRouter,
          l2SharedDefaultBridge: L2_ASSET_ROUTER,
        }
      case 'zks_getL1BatchDetails': {
        const b = batches.get(Number(params[0]))
        if (!b) return null
        return {
          number: b.number,
          status: b.executed ? 'verified' : b.committed ? 'sealed' : 'sealed',
          commitTxHash: b.commitTxHash ?? null,
          executeTxHash: b.executeTxHash ?? null,
          rootHash: b.root,
        }
      }
    }
    throw new RpcError(profile.methodNotFound.code, profile.methodNotFound.message)
  }

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
    failPriorityTxs(predicate: (tx: { to: Address; data: Hex; from: Address }) => boolean = () => true) {
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
