/**
 * The state of the simulated Era L2 (`../node.ts`): balances and nonces of the base token, bridged and custom-bridge
 * tokens, transactions, blocks and the transactions of the open batch; and the pieces every part of the node builds its
 * answers from (the L2 -> L1 message log, a bridged token's metadata).
 */
import {
  type Address,
  concat,
  decodeAbiParameters,
  encodeAbiParameters,
  encodeEventTopics,
  getAddress,
  type Hex,
  isAddressEqual,
  keccak256,
  numberToHex,
  pad,
  parseAbi,
  size,
  slice,
  toHex,
} from 'viem'
import { type ChainSetup, type Deployment, ETH_TOKEN_ADDRESS } from '../../deploy.js'
import type { L2ToL1Log } from '../merkle.js'
import { RpcError } from '../rpcServer.js'

export const BOOTLOADER: Address = '0x0000000000000000000000000000000000008001'
export const L1_MESSENGER: Address = '0x0000000000000000000000000000000000008008'
export const L2_BASE_TOKEN: Address = '0x000000000000000000000000000000000000800A'
export const L2_ASSET_ROUTER: Address = '0x0000000000000000000000000000000000010003'
export const L2_NATIVE_TOKEN_VAULT: Address = '0x0000000000000000000000000000000000010004'
const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
export const L2_GAS_PRICE = 250_000_000n // 0.25 gwei
export const L2_TX_GAS = 150_000n

export const applyAlias = (a: Address): Address =>
  getAddress(numberToHex((BigInt(a) + ALIAS_OFFSET) % 2n ** 160n, { size: 20 }))

export const l2Abi = parseAbi([
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

export type RpcLog = { address: Address; topics: Hex[]; data: Hex }

/** The ERC-20 `Transfer` log of an L2 token (a mint is from the zero address, a burn to it). */
export function transferLog(token: Address, from: Address, to: Address, amount: bigint): RpcLog {
  return {
    address: token,
    topics: encodeEventTopics({ abi: l2Abi, eventName: 'Transfer', args: { from, to } }) as Hex[],
    data: encodeAbiParameters([{ type: 'uint256' }], [amount]),
  }
}

export type TokenInfo = {
  assetId: Hex
  l2Address: Address
  originToken: Address
  originChainId: bigint
  name: string
  symbol: string
  decimals: number
  balances: Map<string, bigint>
}

export type TxRecord = {
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

export function createEraState(deployment: Deployment, chain: ChainSetup) {
  const chainId = BigInt(chain.chainId)
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
  /** the transactions since the last sealed batch */
  const openTxs: Hex[] = []

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

  return {
    chainId,
    balances,
    nonces,
    tokens,
    txs,
    blocks,
    openTxs,
    customTokens,
    key,
    balanceOf,
    credit,
    debit,
    latestBlock,
    bridgedTokenAddress,
    tokenByL2Address,
    customTokenAddress,
    customTokenByL2Address,
    tokenFor,
    messageLog,
    erc20Metadata,
    recordTx,
    parseMeta,
  }
}

export type EraState = ReturnType<typeof createEraState>
