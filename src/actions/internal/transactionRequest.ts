import {
  type Account,
  type Address,
  type Chain,
  type Client,
  concat,
  formatTransactionRequest,
  type Hash,
  type Hex,
  hexToBigInt,
  hexToNumber,
  keccak256,
  type Transport,
} from 'viem'
import { estimateFeesPerGas, getBalance, getTransactionCount } from 'viem/actions'
import { parseAccount } from 'viem/utils'
import { ETH_TOKEN_ADDRESS } from '../../constants/addresses.js'
import { L1_PRIORITY_TX_GAS_BUFFER_PERCENT } from '../../constants/gas.js'
import { TransactionSendUnknownError } from '../../errors/common.js'
import { AccountRequiredError, InsufficientBalanceError } from '../../errors/deposit.js'
import { asL1Revert } from './revertName.js'

/** L1/L2 fee fields as viem takes them: a legacy `gasPrice`, or the EIP-1559 pair, never both. */
export type TransactionFeeParameters =
  | { gasPrice: bigint; maxFeePerGas?: undefined; maxPriorityFeePerGas?: undefined }
  | { gasPrice?: undefined; maxFeePerGas?: bigint | undefined; maxPriorityFeePerGas?: bigint | undefined }

/** A plain transaction request, ready for viem's `sendTransaction`. */
export type PreparedTransactionRequest = {
  account?: Account | Address | undefined
  chain?: Chain | null | undefined
  to: Address
  data: Hex
  value?: bigint | undefined
  gas?: bigint | undefined
  nonce?: number | undefined
} & TransactionFeeParameters

/** Internal: the request with the caller's account, nonce and fees, leaving out what was not given. */
export function withOverrides<request extends { to: Address; data: Hex; value?: bigint | undefined }>(
  request: request,
  overrides: {
    account?: Account | Address | undefined
    chain?: Chain | null | undefined
    nonce?: number | undefined
  } & TransactionFeeParameters,
): request & PreparedTransactionRequest {
  const { account, chain, nonce, gasPrice, maxFeePerGas, maxPriorityFeePerGas } = overrides
  return {
    ...request,
    chain: chain ?? null,
    ...(account ? { account } : {}),
    ...(nonce !== undefined ? { nonce } : {}),
    ...(gasPrice !== undefined
      ? { gasPrice }
      : {
          ...(maxFeePerGas !== undefined ? { maxFeePerGas } : {}),
          ...(maxPriorityFeePerGas !== undefined ? { maxPriorityFeePerGas } : {}),
        }),
  } as request & PreparedTransactionRequest
}

/** Internal: whether the sender signs locally (a private key), so that viem fills and signs its transactions itself. */
export function isLocalAccount(account: Account | Address | undefined | null): boolean {
  return typeof account === 'object' && account !== null && account.type === 'local'
}

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/**
 * Internal: the client's own action `name`, when the client was extended with one (a public or wallet client, or a
 * client that overrides it, such as a smart-account client). Without one, this package speaks JSON-RPC itself rather
 * than bundling viem's action: viem's `estimateGas`, `prepareTransactionRequest` and `sendTransaction` bring in the
 * EIP-7702 authorization recovery and with it secp256k1 (about 20 kB gzipped), which none of our requests need.
 */
function ownAction<fn>(client: AnyClient, name: string): fn | undefined {
  const action = (client as unknown as Record<string, unknown>)[name]
  return typeof action === 'function' ? (action as fn) : undefined
}

/** Internal: the client's chain formatter for transaction requests, or viem's default. */
function formatRequest(client: AnyClient, chain: Chain | null | undefined, request: Record<string, unknown>) {
  const format = (chain ?? client.chain)?.formatters?.transactionRequest?.format ?? formatTransactionRequest
  return format(request as never) as Record<string, unknown>
}

/** Internal: the request's fields, without the account and chain, with `from`. */
function rpcFields(request: Record<string, unknown>, from: Address): Record<string, unknown> {
  const { account: _account, chain: _chain, prepare: _prepare, ...fields } = request
  return { ...fields, from }
}

