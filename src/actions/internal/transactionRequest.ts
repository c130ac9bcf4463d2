import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type Hash,
  type Hex,
  keccak256,
  type Transport,
} from 'viem'
import { prepareTransactionRequest, sendTransaction } from 'viem/actions'
import { getAction, parseAccount } from 'viem/utils'
import { ETH_TOKEN_ADDRESS } from '../../constants/addresses.js'
import { TransactionSendUnknownError } from '../../errors/common.js'
import { InsufficientBalanceError } from '../../errors/deposit.js'

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

/**
 * Internal: fills what viem's `sendTransaction` would fill for a local account (gas, nonce, fees, chain id) in one
 * preparation, usually one `eth_fillTransaction`, so that the send that follows asks the node for nothing more. A
 * revert of the estimate is thrown from here, before anything is signed, for the caller to map.
 */
export async function fillTransactionRequest<request extends { to: Address; data: Hex }>(
  client: Client<Transport, Chain | undefined, Account | undefined>,
  request: request & { account?: Account | Address | undefined; chain?: Chain | null | undefined },
): Promise<request & { gas: bigint; nonce: number }> {
  return (await getAction(
    client,
    prepareTransactionRequest,
    'prepareTransactionRequest',
  )({ ...request, account: request.account ?? client.account, chain: request.chain ?? client.chain } as never)) as never
}

/**
 * Internal: the balance check of a quote, once the L1 gas is known: the ETH that leaves the account (its `totals`) plus
 * `gas` at the request's fee cap must not exceed the account's ETH balance.
 */
export function assertEthCoversGas(
  quote: {
    account: Address
    totals: readonly { token: Address; amount: bigint }[]
    balances: readonly { token: Address; amount: bigint }[]
  },
  request: { gas: bigint; gasPrice?: bigint | undefined; maxFeePerGas?: bigint | undefined },
): void {
  const eth = (list: readonly { token: Address; amount: bigint }[]) =>
    list.find((t) => t.token.toLowerCase() === ETH_TOKEN_ADDRESS.toLowerCase())?.amount ?? 0n
  const needed = eth(quote.totals) + request.gas * (request.gasPrice ?? request.maxFeePerGas ?? 0n)
  const balance = eth(quote.balances)
  if (balance < needed)
    throw new InsufficientBalanceError({ token: ETH_TOKEN_ADDRESS, owner: quote.account, needed, balance })
}

/** Transport failures after which the node may have received the transaction: its answer was lost, not a refusal. */
const LOST_ANSWER_ERRORS = new Set(['HttpRequestError', 'TimeoutError', 'SocketClosedError', 'WebSocketRequestError'])

/**
 * Internal: sends a transaction through viem's `sendTransaction` (the client's own, if overridden), knowing its hash
 * before it leaves. A local account's transaction is prepared first (the one `prepareTransactionRequest` viem's send
 * would make; the send then fills nothing more) and signed here to get its hash; viem signs the same fields again,
 * deterministically, to the same bytes. When the node's answer to the send is lost (a transport error: timeout, HTTP or
 * socket failure), the error is a `TransactionSendUnknownError` carrying that hash, so that the caller can look it up
 * instead of sending again; `approvalHashes` (approvals mined before) ride along in it.
 */
export async function sendTransactionWithKnownHash(
  client: Client<Transport, Chain | undefined, Account | undefined>,
  request: { to: Address; data: Hex; account?: Account | Address | undefined; chain?: Chain | null | undefined },
  approvalHashes: Hash[] = [],
): Promise<Hash> {
  const account_ = request.account ?? client.account
  const chain = request.chain === undefined ? client.chain : request.chain
  const send = getAction(client, sendTransaction, 'sendTransaction')
  if (!account_ || parseAccount(account_).type !== 'local')
    return send({ ...request, account: account_, chain } as never)
  const account = parseAccount(account_) as Account & { type: 'local' }
  const prepared = (await getAction(
    client,
    prepareTransactionRequest,
    'prepareTransactionRequest',
  )({ ...request, account, chain } as never)) as Record<string, unknown>
  const signed = await account.signTransaction(prepared as never, {
    serializer: chain?.serializers?.transaction as never,
  })
  const envelope = chain?.serializers?.transactionEnvelope
  const serialized = envelope
    ? await envelope({ serializedTransaction: signed, transaction: prepared as never })
    : signed
  const hash = keccak256(serialized)
  try {
    return await send({ ...prepared, account, chain } as never)
  } catch (error) {
    if (isLostAnswer(error)) throw new TransactionSendUnknownError({ hash, approvalHashes, cause: error as Error })
    throw error
  }
}

function isLostAnswer(error: unknown): boolean {
  for (let e = error as { name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.name && LOST_ANSWER_ERRORS.has(e.name)) return true
  return false
}
