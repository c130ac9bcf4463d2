/**
 * The workflows of the RPC benchmark, written once per library. Each gets clients made fresh for the
 * run (viem: counting transports on L1 and L2; zksync-ethers: its Provider/Wallet through recording
 * proxies), runs the operation as a user would with default options, and waits for one L1 receipt.
 */

import { JsonRpcProvider } from 'ethers'
import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  type Hex,
  http,
  type PublicClient,
  parseEther,
  type Transport,
  type WalletClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { chainConfig, publicActionsL1, walletActionsL1 } from 'viem/zksync'
import { Provider as ZkProvider, Wallet as ZkWallet } from 'zksync-ethers'
import { type CountingTransport, countingTransport } from '../../test/harness/counting.js'
import type { L2Node } from '../../test/harness/l2/node.js'
import { type Recorded, recordingProxy } from './measure.js'
import {
  accounts,
  l1Chain,
  l2ChainOf,
  privateKeys,
  type RunContext,
  setupFailedDeposit,
  setupWithdrawal,
} from './setup.js'

export type Library = 'ours' | 'viem' | 'zksync-ethers'

/** Counted viem clients on the L1 and on the target L2. */
export type ViemClients = {
  l1: PublicClient<Transport, typeof l1Chain>
  wallet: WalletClient<Transport, typeof l1Chain, Account>
  /** the L2 client, with viem's ZKsync formatters and `custom.zksync` as in the harness */
  l2: PublicClient<Transport, Chain>
  node: L2Node
  ctx: RunContext
}

export type WorkflowName =
  | 'ETH deposit'
  | 'ERC-20 deposit (with approval)'
  | 'base-token deposit (custom-base chain)'
  | 'ETH deposit (custom-base chain)'
  | 'ERC-20 deposit (custom-base chain)'
  | 'requestExecute'
  | 'finalizeWithdrawal'
  | 'claimFailedDeposit'
  | 'isWithdrawalFinalized'

export type Workflow = {
  name: WorkflowName
  node: 'a' | 'b'
  /** uncounted preparation; its result is handed to the run */
  setup?: (ctx: RunContext) => Promise<Hex>
  viem: (c: ViemClients, prepared: Hex | undefined) => Promise<unknown>
  ethers: (w: ZkWallet, c: { ctx: RunContext; l1: JsonRpcProvider }, prepared: Hex | undefined) => Promise<unknown>
}

export const amounts = {
  eth: parseEther('1'),
  erc20: 5n * 10n ** 18n,
  base: 7n * 10n ** 18n,
  l2Value: 10n ** 9n,
}

const ETH0: Address = '0x0000000000000000000000000000000000000000'

/**
 * A deposit workflow: the same deposit through viem's `deposit` and zksync-ethers' `Wallet.deposit`, with the approval
 * flags of each named by `approve` (the token's, the base token's).
 */
function depositWorkflow(
  name: WorkflowName,
  node: 'a' | 'b',
  token: (ctx: RunContext) => Address,
  amount: bigint,
  approve: { token?: boolean; base?: boolean } = {},
): Workflow {
  return {
    name,
    node,
    viem: async (c) => {
      const hash = await c.wallet.extend(walletActionsL1()).deposit({
        client: c.l2 as never,
        token: token(c.ctx),
        amount,
        to: accounts.alice,
        refundRecipient: accounts.alice,
        ...(approve.token ? { approveToken: true } : {}),
        ...(approve.base ? { approveBaseToken: true } : {}),
      } as never)
      return c.l1.waitForTransactionReceipt({ hash })
    },
    ethers: async (w, c) => {
      const tx = await w.deposit({
        token: token(c.ctx),
        amount,
        to: accounts.alice,
        ...(approve.token ? { approveERC20: true } : {}),
        ...(approve.base ? { approveBaseERC20: true } : {}),
      })
      return tx.waitL1Commit()
    },
  }
}

export const workflows: Workflow[] = [
  depositWorkflow('ETH deposit', 'a', () => ETH0, amounts.eth),
  depositWorkflow('ERC-20 deposit (with approval)', 'a', (ctx) => ctx.deployment.tokens.testToken, amounts.erc20, {
    token: true,
  }),
  depositWorkflow(
    'base-token deposit (custom-base chain)',
    'b',
    (ctx) => ctx.deployment.tokens.baseTokenB,
    amounts.base,
    { token: true, base: true },
  ),
  depositWorkflow('ETH deposit (custom-base chain)', 'b', () => ETH0, amounts.eth, { base: true }),
  depositWorkflow('ERC-20 deposit (custom-base chain)', 'b', (ctx) => ctx.deployment.tokens.testToken, amounts.erc20, {
    token: true,
    base: true,
  }),
  {
    name: 'requestExecute',
    node: 'a',
    viem: async (c) => {
      const hash = await c.wallet.extend(walletActionsL1()).requestExecute({
        client: c.l2 as never,
        contractAddress: accounts.carol,
        calldata: '0x',
        l2Value: amounts.l2Value,
        refundRecipient: accounts.alice,
      })
      return c.l1.waitForTransactionReceipt({ hash })
    },
    ethers: async (w) => {
      const tx = await w.requestExecute({ contractAddress: accounts.carol, calldata: '0x', l2Value: amounts.l2Value })
      return tx.waitL1Commit()
    },
  },
  {
    name: 'finalizeWithdrawal',
    node: 'a',
    setup: setupWithdrawal,
    viem: async (c, l2Hash) => {
      const hash = await c.wallet.extend(walletActionsL1()).finalizeWithdrawal({ client: c.l2 as never, hash: l2Hash! })
      return c.l1.waitForTransactionReceipt({ hash })
    },
    ethers: async (w, _c, l2Hash) => {
      const tx = await w.finalizeWithdrawal(l2Hash!)
      return tx.wait()
    },
  },
  {
    name: 'claimFailedDeposit',
    node: 'a',
    setup: setupFailedDeposit,
    viem: async (c, l2Hash) => {
      const hash = await c.wallet
        .extend(walletActionsL1())
        .claimFailedDeposit({ client: c.l2 as never, depositHash: l2Hash! })
      return c.l1.waitForTransactionReceipt({ hash })
    },
    ethers: async (w, _c, l2Hash) => {
      const tx = await w.claimFailedDeposit(l2Hash!)
      return tx.wait()
    },
  },
  {
    name: 'isWithdrawalFinalized',
    node: 'a',
    setup: setupWithdrawal,
    viem: async (c, l2Hash) =>
      c.l1.extend(publicActionsL1()).isWithdrawalFinalized({ client: c.l2 as never, hash: l2Hash! }),
    ethers: async (w, _c, l2Hash) => w.isWithdrawalFinalized(l2Hash!),
  },
]

