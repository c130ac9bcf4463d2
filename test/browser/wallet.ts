/**
 * The Node half of the browser test's EIP-1193 wallet: what a wallet extension does with a page's requests. It holds
 * a dev key and signs in Node (the page never sees the key), sends with viem to the chain it is on, forwards every
 * read to that chain's RPC, switches chains on `wallet_switchEthereumChain` (refusing a chain not added yet with
 * 4902, as wallets do) and reports `chainChanged`/`accountsChanged` for the page half (`injectedProvider.js`) to
 * emit. Every request is logged, so the test can say what the page asked and what the wallet sent.
 */
import {
  BaseError,
  createWalletClient,
  defineChain,
  getAddress,
  type Hash,
  type Hex,
  hexToBigInt,
  hexToNumber,
  http,
  isAddressEqual,
  numberToHex,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'

export type WalletNetwork = { chainId: number; rpcUrl: string }

/** A JSON-RPC error as EIP-1193 has it. */
export type WalletError = { code: number; message: string; data?: unknown }

/** What the page half receives: the result or the error, and the events to emit before returning. */
export type WalletAnswer = { result?: unknown; error?: WalletError; events: [event: string, value: unknown][] }

export type SentTransaction = { chainId: number; hash: Hash; to: Hex | undefined; data: Hex | undefined }

type TransactionParams = {
  from?: Hex
  to?: Hex
  data?: Hex
  input?: Hex
  value?: Hex
  gas?: Hex
  gasPrice?: Hex
  maxFeePerGas?: Hex
  maxPriorityFeePerGas?: Hex
  nonce?: Hex
  chainId?: Hex
}

const unsupported = (method: string): WalletError => ({ code: 4200, message: `The wallet does not support ${method}` })

export function createTestWallet({
  privateKey,
  l1,
  l2s,
}: {
  privateKey: Hex
  /** where the wallet starts, known from the start */
  l1: WalletNetwork
  /** known to the wallet, but to be added by the page (`wallet_addEthereumChain`) before it can switch to them */
  l2s: WalletNetwork[]
}) {
  const account = privateKeyToAccount(privateKey)
  const networks = new Map([l1, ...l2s].map((n) => [n.chainId, n]))
  const added = new Set([l1.chainId])
  let chainId = l1.chainId
  let connected = false
  const log: { method: string; chainId: number; error?: number }[] = []
  const sent: SentTransaction[] = []

  const rpcUrl = () => networks.get(chainId)!.rpcUrl

  async function forward(method: string, params: unknown[]): Promise<WalletAnswer> {
    const response = await fetch(rpcUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    const body = (await response.json()) as { result?: unknown; error?: WalletError }
    return body.error ? { error: body.error, events: [] } : { result: body.result, events: [] }
  }

  async function sendTransaction(tx: TransactionParams): Promise<WalletAnswer> {
    if (!connected) return { error: { code: 4100, message: 'The page is not connected' }, events: [] }
    if (tx.from && !isAddressEqual(tx.from, account.address))
      return { error: { code: 4100, message: `The wallet holds no key for ${tx.from}` }, events: [] }
    if (tx.chainId && hexToNumber(tx.chainId) !== chainId)
      return {
        error: { code: -32602, message: `chainId ${hexToNumber(tx.chainId)} is not the wallet's chain ${chainId}` },
        events: [],
      }
    const chain = defineChain({
      id: chainId,
      name: `chain ${chainId}`,
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [rpcUrl()] } },
    })
    const client = createWalletClient({ account, chain, transport: http(rpcUrl()) })
    const big = (v: Hex | undefined) => (v === undefined ? undefined : hexToBigInt(v))
    const data = tx.data ?? tx.input
    const fees =
      tx.gasPrice !== undefined
        ? { gasPrice: big(tx.gasPrice) }
        : { maxFeePerGas: big(tx.maxFeePerGas), maxPriorityFeePerGas: big(tx.maxPriorityFeePerGas) }
    try {
      const hash = await client.sendTransaction({
        ...(tx.to ? { to: tx.to } : {}),
        ...(data ? { data } : {}),
        value: big(tx.value) ?? 0n,
        gas: big(tx.gas),
        ...(tx.nonce !== undefined ? { nonce: hexToNumber(tx.nonce) } : {}),
        ...fees,
      } as Parameters<typeof client.sendTransaction>[0])
      sent.push({ chainId, hash, to: tx.to, data })
      return { result: hash, events: [] }
    } catch (error) {
      // the node's own answer, as a wallet passes it on
      const rpc =
        error instanceof BaseError
          ? (error.walk((e) => typeof (e as { code?: unknown }).code === 'number') as any)
          : null
      return {
        error: rpc
          ? { code: rpc.code, message: rpc.details ?? rpc.shortMessage, ...(rpc.data ? { data: rpc.data } : {}) }
          : { code: -32603, message: (error as Error).message },
        events: [],
      }
    }
  }

  async function answer(method: string, params: any[]): Promise<WalletAnswer> {
    switch (method) {
      case 'eth_requestAccounts': {
        const first = !connected
        connected = true
        return { result: [account.address], events: first ? [['accountsChanged', [account.address]]] : [] }
      }
      case 'eth_accounts':
        return { result: connected ? [account.address] : [], events: [] }
      case 'eth_chainId':
        return { result: numberToHex(chainId), events: [] }
      case 'wallet_switchEthereumChain': {
        const id = hexToNumber(params[0]?.chainId)
        if (!added.has(id)) return { error: { code: 4902, message: `Unrecognized chain ID ${id}` }, events: [] }
        if (id === chainId) return { result: null, events: [] }
        chainId = id
        return { result: null, events: [['chainChanged', numberToHex(id)]] }
      }
      case 'wallet_addEthereumChain': {
        const id = hexToNumber(params[0]?.chainId)
        // a test wallet trusts no RPC URL a page offers: it adds only the chains it was given, with their own URLs
        if (!networks.has(id)) return { error: { code: -32602, message: `Chain ${id} is not known` }, events: [] }
        added.add(id)
        return { result: null, events: [] }
      }
      case 'eth_sendTransaction':
        return sendTransaction(params[0] ?? {})
      default:
        // signing requests the page does not make: refused, never forwarded to a node
        if (/^(wallet_|personal_|eth_sign)/.test(method)) return { error: unsupported(method), events: [] }
        return forward(method, params)
    }
  }

  return {
    address: getAddress(account.address),
    /** the chain the wallet is on */
    chainId: () => chainId,
    /** every request of the page, in order, with the chain it was made on and the error code it got */
    log,
    /** every transaction the wallet signed and sent */
    sent,
    /** The page half's entry point (given to the page with `exposeFunction`). */
    async request({ method, params }: { method: string; params?: unknown[] }): Promise<WalletAnswer> {
      const on = chainId
      const out = await answer(method, params ?? []).catch(
        (error: Error): WalletAnswer => ({ error: { code: -32603, message: error.message }, events: [] }),
      )
      log.push({ method, chainId: on, ...(out.error ? { error: out.error.code } : {}) })
      return out
    },
  }
}

export type TestWallet = ReturnType<typeof createTestWallet>
