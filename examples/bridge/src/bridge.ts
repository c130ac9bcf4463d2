/**
 * Everything the page asks of zksync-l1-actions, as a dapp wires it: reads go to public clients on the page's own RPC
 * endpoints, writes to wallet clients over the injected wallet (which signs), and the wallet is moved to L1 or L2
 * before each write.
 */
import {
  type Address,
  type Chain,
  type CustomTransport,
  createPublicClient,
  erc20Abi,
  type Hash,
  http,
  isAddressEqual,
  type JsonRpcAccount,
  type PublicClient,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
} from 'viem'
import {
  deposit,
  finalizeWithdrawal,
  type GetDepositStatusReturnType,
  type GetWithdrawalStatusReturnType,
  getL1TokenBalance,
  getL2TokenAddress,
  L2_BASE_TOKEN_ADDRESS,
  type QuoteDepositReturnType,
  quoteDeposit,
  waitForDepositExecution,
  waitForWithdrawalReady,
  withdraw,
  type ZksyncChain,
} from 'zksync-l1-actions'
import type { Network, Token } from './config.js'
import { switchWalletTo, type Wallet, walletClientFor } from './wallet.js'

/** The clients of one L2 and the L1 it settles on. */
export type Clients = {
  l1: PublicClient<Transport, Chain>
  l2: PublicClient<Transport, ZksyncChain>
  /** present once a wallet is connected */
  l1Wallet?: WalletClient<CustomTransport, Chain, JsonRpcAccount> | undefined
  l2Wallet?: WalletClient<CustomTransport, Chain, JsonRpcAccount> | undefined
}

export function createClients(
  network: Network,
  l2Chain: ZksyncChain,
  wallet: Wallet | undefined,
  onSent: (hash: Hash) => void,
): Clients {
  const { pollingInterval } = network
  return {
    l1: createPublicClient({ chain: network.l1, transport: http(), pollingInterval }),
    l2: createPublicClient({ chain: l2Chain, transport: http(), pollingInterval }),
    l1Wallet: wallet && walletClientFor(wallet, network.l1, { pollingInterval, onSent }),
    l2Wallet: wallet && walletClientFor(wallet, l2Chain, { pollingInterval, onSent }),
  }
}

function wallets(c: Clients) {
  if (!c.l1Wallet || !c.l2Wallet) throw new Error('Connect a wallet first.')
  return { l1Wallet: c.l1Wallet, l2Wallet: c.l2Wallet }
}

/** What a deposit will cost and need, read without the wallet (the account as an address is enough). */
export function quote(c: Clients, account: Address, token: Token, amount: bigint): Promise<QuoteDepositReturnType> {
  return quoteDeposit(c.l1, { l2Client: c.l2, account, token: token.address, amount })
}

/**
 * Deposits on L1, the missing approvals first (`approve: true`: the wallet is asked for each, and each is mined
 * before the deposit goes out), then follows the deposit to its execution on L2.
 */
export async function depositAndFollow(
  c: Clients,
  token: Token,
  amount: bigint,
  onStatus: (status: GetDepositStatusReturnType) => void,
): Promise<{ hash: Hash; l2Receipt: TransactionReceipt }> {
  const { l1Wallet } = wallets(c)
  await switchWalletTo(l1Wallet, l1Wallet.chain)
  const hash = await deposit(l1Wallet, { l2Client: c.l2, token: token.address, amount, approve: true })
  const l2Receipt = await waitForDepositExecution(c.l1, { l2Client: c.l2, hash, onStatus })
  return { hash, l2Receipt }
}

/** Starts a withdrawal on L2 (the wallet moved to the L2 first). Returns the L2 transaction hash. */
export async function withdrawOnL2(c: Clients, token: Token, amount: bigint): Promise<Hash> {
  const { l2Wallet } = wallets(c)
  await switchWalletTo(l2Wallet, l2Wallet.chain)
  return withdraw(l2Wallet, { token: await getL2TokenAddress(c.l2, { token: token.address }), amount })
}

/**
 * Follows a withdrawal until it can be finalized on L1 (hours on a live network: its batch must be executed there).
 * Resolves once it is ready or finalized already; the signal stops the wait (e.g. when the page is left).
 */
export async function followWithdrawal(
  c: Clients,
  hash: Hash,
  onStatus: (status: GetWithdrawalStatusReturnType) => void,
  signal?: AbortSignal,
): Promise<void> {
  await waitForWithdrawalReady(c.l1, { l2Client: c.l2, hash, onStatus, ...(signal ? { signal } : {}) })
}

/** Finalizes a ready withdrawal on L1 (the wallet moved to L1 first) and waits for the L1 receipt. */
export async function finalizeOnL1(c: Clients, hash: Hash): Promise<TransactionReceipt> {
  const { l1Wallet } = wallets(c)
  await switchWalletTo(l1Wallet, l1Wallet.chain)
  const l1Hash = await finalizeWithdrawal(l1Wallet, { l2Client: c.l2, hash })
  return c.l1.waitForTransactionReceipt({ hash: l1Hash })
}

/** The account's balance of each token on L1 and on the L2 (`undefined` where it cannot be read). */
export async function balances(
  c: Clients,
  account: Address,
  tokens: readonly Token[],
): Promise<{ token: Token; l1: bigint | undefined; l2: bigint | undefined }[]> {
  return Promise.all(
    tokens.map(async (token) => {
      const [l1, l2] = await Promise.all([
        getL1TokenBalance(c.l1, { token: token.address, owner: account }).catch(() => undefined),
        l2Balance(c, account, token).catch(() => undefined),
      ])
      return { token, l1, l2 }
    }),
  )
}

async function l2Balance(c: Clients, account: Address, token: Token): Promise<bigint> {
  const l2Token = await getL2TokenAddress(c.l2, { token: token.address })
  if (isAddressEqual(l2Token, L2_BASE_TOKEN_ADDRESS)) return c.l2.getBalance({ address: account })
  // a token not deposited yet has no contract on L2: nothing held
  if (!(await c.l2.getCode({ address: l2Token }))) return 0n
  return c.l2.readContract({ address: l2Token, abi: erc20Abi, functionName: 'balanceOf', args: [account] })
}
