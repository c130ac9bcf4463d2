/**
 * Real network mode: the read-only part against any L1 and L2 endpoints (a quote of a 0.01 ETH deposit, the base
 * cost, the status of a given withdrawal or deposit); a deposit is sent only with a private key AND `--send`.
 */
import {
  type Address,
  type Chain,
  createPublicClient,
  createWalletClient,
  defineChain,
  type Hash,
  type Hex,
  http,
  type PublicClient,
  parseEther,
  type Transport,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import {
  deposit,
  ETH_ADDRESS_LEGACY,
  getBaseCost,
  getDepositStatus,
  getWithdrawalStatus,
  type L2TargetParameters,
  quoteDeposit,
  waitForDepositExecution,
} from '../../src/index.js'
import { type Counted, countedHttp, eth, type Reporter, short } from './report.js'

export type NetworkOptions = {
  l1Rpc: string
  l2Rpc: string
  chainId?: bigint | undefined
  bridgehub?: Address | undefined
  address?: Address | undefined
  withdrawal?: Hash | undefined
  deposit?: Hash | undefined
  privateKey?: Hex | undefined
  send: boolean
}

/** An address nobody holds a key for, so a quote for it shows what a deposit would need (its shortfalls). */
const DEFAULT_ADDRESS: Address = '0x0de0000000000000000000000000000000000de0'
const AMOUNT = parseEther('0.01')
const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

export function networkSteps(
  options: NetworkOptions,
  clients: { counters: Counted[]; l1Counter?: Counted; l1Reader?: PublicClient },
) {
  const account = options.privateKey ? privateKeyToAccount(options.privateKey) : undefined
  const who = account?.address ?? options.address ?? DEFAULT_ADDRESS
  const l1Counted = countedHttp(options.l1Rpc, { retryCount: 1, timeout: 10_000 })
  const l2Counted = countedHttp(options.l2Rpc, { retryCount: 1, timeout: 10_000 })
  clients.counters.push(l1Counted, l2Counted)
  clients.l1Counter = l1Counted
  // receipts for the gas paid are read outside the counted transport
  clients.l1Reader = createPublicClient({ transport: http(options.l1Rpc) })
  let l1: PublicClient<Transport, Chain>
  let l2Client: PublicClient<Transport, Chain>
  let target: L2TargetParameters = {}
  const willSend = Boolean(account && options.send)
  let quotedL2GasLimit = 0n

  const steps: { name: string; title: string; run: Parameters<Reporter['step']>[2] }[] = [
    {
      name: 'connect',
      title: 'connect to the L1 and the L2',
      run: async (ctx) => {
        const probe = (transport: Transport) => createPublicClient({ transport }).getChainId()
        const [l1Id, l2Id] = await Promise.all([probe(l1Counted.transport), probe(l2Counted.transport)])
        const l1Chain = defineChain({
          id: l1Id,
          name: `L1 ${l1Id}`,
          nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
          rpcUrls: { default: { http: [options.l1Rpc] } },
          contracts: { multicall3: { address: MULTICALL3 } },
        })
        const l2Chain = defineChain({
          id: l2Id,
          name: `L2 ${l2Id}`,
          nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
          rpcUrls: { default: { http: [options.l2Rpc] } },
        })
        l1 = createPublicClient({ chain: l1Chain, transport: l1Counted.transport })
        l2Client = createPublicClient({ chain: l2Chain, transport: l2Counted.transport })
        // the L2 named by --chain-id (or the L2 endpoint's own), its Bridgehub from --bridgehub or asked of the L2
        target = {
          l2Client,
          ...(options.chainId !== undefined ? { chainId: options.chainId } : {}),
          ...(options.bridgehub ? { bridgehub: options.bridgehub } : {}),
        }
        ctx.data('l1', l1Id)
        ctx.data('l2', l2Id)
      },
    },
    {
      name: 'quote-deposit-eth',
      title: `quote a 0.01 ETH deposit for ${short(who)}`,
      run: async (ctx) => {
        const quote = await quoteDeposit(l1, { ...target, account: who, token: ETH_ADDRESS_LEGACY, amount: AMOUNT })
        ctx.amount('ETH', quote.amount)
        ctx.data('route', quote.route)
        ctx.data('mintValue', eth(quote.mintValue))
        ctx.data('l2GasLimit', quote.l2GasLimit)
        ctx.data('shortfalls', quote.shortfalls.length)
        if (quote.shortfalls.length)
          ctx.phase(`the account lacks ${eth(quote.shortfalls[0]!.needed - quote.shortfalls[0]!.balance)} ETH for it`)
        quotedL2GasLimit = quote.l2GasLimit
      },
    },
    {
      name: 'base-cost',
      title: 'base cost of that L2 transaction',
      run: async (ctx) => {
        const cost = await getBaseCost(l1, { ...target, l2GasLimit: quotedL2GasLimit })
        ctx.data('baseCost', eth(cost))
      },
    },
  ]
  if (options.withdrawal) {
    const hash = options.withdrawal
    steps.push({
      name: 'withdrawal-status',
      title: `status of withdrawal ${short(hash)}`,
      run: async (ctx) => {
        const s = await getWithdrawalStatus(l1, { ...target, hash })
        ctx.hash('L2', hash)
        ctx.data('status', s.status)
        if (s.waitingFor) ctx.data('waitingFor', s.waitingFor)
        if (s.l2BatchNumber !== undefined) ctx.data('batch', s.l2BatchNumber)
      },
    })
  }
  if (options.deposit) {
    const hash = options.deposit
    steps.push({
      name: 'deposit-status',
      title: `status of deposit ${short(hash)}`,
      run: async (ctx) => {
        const s = await getDepositStatus(l1, { ...target, l2Client, hash })
        ctx.hash('L1', hash)
        if (s.l2Hash) ctx.hash('L2', s.l2Hash)
        ctx.data('status', s.status)
      },
    })
  }
  if (willSend) {
    steps.push({
      name: 'deposit-eth',
      title: 'deposit 0.01 ETH (--send)',
      run: async (ctx) => {
        const wallet = createWalletClient({ chain: l1.chain, transport: l1Counted.transport, account: account! })
        const hash = await deposit(wallet, { ...target, l2Client, token: ETH_ADDRESS_LEGACY, amount: AMOUNT })
        ctx.hash('L1', hash)
        ctx.amount('ETH', AMOUNT)
        const receipt = await waitForDepositExecution(l1, {
          ...target,
          l2Client,
          hash,
          onStatus: (s) => ctx.phase(s.status),
        })
        ctx.hash('L2', receipt.transactionHash)
        ctx.data('l2Status', receipt.status)
      },
    })
  }
  return {
    steps,
    /** a line for the reader when a key was given without --send */
    note: account && !options.send ? 'a private key was given but not --send: nothing is sent' : undefined,
    async run(reporter: Reporter) {
      for (const s of steps) await reporter.step(s.name, s.title, s.run)
    },
  }
}