/**
 * Internal: `eth_estimateGas` for `request` from its account: the client's own `estimateGas` (without preparing the
 * request first), or the JSON-RPC method. A revert is thrown as the node reported it, for the caller to map.
 */
export async function estimateGas(
  client: AnyClient,
  request: { account?: Account | Address | undefined; to: Address; data?: Hex | undefined; value?: bigint | undefined },
): Promise<bigint> {
  const own = ownAction<(p: unknown) => Promise<bigint>>(client, 'estimateGas')
  if (own) return own({ ...request, prepare: false })
  const account = request.account ?? client.account
  if (!account) throw new AccountRequiredError({ action: 'estimateGas' })
  const params = formatRequest(client, undefined, rpcFields(request, parseAccount(account).address))
  return hexToBigInt(await client.request({ method: 'eth_estimateGas', params: [params] } as never))
}

/**
 * Internal: `estimateGas` of an L1 transaction to the contracts of the protocol: a revert is an
 * `L1ExecutionRevertedError` that names it (`asL1Revert`).
 */
export async function estimateL1Gas(
  client: AnyClient,
  request: { account?: Account | Address | undefined; to: Address; data?: Hex | undefined; value?: bigint | undefined },
): Promise<bigint> {
  return estimateGas(client, request).catch((error) => {
    throw asL1Revert(error, request.to)
  })
}

/** Internal: `estimateL1Gas` of a priority transaction, plus `L1_PRIORITY_TX_GAS_BUFFER_PERCENT`. */
export async function estimatePriorityTxGas(
  client: AnyClient,
  request: { account?: Account | Address | undefined; to: Address; data?: Hex | undefined; value?: bigint | undefined },
): Promise<bigint> {
  const gas = await estimateL1Gas(client, request)
  return gas + (gas * L1_PRIORITY_TX_GAS_BUFFER_PERCENT) / 100n
}

/**
 * Internal: fills what a local account needs to sign (chain id, nonce, gas, fees, type), leaving what is given: the
 * client's own `prepareTransactionRequest` when it has one, otherwise the chain id of the chain given, the account's
 * nonce manager or `eth_getTransactionCount` (pending), `eth_estimateGas` and viem's fee estimate, in parallel. A
 * revert of the estimate is thrown from here, before anything is signed, for the caller to map.
 */
export async function fillTransactionRequest<request extends { to: Address; data: Hex }>(
  client: AnyClient,
  request: request & {
    account?: Account | Address | undefined
    chain?: Chain | null | undefined
    gas?: bigint | undefined
    nonce?: number | undefined
    gasPrice?: bigint | undefined
    maxFeePerGas?: bigint | undefined
    maxPriorityFeePerGas?: bigint | undefined
  },
): Promise<request & { gas: bigint; nonce: number }> {
  const account_ = request.account ?? client.account
  const chain = request.chain ?? client.chain
  // a nonce the account's manager hands out here is given back (the manager reset) if the request goes no further
  const managed = typeof account_ === 'object' && account_.nonceManager !== undefined && request.nonce === undefined
  const own = ownAction<(p: unknown) => Promise<never>>(client, 'prepareTransactionRequest')
  if (own)
    try {
      return await own({
        ...request,
        account: account_,
        chain,
        ...(managed ? { nonceManager: account_.nonceManager } : {}),
      })
    } catch (error) {
      if (managed) releaseNonce(account_, chain?.id)
      throw error
    }
  if (!account_) throw new AccountRequiredError({ action: 'prepareTransactionRequest' })
  const account = parseAccount(account_)
  const chainId = chain?.id ?? hexToNumber(await client.request({ method: 'eth_chainId' } as never))
  const { gasPrice, maxFeePerGas, maxPriorityFeePerGas } = request
  const [nonce, gas, fees] = await Promise.all([
    request.nonce ??
      (account.nonceManager
        ? account.nonceManager.consume({ address: account.address, chainId, client })
        : getTransactionCount(client, { address: account.address, blockTag: 'pending' })),
    request.gas ?? estimateGas(client, { ...request, account }),
    gasPrice !== undefined || (maxFeePerGas !== undefined && maxPriorityFeePerGas !== undefined)
      ? undefined
      : estimateFeesPerGas(client, { chain } as never),
  ]).catch((error) => {
    if (managed) releaseNonce(account, chainId)
    throw error
  })
  const feeFields =
    gasPrice !== undefined
      ? { gasPrice, type: 'legacy' as const }
      : {
          maxFeePerGas: maxFeePerGas ?? fees!.maxFeePerGas!,
          maxPriorityFeePerGas:
            maxPriorityFeePerGas ?? min(fees!.maxPriorityFeePerGas!, maxFeePerGas ?? fees!.maxFeePerGas!),
          type: 'eip1559' as const,
        }
  return { ...request, account, chain, chainId, nonce, gas, ...feeFields } as never
}

