/**
 * The harness without vitest hooks, for the RPC benchmark: one anvil loaded with the deployed state,
 * and per run an `evm_snapshot`, fresh simulated L2 nodes, and an `evm_revert` afterwards. The setup
 * steps of a workflow (a withdrawal to finalize, a failed deposit to claim) go through clients that
 * are not counted.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeEventLog,
  encodeAbiParameters,
  erc20Abi,
  type Hex,
  http,
  type PublicClient,
  parseEther,
  type TestClient,
  type Transport,
  type WalletClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { type Anvil, startAnvil } from '../../test/harness/anvil.js'
import { readArtifact } from '../../test/harness/artifacts.js'
import { accounts, privateKeys } from '../../test/harness/constants.js'
import type { ChainSetup, Deployment } from '../../test/harness/deploy.js'
import { l1Chain, l2ChainOf } from '../../test/harness/index.js'
import { type L2Node, startL2Node } from '../../test/harness/l2/node.js'
import { fixturesDir } from '../../test/harness/versions.js'

const fixtures = fixturesDir('v29.4')
export const deployment: Deployment = JSON.parse(readFileSync(join(fixtures, 'deployment.json'), 'utf8'))

export const L2_BASE_TOKEN: Address = '0x000000000000000000000000000000000000800A'
const bridgehubAbi = readArtifact('Bridgehub').abi
const mailboxAbi = readArtifact('MailboxFacet').abi
const l2WithdrawAbi = [
  {
    type: 'function',
    name: 'withdraw',
    stateMutability: 'payable',
    inputs: [{ name: 'l1Receiver', type: 'address' }],
    outputs: [],
  },
] as const

export type Nodes = { a: L2Node; b: L2Node }

/** What a run gets: the L1 node, fresh L2 nodes, and uncounted clients for setup steps. */
export type RunContext = {
  anvil: Anvil
  deployment: Deployment
  l2: Nodes
  /** URLs the clients under test use for each L2 */
  l2Url: { a: string; b: string }
  /** uncounted L1 clients */
  l1: PublicClient<Transport, typeof l1Chain>
  alice: WalletClient<Transport, typeof l1Chain, Account>
  /** uncounted L2 wallet of alice */
  l2Wallet(node: L2Node): WalletClient<Transport, Chain, Account>
}

export type Bench = {
  /** runs `fn` between an evm_snapshot and an evm_revert, with fresh L2 nodes */
  isolated<T>(fn: (ctx: RunContext) => Promise<T>): Promise<T>
  stop(): Promise<void>
}

export async function startBench(): Promise<Bench> {
  const anvil = await startAnvil({ loadState: join(fixtures, 'state.json') })
  const test: TestClient<'anvil', Transport, typeof l1Chain> = createTestClient({
    mode: 'anvil',
    chain: l1Chain,
    transport: http(anvil.rpcUrl),
  })
  const l1 = createPublicClient({ chain: l1Chain, transport: http(anvil.rpcUrl), pollingInterval: 10 })
  const alice = createWalletClient({
    chain: l1Chain,
    transport: http(anvil.rpcUrl),
    account: privateKeyToAccount(privateKeys.alice),
    pollingInterval: 10,
  })
  const start = (setup: ChainSetup) => startL2Node({ l1RpcUrl: anvil.rpcUrl, deployment, chain: setup, flavour: 'era' })
  return {
    async isolated(fn) {
      const snapshot = await test.snapshot()
      const [a, b] = await Promise.all([start(deployment.chainA), start(deployment.chainB)])
      try {
        return await fn({
          anvil,
          deployment,
          l2: { a, b },
          l2Url: { a: a.rpcUrl, b: b.rpcUrl },
          l1,
          alice,
          l2Wallet: (node) =>
            createWalletClient({
              chain: l2ChainOf(node.chain, `L2 ${node.chainId}`),
              transport: http(node.rpcUrl),
              account: privateKeyToAccount(privateKeys.alice),
              pollingInterval: 10,
            }),
        })
      } finally {
        await Promise.all([a.close(), b.close()])
        await test.revert({ id: snapshot })
      }
    },
    stop: () => anvil.stop(),
  }
}

