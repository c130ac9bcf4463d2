/**
 * The whole L1 <-> L2 lifecycle on the embedded world, through the package's public actions only, as a user writes
 * it. The one thing the user does not do is settle batches on L1: the demo plays the operator for that (and, once, to
 * make a deposit fail on L2 so that it can be claimed back).
 */
import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  erc20Abi,
  type Hash,
  http,
  type PublicClient,
  parseEther,
  type Transport,
  type WalletClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { foundry } from 'viem/chains'
import {
  claimFailedDeposit,
  deposit,
  ETH_ADDRESS_LEGACY,
  finalizeWithdrawal,
  type GetDepositStatusReturnType,
  type GetWithdrawalStatusReturnType,
  getBaseCost,
  getDepositStatus,
  getL2TokenAddress,
  getWithdrawalStatus,
  isWithdrawalFinalized,
  quoteDeposit,
  requestExecute,
  waitForDepositExecution,
  waitForWithdrawalReady,
  withdraw,
} from '../../src/index.js'
import { privateKeys } from '../../test/harness/constants.js'
import { type Counted, countedHttp, type Reporter, type StepContext, short } from './report.js'
import { type ChainKey, chainIds, type World } from './world.js'

export type Group = 'deposit' | 'withdraw' | 'claim'

export type LifecycleOptions = {
  /** the chain of the deposit/withdraw part */
  chain: ChainKey
  only?: Group | undefined
}

type Step = { name: string; title: string; groups: Group[]; run: (ctx: StepContext) => Promise<void> }

const POLL = 25
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The counters the reporter sums; filled once the world is up. */
export type Clients = { counters: Counted[]; l1Counter?: Counted; l1Reader?: PublicClient }

