/**
 * zksync-l1-actions in a wagmi app. wagmi keeps the connection (connectors, the account, the chains); the actions
 * take the viem clients it hands out: `getPublicClient` for reads and waits on a chain, `getConnectorClient` for the
 * connected wallet on a chain (writes go to the wallet, which signs). A connector client is for the chain the wallet
 * is on (wagmi throws `ConnectorChainMismatchError` otherwise), so each write is preceded by `switchChain`.
 *
 * The L2 is a chain definition of `zksync-l1-actions/chains`, which tells the actions its L1 and its Bridgehub; give
 * wagmi the same definition. Type-checked by `npm test` (test/examples.test.ts); in an app,
 * `npm install @wagmi/core viem zksync-l1-actions`. The plain-DOM example in examples/bridge does the same over
 * `window.ethereum` without wagmi.
 */
import {
  type Config,
  connect,
  createConfig,
  getConnection,
  getConnectorClient,
  getPublicClient,
  http,
  injected,
  switchChain,
} from '@wagmi/core'
import { type Address, type Hash, parseEther } from 'viem'
import { mainnet } from 'viem/chains'
import {
  deposit,
  ETH_ADDRESS_LEGACY,
  L2_BASE_TOKEN_ADDRESS,
  quoteDeposit,
  waitForDepositExecution,
  zksyncL1Actions,
  zksyncL2Actions,
} from 'zksync-l1-actions'
import { zksync } from 'zksync-l1-actions/chains'

export const config = createConfig({
  chains: [mainnet, zksync],
  connectors: [injected()],
  transports: { [mainnet.id]: http(), [zksync.id]: http() },
})

/** The connected account, connecting the injected wallet first if need be. */
export async function account(wagmi: Config = config): Promise<Address> {
  const connection = getConnection(wagmi)
  if (connection.address) return connection.address
  const { accounts } = await connect(wagmi, { connector: injected() })
  return accounts[0]
}

/** Quotes, deposits 0.1 ETH from the wallet on L1, and waits for the deposit's execution on L2. */
export async function depositEth(onStatus: (status: string) => void): Promise<Hash> {
  const from = await account()
  // reads need no wallet: public clients of both chains
  const l1 = getPublicClient(config, { chainId: mainnet.id })
  const l2Client = getPublicClient(config, { chainId: zksync.id })
  const amount = parseEther('0.1')
  const quote = await quoteDeposit(l1, { l2Client, account: from, token: ETH_ADDRESS_LEGACY, amount })
  if (quote.shortfalls.length > 0) throw new Error('Not enough ETH for the amount, the L2 cost and the L1 gas.')

  // the write: the wallet on L1, its client from wagmi, the action as a plain function
  await switchChain(config, { chainId: mainnet.id })
  const wallet = await getConnectorClient(config, { chainId: mainnet.id })
  const hash = await deposit(wallet, { l2Client, token: ETH_ADDRESS_LEGACY, amount })
  await waitForDepositExecution(l1, { l2Client, hash, onStatus: ({ status }) => onStatus(status) })
  return hash
}

/**
 * Withdraws 0.05 ETH on L2, waits until its batch is executed on L1, and finalizes it there; the same actions as
 * methods, through the decorators (`zksyncL1Actions` takes the L2 client once).
 */
export async function withdrawEth(onStatus: (status: string) => void): Promise<Hash> {
  const l2Client = getPublicClient(config, { chainId: zksync.id })
  const l1 = getPublicClient(config, { chainId: mainnet.id }).extend(zksyncL1Actions({ l2Client }))

  await switchChain(config, { chainId: zksync.id })
  const l2Wallet = (await getConnectorClient(config, { chainId: zksync.id })).extend(zksyncL2Actions())
  const hash = await l2Wallet.withdraw({ token: L2_BASE_TOKEN_ADDRESS, amount: parseEther('0.05') })

  // hours on mainnet: a dapp keeps the hash (e.g. in localStorage) and calls this again after a reload
  await l1.waitForWithdrawalReady({ hash, pollingInterval: 60_000, onStatus: ({ status }) => onStatus(status) })

  await switchChain(config, { chainId: mainnet.id })
  const l1Wallet = (await getConnectorClient(config, { chainId: mainnet.id })).extend(zksyncL1Actions({ l2Client }))
  const finalizeHash = await l1Wallet.finalizeWithdrawal({ hash })
  await l1.waitForTransactionReceipt({ hash: finalizeHash })
  return finalizeHash
}