async function baseCost(ctx: RunContext, chainId: number, price: bigint, l2GasLimit: bigint) {
  return (await ctx.l1.readContract({
    address: ctx.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [BigInt(chainId), price, l2GasLimit, 800n],
  })) as bigint
}

/** The L2 hash of the priority request an L1 receipt emitted. */
export function l2HashOf(
  receipt: { logs: { address: Address; data: Hex; topics: [Hex, ...Hex[]] | [] }[] },
  diamond: Address,
): Hex {
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== diamond.toLowerCase()) continue
    try {
      const ev = decodeEventLog({ abi: mailboxAbi, data: log.data, topics: log.topics })
      if (ev.eventName === 'NewPriorityRequest') return (ev.args as unknown as { txHash: Hex }).txHash
    } catch {}
  }
  throw new Error('no NewPriorityRequest from the diamond')
}

/** An ETH deposit made with raw viem calls (setup only). */
export async function setupEthDeposit(ctx: RunContext, node: L2Node, amount: bigint) {
  const price = (await ctx.l1.getGasPrice()) * 2n
  const cost = await baseCost(ctx, node.chainId, price, 300_000n)
  const hash = await ctx.alice.writeContract({
    address: ctx.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionDirect',
    args: [
      {
        chainId: BigInt(node.chainId),
        mintValue: cost + amount,
        l2Contract: accounts.alice,
        l2Value: amount,
        l2Calldata: '0x',
        l2GasLimit: 300_000n,
        l2GasPerPubdataByteLimit: 800n,
        factoryDeps: [],
        refundRecipient: accounts.alice,
      },
    ],
    value: cost + amount,
    gasPrice: price,
  })
  return ctx.l1.waitForTransactionReceipt({ hash })
}

/** An ERC-20 deposit through the second bridge made with raw viem calls (setup only). */
export async function setupErc20Deposit(ctx: RunContext, node: L2Node, token: Address, amount: bigint) {
  const price = (await ctx.l1.getGasPrice()) * 2n
  const l2GasLimit = 1_500_000n
  const cost = await baseCost(ctx, node.chainId, price, l2GasLimit)
  await ctx.l1.waitForTransactionReceipt({
    hash: await ctx.alice.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'approve',
      args: [ctx.deployment.l1NativeTokenVault, amount],
    }),
  })
  const hash = await ctx.alice.writeContract({
    address: ctx.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionTwoBridges',
    args: [
      {
        chainId: BigInt(node.chainId),
        mintValue: cost,
        l2Value: 0n,
        l2GasLimit,
        l2GasPerPubdataByteLimit: 800n,
        refundRecipient: accounts.alice,
        secondBridgeAddress: ctx.deployment.l1AssetRouter,
        secondBridgeValue: 0n,
        secondBridgeCalldata: encodeAbiParameters(
          [{ type: 'address' }, { type: 'uint256' }, { type: 'address' }],
          [token, amount, accounts.alice],
        ),
      },
    ],
    value: cost,
    gasPrice: price,
  })
  return ctx.l1.waitForTransactionReceipt({ hash })
}

/** An ETH withdrawal from chain A, settled on L1 and not finalized; returns its L2 hash. */
export async function setupWithdrawal(ctx: RunContext): Promise<Hex> {
  await setupEthDeposit(ctx, ctx.l2.a, parseEther('3'))
  await ctx.l2.a.relay()
  const hash = await ctx.l2Wallet(ctx.l2.a).writeContract({
    address: L2_BASE_TOKEN,
    abi: l2WithdrawAbi,
    functionName: 'withdraw',
    args: [accounts.alice],
    value: parseEther('1'),
  })
  await ctx.l2.a.settle()
  return hash
}

/** A TST deposit into chain A that failed on L2, settled on L1; returns its L2 hash. */
export async function setupFailedDeposit(ctx: RunContext): Promise<Hex> {
  ctx.l2.a.failPriorityTxs()
  const receipt = await setupErc20Deposit(ctx, ctx.l2.a, ctx.deployment.tokens.testToken, 3n * 10n ** 18n)
  const l2Hash = l2HashOf(receipt, ctx.deployment.chainA.diamond)
  await ctx.l2.a.settle()
  return l2Hash
}

export { accounts, l1Chain, l2ChainOf, privateKeys }