export function lifecycleSteps(options: LifecycleOptions, world: () => World, clients: Clients) {
  const key = options.chain
  const ETH = ETH_ADDRESS_LEGACY
  const amounts = {
    ethDeposit: parseEther('2'),
    tstDeposit: parseEther('10'),
    customDeposit: parseEther('5'),
    l2Value: parseEther('0.01'),
    ethWithdraw: parseEther('1'),
    tstWithdraw: parseEther('4'),
    failing: parseEther('3'),
  }
  const receiver: Address = '0x000000000000000000000000000000000000c0DE'
  const account = privateKeyToAccount(privateKeys.alice)

  // what a user would create: an L1 public and wallet client and, per L2, a public and a wallet client
  let l1: PublicClient<Transport, Chain>
  let wallet: WalletClient<Transport, Chain, Account>
  let reader: PublicClient<Transport, Chain>
  const l2 = {} as Record<ChainKey, PublicClient<Transport, Chain>>
  const l2Wallet = {} as Record<ChainKey, WalletClient<Transport, Chain, Account>>

  function connect(w: World) {
    const l1Chain = defineChain({
      ...foundry,
      contracts: { multicall3: { address: w.deployment.multicall3 as Address } },
    })
    const l1Counted = countedHttp(w.l1RpcUrl)
    clients.l1Counter = l1Counted
    clients.counters.push(l1Counted)
    l1 = createPublicClient({ chain: l1Chain, transport: l1Counted.transport, pollingInterval: POLL })
    wallet = createWalletClient({ chain: l1Chain, transport: l1Counted.transport, account, pollingInterval: POLL })
    reader = createPublicClient({ chain: l1Chain, transport: http(w.l1RpcUrl) })
    clients.l1Reader = reader as PublicClient
    for (const k of Object.keys(w.nodes) as ChainKey[]) {
      const node = w.nodes[k]
      // a chain definition as `zksync-l1-actions/chains` ships them: the L1 it settles on and its Bridgehub
      const chain = defineChain({
        id: node.chainId,
        name: `L2 ${node.chainId}`,
        nativeCurrency: {
          name: k === 'custom' ? 'BTB' : 'Ether',
          symbol: k === 'custom' ? 'BTB' : 'ETH',
          decimals: 18,
        },
        rpcUrls: { default: { http: [node.rpcUrl] } },
        custom: {
          zksync: {
            l1ChainId: w.deployment.l1ChainId,
            ...(k === 'zksync-os' ? { vm: 'zksync-os' as const } : {}),
            contracts: { bridgehub: w.deployment.bridgehub },
          },
        },
      })
      const counted = countedHttp(node.rpcUrl)
      clients.counters.push(counted)
      l2[k] = createPublicClient({ chain, transport: counted.transport, pollingInterval: POLL })
      l2Wallet[k] = createWalletClient({ chain, transport: counted.transport, account, pollingInterval: POLL })
    }
  }

  const base = (k: ChainKey) => (k === 'custom' ? 'BTB' : 'ETH')
  const tst = () => world().deployment.tokens.testToken as Address
  const depositStatusLine = (s: GetDepositStatusReturnType) =>
    `${s.status}${s.l2Hash ? ` (L2 ${short(s.l2Hash)})` : ''}${s.claimable !== undefined ? ` claimable=${s.claimable}` : ''}`
  const withdrawalStatusLine = (s: GetWithdrawalStatusReturnType) =>
    `${s.status}${s.waitingFor ? `, waiting for ${s.waitingFor}` : ''}${s.l2BatchNumber !== undefined ? `, batch ${s.l2BatchNumber}` : ''}`

  async function l1Balance(token: Address | 'ETH') {
    if (token === 'ETH') return reader.getBalance({ address: account.address })
    return reader.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [account.address] })
  }

  /** Deposits and follows the deposit to its L2 execution. */
  async function depositAndFollow(ctx: StepContext, k: ChainKey, token: Address, symbol: string, amount: bigint) {
    const l2Client = l2[k]
    const approve = token !== ETH || k === 'custom'
    const hash = await deposit(wallet, { l2Client, token, amount, ...(approve ? { approve: true } : {}) })
    ctx.hash('L1', hash)
    ctx.amount(symbol, amount)
    const receipt = await waitForDepositExecution(l1, {
      l2Client,
      hash,
      pollingInterval: POLL,
      onStatus: (s) => ctx.phase(depositStatusLine(s)),
    })
    ctx.hash('L2', receipt.transactionHash)
    ctx.data('l2Status', receipt.status)
    return { hash, receipt }
  }

  const withdrawals: { eth?: Hash; tst?: Hash } = {}
  let failed: Hash | undefined

  const steps: Step[] = [
    {
      name: 'quote-deposit-eth',
      title: `quote a 2 ETH deposit into ${chainIds[key]}`,
      groups: ['deposit'],
      run: async (ctx) => {
        const quote = await quoteDeposit(l1, {
          account: account.address,
          l2Client: l2[key],
          token: ETH,
          amount: amounts.ethDeposit,
        })
        const baseCost = await getBaseCost(l1, { l2Client: l2[key], l2GasLimit: quote.l2GasLimit })
        ctx.amount('ETH', quote.amount)
        ctx.data('route', quote.route)
        ctx.data('baseCost', `${formatEth(baseCost)} ${base(key)}`)
        ctx.data('l2GasLimit', quote.l2GasLimit)
      },
    },
    {
      name: 'deposit-eth',
      title: `deposit ETH into ${chainIds[key]}`,
      groups: ['deposit', 'withdraw'],
      run: (ctx) => depositAndFollow(ctx, key, ETH, 'ETH', amounts.ethDeposit).then(() => {}),
    },
    {
      name: 'deposit-tst',
      title: `deposit TST into ${chainIds[key]} (approve: true)`,
      groups: ['deposit', 'withdraw'],
      run: (ctx) => depositAndFollow(ctx, key, tst(), 'TST', amounts.tstDeposit).then(() => {}),
    },
    ...(key === 'custom'
      ? [
          {
            // the L2 gas of the withdrawals is paid in BTB
            name: 'deposit-btb',
            title: `deposit the base token BTB into ${chainIds.custom}`,
            groups: ['deposit', 'withdraw'] as Group[],
            run: (ctx: StepContext) =>
              depositAndFollow(
                ctx,
                'custom',
                world().deployment.tokens.baseTokenB as Address,
                'BTB',
                amounts.customDeposit,
              ).then(() => {}),
          },
        ]
      : [
          {
            name: 'deposit-tst-custom-base',
            title: `deposit TST into custom-base ${chainIds.custom} (BTB+TST)`,
            groups: ['deposit'] as Group[],
            run: (ctx: StepContext) =>
              depositAndFollow(ctx, 'custom', tst(), 'TST', amounts.customDeposit).then(() => {}),
          },
        ]),
    {
      name: 'request-execute',
      title: `requestExecute: L1 -> L2 call on ${chainIds[key]}`,
      groups: ['deposit'],
      run: async (ctx) => {
        const hash = await requestExecute(wallet, {
          l2Client: l2[key],
          contractAddress: receiver,
          l2Value: amounts.l2Value,
          ...(key === 'custom' ? { approve: true } : {}),
        })
        ctx.hash('L1', hash)
        ctx.amount(base(key), amounts.l2Value)
        const receipt = await waitForDepositExecution(l1, {
          l2Client: l2[key],
          hash,
          pollingInterval: POLL,
          onStatus: (s) => ctx.phase(depositStatusLine(s)),
        })
        ctx.hash('L2', receipt.transactionHash)
        ctx.data('l2Status', receipt.status)
      },
    },
    {
      name: 'withdraw-eth',
      title: `withdraw ETH on L2 ${chainIds[key]}`,
      groups: ['withdraw'],
      run: async (ctx) => {
        const hash = await withdraw(l2Wallet[key], { token: ETH, amount: amounts.ethWithdraw })
        withdrawals.eth = hash
        ctx.hash('L2', hash)
        ctx.amount('ETH', amounts.ethWithdraw)
        ctx.data('status', withdrawalStatusLine(await getWithdrawalStatus(l1, { l2Client: l2[key], hash })))
      },
    },
    {
      name: 'withdraw-tst',
      title: `withdraw TST on L2 ${chainIds[key]}`,
      groups: ['withdraw'],
      run: async (ctx) => {
        const token = await getL2TokenAddress(l2[key], { token: tst() })
        const hash = await withdraw(l2Wallet[key], { token, amount: amounts.tstWithdraw })
        withdrawals.tst = hash
        ctx.hash('L2', hash)
        ctx.amount('TST', amounts.tstWithdraw)
        ctx.data('status', withdrawalStatusLine(await getWithdrawalStatus(l1, { l2Client: l2[key], hash })))
      },
    },
    {
      name: 'follow-withdrawals',
      title: 'follow both withdrawals until ready on L1',
      groups: ['withdraw'],
      run: async (ctx) => {
        const node = world().nodes[key]
        const follow = (label: string, hash: Hash) =>
          waitForWithdrawalReady(l1, {
            l2Client: l2[key],
            hash,
            pollingInterval: POLL,
            timeout: 20_000,
            onStatus: (s) => ctx.phase(`${label}: ${withdrawalStatusLine(s)}`),
          })
        const waiting = Promise.all([follow('ETH', withdrawals.eth!), follow('TST', withdrawals.tst!)])
        waiting.catch(() => {})
        // the operator's part: seal the batch, commit it on L1, prove and execute it
        await sleep(4 * POLL)
        const batch = await node.sealBatch()
        ctx.phase(`operator: batch ${batch} sealed on L2`)
        await sleep(4 * POLL)
        await node.commitBatches()
        ctx.phase('operator: batch committed on L1')
        await sleep(4 * POLL)
        await node.executeBatches()
        ctx.phase('operator: batch proven and executed on L1')
        const [ethParams] = await waiting
        ctx.data('batch', ethParams.l2BatchNumber)
      },
    },
    {
      name: 'finalize-eth',
      title: 'finalize the ETH withdrawal on L1',
      groups: ['withdraw'],
      run: async (ctx) => {
        const before = await l1Balance('ETH')
        const hash = await finalizeWithdrawal(wallet, { l2Client: l2[key], hash: withdrawals.eth! })
        ctx.hash('L1', hash)
        const receipt = await l1.waitForTransactionReceipt({ hash })
        ctx.data('l1Status', receipt.status)
        // what arrived: the balance change plus the gas the finalization cost
        ctx.amount('ETH', (await l1Balance('ETH')) - before + receipt.gasUsed * receipt.effectiveGasPrice)
      },
    },
    {
      name: 'finalize-tst',
      title: 'finalize the TST withdrawal on L1',
      groups: ['withdraw'],
      run: async (ctx) => {
        const before = await l1Balance(tst())
        const hash = await finalizeWithdrawal(wallet, { l2Client: l2[key], hash: withdrawals.tst! })
        ctx.hash('L1', hash)
        ctx.data('l1Status', (await l1.waitForTransactionReceipt({ hash })).status)
        ctx.amount('TST', (await l1Balance(tst())) - before)
      },
    },
    {
      name: 'is-finalized',
      title: 'isWithdrawalFinalized for both',
      groups: ['withdraw'],
      run: async (ctx) => {
        const [ethDone, tstDone] = await Promise.all([
          isWithdrawalFinalized(l1, { l2Client: l2[key], hash: withdrawals.eth! }),
          isWithdrawalFinalized(l1, { l2Client: l2[key], hash: withdrawals.tst! }),
        ])
        ctx.data('finalized', ethDone && tstDone)
        ctx.data('eth', ethDone)
        ctx.data('tst', tstDone)
      },
    },
    {
      name: 'deposit-tst-failing',
      title: `deposit TST that fails on L2 ${chainIds[key]}`,
      groups: ['claim'],
      run: async (ctx) => {
        // the operator's part: the next priority transaction fails on L2 (it runs out of gas)
        let armed = true
        world().nodes[key].failPriorityTxs(() => {
          const fail = armed
          armed = false
          return fail
        })
        ctx.phase('operator: the next L2 priority transaction will fail')
        const { hash } = await depositAndFollow(ctx, key, tst(), 'TST', amounts.failing)
        failed = hash
        ctx.data('deposit', depositStatusLine(await getDepositStatus(l1, { l2Client: l2[key], hash })))
      },
    },
    {
      name: 'claim-failed-deposit',
      title: 'claim the failed TST deposit back on L1',
      groups: ['claim'],
      run: async (ctx) => {
        const batch = await world().nodes[key].settle()
        ctx.phase(`operator: batch ${batch} settled on L1`)
        ctx.phase(depositStatusLine(await getDepositStatus(l1, { l2Client: l2[key], hash: failed! })))
        const before = await l1Balance(tst())
        const hash = await claimFailedDeposit(wallet, { l2Client: l2[key], hash: failed! })
        ctx.hash('L1', hash)
        ctx.data('l1Status', (await l1.waitForTransactionReceipt({ hash })).status)
        ctx.amount('TST', (await l1Balance(tst())) - before)
      },
    },
  ]

  const selected = options.only ? steps.filter((s) => s.groups.includes(options.only!)) : steps
  return {
    steps: selected,
    connect,
    async run(reporter: Reporter) {
      for (const s of selected) await reporter.step(s.name, s.title, s.run)
    },
  }
}

function formatEth(wei: bigint): string {
  const s = (Number(wei) / 1e18).toPrecision(4)
  return String(Number(s))
}