const min = (a: bigint, b: bigint) => (a < b ? a : b)

/**
 * Internal: `fillTransactionRequest` on L1, held against the account's ETH: value + gas × fee cap must not exceed
 * `balance` (when the caller read it beside its other reads), else an `InsufficientBalanceError` saying how much is
 * missing, before anything is signed (the nonce the fill took given back). A node that holds the estimate itself
 * against the balance refuses the fill instead: then (and only then, so it costs nothing otherwise) the request is
 * estimated without its fees and the balance read, to say the same. With `headroom`, the filled gas gets
 * `L1_PRIORITY_TX_GAS_BUFFER_PERCENT` on top, and the check counts it. A revert of the fill is an
 * `L1ExecutionRevertedError` that names it (`asL1Revert`).
 */
export async function fillL1TransactionRequest<request extends { to: Address; data: Hex; value?: bigint | undefined }>(
  client: AnyClient,
  request: request & Parameters<typeof fillTransactionRequest>[1],
  { balance, headroom = false }: { balance?: bigint | undefined; headroom?: boolean | undefined } = {},
): Promise<request & { gas: bigint; nonce: number }> {
  const raise = (gas: bigint) => (headroom ? gas + (gas * L1_PRIORITY_TX_GAS_BUFFER_PERCENT) / 100n : gas)
  const account_ = request.account ?? client.account
  const owner = account_ ? parseAccount(account_).address : undefined
  const { to, data, value = 0n } = request
  const shortfall = (gas: bigint, fee: bigint, held: bigint) => {
    const needed = value + raise(gas) * fee
    return owner && held < needed
      ? new InsufficientBalanceError({ token: ETH_TOKEN_ADDRESS, owner, needed, balance: held })
      : undefined
  }
  const filled = await fillTransactionRequest(client, request).catch(async (error) => {
    if (!owner) throw asL1Revert(error, to)
    const known = request.gasPrice ?? request.maxFeePerGas
    const found = await Promise.all([
      estimateGas(client, { account: account_, to, data, value }),
      balance ?? getBalance(client, { address: owner }),
      known ?? estimateFeesPerGas(client, { chain: request.chain ?? client.chain } as never),
    ]).catch(() => undefined)
    if (found) {
      const [gas, held, fees] = found
      const short = shortfall(gas, typeof fees === 'bigint' ? fees : (fees.maxFeePerGas ?? fees.gasPrice ?? 0n), held)
      if (short) throw short
    }
    throw asL1Revert(error, to)
  })
  const fee = (filled as { gasPrice?: bigint }).gasPrice ?? (filled as { maxFeePerGas?: bigint }).maxFeePerGas ?? 0n
  const short = balance === undefined ? undefined : shortfall(filled.gas, fee, balance)
  if (short) {
    if (request.nonce === undefined)
      releaseNonce(account_, (filled as { chainId?: number }).chainId ?? client.chain?.id)
    throw short
  }
  return { ...filled, gas: raise(filled.gas) }
}