/** viem's view of a harness L2: its ZKsync chain config (formatters) plus the harness `custom.zksync`. */
export function viemL2Chain(node: L2Node): Chain {
  const base = l2ChainOf(node.chain, `L2 ${node.chainId}`)
  return defineChain({ ...base, ...chainConfig, custom: { ...chainConfig.custom, ...base.custom } } as Chain)
}

/** Counted viem clients for a run; `l2Chain` lets our side use its own chain definition. */
export function viemClients(ctx: RunContext, node: L2Node, l2Chain: Chain = viemL2Chain(node)) {
  const l1Transport: CountingTransport = countingTransport(http(ctx.anvil.rpcUrl))
  const l2Transport: CountingTransport = countingTransport(http(ctx.l2Url[node === ctx.l2.a ? 'a' : 'b']))
  const clients: ViemClients = {
    l1: createPublicClient({ chain: l1Chain, transport: l1Transport.transport, pollingInterval: 10 }),
    wallet: createWalletClient({
      chain: l1Chain,
      transport: l1Transport.transport,
      account: privateKeyToAccount(privateKeys.alice),
      pollingInterval: 10,
    }),
    l2: createPublicClient({ chain: l2Chain, transport: l2Transport.transport, pollingInterval: 10 }),
    node,
    ctx,
  }
  return { clients, recorded: (): Recorded => ({ l1: l1Transport.requests, l2: l2Transport.requests }) }
}

/**
 * viem clients for a run with JSON-RPC batching on (`http(url, { batch: true })`), over recording proxies that see
 * each HTTP request; `l2Chain` lets our side use its own chain definition.
 */
export async function viemClientsBatched(ctx: RunContext, node: L2Node, l2Chain: Chain = viemL2Chain(node)) {
  const [l1Proxy, l2Proxy] = await Promise.all([
    recordingProxy(ctx.anvil.rpcUrl),
    recordingProxy(ctx.l2Url[node === ctx.l2.a ? 'a' : 'b']),
  ])
  const l1Transport = http(l1Proxy.url, { batch: true })
  const clients: ViemClients = {
    l1: createPublicClient({ chain: l1Chain, transport: l1Transport, pollingInterval: 10 }),
    wallet: createWalletClient({
      chain: l1Chain,
      transport: l1Transport,
      account: privateKeyToAccount(privateKeys.alice),
      pollingInterval: 10,
    }),
    l2: createPublicClient({ chain: l2Chain, transport: http(l2Proxy.url, { batch: true }), pollingInterval: 10 }),
    node,
    ctx,
  }
  return {
    clients,
    recorded: (): Recorded => ({ l1: l1Proxy.requests, l2: l2Proxy.requests }),
    close: () => Promise.all([l1Proxy.close(), l2Proxy.close()]),
  }
}

export const ethersCacheTimeout = Number(process.env.BENCH_ETHERS_CACHE_TIMEOUT ?? -1)

/** Runs a workflow with zksync-ethers over recording proxies; returns what was recorded. */
export async function runWithEthers(w: Workflow, ctx: RunContext, prepared: Hex | undefined): Promise<Recorded> {
  const [l1Proxy, l2Proxy] = await Promise.all([recordingProxy(ctx.anvil.rpcUrl), recordingProxy(ctx.l2Url[w.node])])
  // ethers answers a request identical to one made in the last 250 ms from its cache; on the
  // automining harness that hands the deposit the nonce read before the approval (`nonce has already
  // been used`), which a real chain's block time hides, so the cache is off on L1 (`ethersCacheTimeout`)
  const l1 = new JsonRpcProvider(l1Proxy.url, undefined, { pollingInterval: 10, cacheTimeout: ethersCacheTimeout })
  const l2 = new ZkProvider(l2Proxy.url, undefined, { pollingInterval: 10 })
  const wallet = new ZkWallet(privateKeys.alice, l2, l1)
  try {
    await w.ethers(wallet, { ctx, l1 }, prepared)
    return { l1: l1Proxy.requests, l2: l2Proxy.requests }
  } catch (e) {
    throw Object.assign(e as Error, { recorded: { l1: l1Proxy.requests, l2: l2Proxy.requests } })
  } finally {
    l1.destroy()
    l2.destroy()
    await Promise.all([l1Proxy.close(), l2Proxy.close()])
  }
}

export type { Address }
