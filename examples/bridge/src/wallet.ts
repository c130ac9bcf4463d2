/**
 * The injected wallet (EIP-1193, `window.ethereum`): connecting, the viem wallet clients over it, and moving the
 * wallet to the chain a transaction is for. The wallet signs; the page never sees a key.
 */
import {
  type Address,
  BaseError,
  type Chain,
  type CustomTransport,
  createWalletClient,
  custom,
  type EIP1193Provider,
  getAddress,
  type Hash,
  type JsonRpcAccount,
  SwitchChainError,
  type WalletClient,
} from 'viem'
import 'viem/window'

export type Wallet = { provider: EIP1193Provider; account: Address }

/** The wallet the browser injected, if any. */
export function injectedProvider(): EIP1193Provider | undefined {
  return typeof window === 'undefined' ? undefined : window.ethereum
}

/** Asks the wallet for its account (the wallet shows its connect prompt the first time). */
export async function connect(provider: EIP1193Provider): Promise<Wallet> {
  const [account] = await provider.request({ method: 'eth_requestAccounts' })
  if (!account) throw new Error('The wallet shared no account.')
  return { provider, account: getAddress(account) }
}

/** The wallet's account if this page is connected already (no prompt: `eth_accounts`), e.g. after a reload. */
export async function connected(provider: EIP1193Provider): Promise<Wallet | undefined> {
  const [account] = await provider.request({ method: 'eth_accounts' }).catch(() => [])
  return account ? { provider, account: getAddress(account) } : undefined
}

/**
 * A wallet client for one chain over the injected provider. `onSent` hears every transaction the wallet sends, so
 * the page can show each approval and deposit as it leaves, while the library's action is still running.
 */
export function walletClientFor(
  wallet: Wallet,
  chain: Chain,
  options: { pollingInterval: number; onSent?: (hash: Hash) => void },
): WalletClient<CustomTransport, Chain, JsonRpcAccount> {
  const transport = custom({
    async request(args: { method: string; params?: unknown }) {
      const result = await wallet.provider.request(args as never)
      if (args.method === 'eth_sendTransaction') options.onSent?.(result as Hash)
      return result
    },
  })
  return createWalletClient({ account: wallet.account, chain, transport, pollingInterval: options.pollingInterval })
}

/**
 * Moves the wallet to `chain` (`wallet_switchEthereumChain`); a wallet that does not know the chain yet (error 4902)
 * is asked to add it (`wallet_addEthereumChain`) first. viem's `sendTransaction` refuses to send while the wallet is
 * on another chain, so every write is preceded by this.
 */
export async function switchWalletTo(client: WalletClient, chain: Chain): Promise<void> {
  if ((await client.getChainId()) === chain.id) return
  try {
    await client.switchChain({ id: chain.id })
  } catch (error) {
    if (!(error instanceof BaseError && error.walk((e) => e instanceof SwitchChainError))) throw error
    await client.addChain({ chain })
    await client.switchChain({ id: chain.id })
  }
}

/** Tells the page the wallet's chain now, and its chain and account whenever the user changes them in the wallet. */
export function watchWallet(
  provider: EIP1193Provider,
  on: { chain: (chainId: number) => void; account: (account: Address | undefined) => void },
): void {
  provider.on('chainChanged', (chainId) => on.chain(Number(chainId)))
  provider.on('accountsChanged', (accounts) => on.account(accounts[0] ? getAddress(accounts[0]) : undefined))
  provider
    .request({ method: 'eth_chainId' })
    .then((chainId) => on.chain(Number(chainId)))
    .catch(() => {})
}