/**
 * Internal: makes the account's nonce manager (if it has one) read the next nonce from the node again, after a nonce
 * it handed out was not used, as viem's `sendTransaction` does when a send fails. Without it the next transaction
 * would wait forever behind the gap.
 */
export function releaseNonce(account: Account | Address | undefined, chainId: number | undefined): void {
  if (typeof account === 'object' && account.nonceManager && chainId !== undefined)
    account.nonceManager.reset({ address: account.address, chainId })
}

/** Transport failures after which the node may have received the transaction: its answer was lost, not a refusal. */
const LOST_ANSWER_ERRORS = new Set(['HttpRequestError', 'TimeoutError', 'SocketClosedError', 'WebSocketRequestError'])

/**
 * Internal: sends a transaction through the client's own `sendTransaction` (a wallet client's, or an override such as
 * a smart-account client's) or, on a bare client, itself: `eth_sendRawTransaction` for a local account,
 * `eth_sendTransaction` for any other. A local account's request is filled first (`fillTransactionRequest`) and signed
 * here, so its hash is known before it leaves; a client's own `sendTransaction` then prepares nothing more and signs
 * the same fields to the same bytes. When the node's answer to a local send is lost (a transport error:
 * timeout, HTTP or socket failure), the error is a `TransactionSendUnknownError` carrying the hash, so that the caller
 * can look it up instead of sending again; `approvalHashes` (approvals mined before) ride along in it.
 */
export async function sendTransactionWithKnownHash(
  client: AnyClient,
  request: { to: Address; data: Hex; account?: Account | Address | undefined; chain?: Chain | null | undefined },
  approvalHashes: Hash[] = [],
): Promise<Hash> {
  const account_ = request.account ?? client.account
  const chain = request.chain === undefined ? client.chain : request.chain
  if (!account_) throw new AccountRequiredError({ action: 'sendTransaction' })
  const account = parseAccount(account_)
  const send = ownAction<(p: unknown) => Promise<Hash>>(client, 'sendTransaction')
  // the client's `dataSuffix` (attribution) ends the calldata, as viem's `sendTransaction` appends it
  const suffix = (client as { dataSuffix?: Hex | { value: Hex } | undefined }).dataSuffix
  const suffixed = (data: Hex) => (suffix ? concat([data, typeof suffix === 'string' ? suffix : suffix.value]) : data)
  if (account.type !== 'local') {
    if (send) return send({ ...request, account, chain })
    const params = formatRequest(
      client,
      chain,
      rpcFields({ ...request, data: suffixed(request.data) }, account.address),
    )
    return client.request({ method: 'eth_sendTransaction', params: [params] } as never, { retryCount: 0 })
  }
  const prepared = await fillTransactionRequest(client, { ...request, account, chain })
  const transaction = { ...prepared, data: suffixed(prepared.data) }
  let hash: Hash | undefined
  try {
    const signed = await account.signTransaction(transaction as never, {
      serializer: chain?.serializers?.transaction as never,
    })
    const envelope = chain?.serializers?.transactionEnvelope
    const serialized = envelope
      ? await envelope({ serializedTransaction: signed, transaction: transaction as never })
      : signed
    hash = keccak256(serialized)
    // a client's own `sendTransaction` (which may be an override) signs the same fields again, to the same bytes
    if (send) return await send({ ...prepared, account, chain })
    return await client.request({ method: 'eth_sendRawTransaction', params: [serialized] } as never, { retryCount: 0 })
  } catch (error) {
    // the nonce is read from the node again next time: it counts the transaction if the node got it after all
    releaseNonce(account, (prepared as { chainId?: number }).chainId ?? chain?.id)
    if (hash && isLostAnswer(error))
      throw new TransactionSendUnknownError({ hash, approvalHashes, cause: error as Error })
    throw error
  }
}

function isLostAnswer(error: unknown): boolean {
  for (let e = error as { name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.name && LOST_ANSWER_ERRORS.has(e.name)) return true
  return false
}
