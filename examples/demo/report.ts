/**
 * What the demo prints: a counting transport (how many JSON-RPC requests each step took), the step runner with its
 * human and `--json` output, the summary table, and the one-line rendering of a typed error with a hint.
 */
import {
  BaseError,
  custom,
  formatUnits,
  type Hash,
  type HttpTransportConfig,
  http,
  type PublicClient,
  type Transport,
} from 'viem'
import { ZksyncL1Error } from '../../src/index.js'

/** An `http` transport that counts its requests and remembers the hashes of the transactions sent through it. */
export type Counted = { transport: Transport; requests: () => number; sent: () => readonly Hash[] }

export function countedHttp(url: string, config: HttpTransportConfig = {}): Counted {
  let requests = 0
  const sent: Hash[] = []
  const inner = http(url, config)
  const transport: Transport = (params) => {
    const base = inner(params)
    return custom(
      {
        async request(args) {
          requests++
          const result = await base.request(args as never)
          if (args.method === 'eth_sendRawTransaction' || args.method === 'eth_sendTransaction')
            sent.push(result as Hash)
          return result
        },
      },
      // the inner transport retries already
      { key: 'counted', name: 'Counted HTTP', retryCount: 0 },
    )(params)
  }
  return { transport, requests: () => requests, sent: () => sent }
}

export type StepRecord = {
  n: number
  step: string
  title: string
  outcome: 'ok' | 'error'
  hashes: Record<string, Hash>
  /** amounts moved per token, in the token's units (negative: left the account) */
  amounts: Record<string, string>
  /** L1 gas paid by the step's L1 transactions, in wei (gasUsed × effectiveGasPrice of each receipt) */
  l1GasPaid: string
  requests: number
  durationMs: number
  /** anything else a step reports (a status, a route, `finalized`) */
  data?: Record<string, unknown>
  error?: { name: string; shortMessage: string; hint: string }
}

export type StepContext = {
  hash(label: string, hash: Hash): void
  amount(token: string, value: bigint, decimals?: number): void
  data(key: string, value: unknown): void
  /** a phase of a long wait, printed as it happens */
  phase(text: string): void
}

export type Reporter = {
  readonly json: boolean
  readonly records: StepRecord[]
  /** runs a step; a failure is recorded and rethrown as a `StepFailed` */
  step(name: string, title: string, fn: (ctx: StepContext) => Promise<void>): Promise<void>
  summary(totalMs: number): void
}

export class StepFailed extends Error {
  constructor(readonly record: StepRecord) {
    super(record.error?.shortMessage)
  }
}

export function createReporter(options: {
  json: boolean
  total: number
  counters: () => readonly Counted[]
  /** the L1 transport whose sent transactions the step paid gas for */
  l1Counter: () => Counted | undefined
  /** an uncounted L1 client to read receipts with */
  l1Reader: () => PublicClient | undefined
}): Reporter {
  const records: StepRecord[] = []
  const width = String(options.total).length
  const tag = (n: number) => `[${String(n).padStart(width)}/${options.total}]`
  const out = (line: string) => {
    if (!options.json) process.stdout.write(`${line}\n`)
  }
  return {
    json: options.json,
    records,
    async step(name, title, fn) {
      const n = records.length + 1
      const record: StepRecord = {
        n,
        step: name,
        title,
        outcome: 'ok',
        hashes: {},
        amounts: {},
        l1GasPaid: '0',
        requests: 0,
        durationMs: 0,
      }
      const sum = () => options.counters().reduce((s, c) => s + c.requests(), 0)
      const before = sum()
      const sentBefore = options.l1Counter()?.sent().length ?? 0
      const started = performance.now()
      const ctx: StepContext = {
        hash: (label, hash) => {
          record.hashes[label] = hash
        },
        amount: (token, value, decimals = 18) => {
          record.amounts[token] = formatUnits(value, decimals)
        },
        data: (key, value) => {
          record.data = { ...record.data, [key]: value }
        },
        phase: (text) => out(`${tag(n)}   · ${text}`),
      }
      try {
        await fn(ctx)
      } catch (error) {
        record.outcome = 'error'
        record.error = describeError(error)
      }
      record.durationMs = Math.round(performance.now() - started)
      record.requests = sum() - before
      const sent = options.l1Counter()?.sent().slice(sentBefore) ?? []
      const reader = options.l1Reader()
      if (reader && sent.length) {
        let paid = 0n
        for (const hash of sent) {
          const receipt = await reader.getTransactionReceipt({ hash }).catch(() => undefined)
          if (receipt) paid += receipt.gasUsed * receipt.effectiveGasPrice
        }
        record.l1GasPaid = paid.toString()
      }
      records.push(record)
      if (options.json)
        process.stdout.write(`${JSON.stringify(record, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}\n`)
      else out(formatLine(tag(n), record))
      if (record.outcome === 'error') throw new StepFailed(record)
    },
    summary(totalMs) {
      if (options.json) return
      const rows = records.map((r) => [
        String(r.n),
        r.step,
        r.outcome,
        Object.entries(r.amounts)
          .map(([t, v]) => `${v} ${t}`)
          .join(', ') || '-',
        r.l1GasPaid === '0' ? '-' : eth(BigInt(r.l1GasPaid)),
        String(r.requests),
        `${r.durationMs} ms`,
      ])
      const head = ['#', 'step', 'outcome', 'amounts', 'L1 gas paid (ETH)', 'requests', 'time']
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
      const line = (cells: string[]) =>
        cells
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd()
      const gas = records.reduce((s, r) => s + BigInt(r.l1GasPaid), 0n)
      const requests = records.reduce((s, r) => s + r.requests, 0)
      out('')
      out(line(head))
      out(widths.map((w) => '─'.repeat(w)).join('  '))
      for (const row of rows) out(line(row))
      out(widths.map((w) => '─'.repeat(w)).join('  '))
      out(
        line([
          '',
          'total',
          records.every((r) => r.outcome === 'ok') ? 'ok' : 'error',
          '',
          eth(gas),
          String(requests),
          `${totalMs} ms`,
        ]),
      )
    },
  }
}

function formatLine(tag: string, r: StepRecord): string {
  const parts = [`${tag} ${r.title.padEnd(44)}`, r.outcome === 'ok' ? 'ok' : 'FAILED']
  const amounts = Object.entries(r.amounts).map(([t, v]) => `${v} ${t}`)
  if (amounts.length) parts.push(amounts.join(' '))
  for (const [label, hash] of Object.entries(r.hashes)) parts.push(`${label} ${short(hash)}`)
  if (r.data) for (const [k, v] of Object.entries(r.data)) parts.push(`${k}=${String(v)}`)
  if (r.l1GasPaid !== '0') parts.push(`gas ${eth(BigInt(r.l1GasPaid))} ETH`)
  parts.push(`${r.requests} req`, `${r.durationMs} ms`)
  const line = parts.join('  ')
  return r.error ? `${line}\n${renderError(r.error)}` : line
}

export function short(hash: string): string {
  return hash.length > 14 ? `${hash.slice(0, 6)}…${hash.slice(-4)}` : hash
}

/** ETH with 6 decimals at most. */
export function eth(wei: bigint): string {
  const [whole, fraction = ''] = formatUnits(wei, 18).split('.')
  const digits = fraction.slice(0, 6).replace(/0+$/, '')
  return digits ? `${whole}.${digits}` : (whole ?? '0')
}

export function renderError(e: { name: string; shortMessage: string; hint: string }): string {
  return `  ✗ ${e.name}: ${e.shortMessage}\n  hint: ${e.hint}`
}

/** The typed error's name and short message (viem's own errors and others in one line), and a hint. */
export function describeError(error: unknown): { name: string; shortMessage: string; hint: string } {
  if (error instanceof StepFailed && error.record.error) return error.record.error
  if (error instanceof ZksyncL1Error || error instanceof BaseError) {
    const name = error.name
    const shortMessage = oneLine(error.shortMessage)
    return { name, shortMessage, hint: hintFor(error) }
  }
  if (error instanceof Error) return { name: error.name, shortMessage: oneLine(error.message), hint: HINTS.default! }
  return { name: 'Error', shortMessage: oneLine(String(error)), hint: HINTS.default! }
}

function oneLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim()
}

const HINTS: Record<string, string> = {
  InsufficientBalanceError: 'fund the account on L1 (ETH for gas and value, the token for the amount) or deposit less',
  AccountRequiredError: 'pass `account` (an address is enough to quote) or use a wallet client with an account',
  InsufficientAllowanceError: 'pass `approve: true` to let the deposit send the approval first',
  L1ChainMismatchError: 'the L1 endpoint is not the chain this L2 settles on; check --l1-rpc',
  L2ChainMismatchError: 'the L2 endpoint answers another chain id; check --l2-rpc and --chain-id',
  ChainNotRegisteredError: 'no such chain in this Bridgehub; check --chain-id (or --bridgehub) against the L1 you use',
  BridgehubNotFoundError: 'name the Bridgehub with --bridgehub, or point --l2-rpc at a ZKsync node that reports it',
  WithdrawalNotReadyError: 'its batch is not executed on L1 yet; wait with waitForWithdrawalReady',
  WithdrawalAlreadyFinalizedError: 'nothing to do: the withdrawal was paid out already',
  DepositNotFailedError: 'only a deposit that failed on L2 can be claimed back',
  DepositAlreadyClaimedError: 'nothing to do: the tokens are back on L1 already',
  FailedDepositNotReadyError: 'the batch with the failure is not executed on L1 yet; try again later',
  L2TransactionHashNotFoundError: 'that L1 hash is not a deposit of this chain; check --deposit and --chain-id',
  WithdrawalMessageNotFoundError: 'that L2 hash is not a withdrawal; check --withdrawal',
  InsufficientFundsError: 'the account lacks the native token for gas (and value) on that chain; fund it first',
  ContractFunctionExecutionError:
    'an L1 contract call failed: is --l1-rpc the L1 this L2 settles on, and --bridgehub its Bridgehub?',
  HttpRequestError: 'the endpoint did not answer; is the URL right and the node up?',
  TimeoutError: 'the endpoint is too slow to answer; try again or use another one',
  WaitTimeoutError: 'it did not happen in time; the operator may be slow, run the status again later',
  default: 'see the error in the Errors section of the README (its Docs link) for what to do',
}

function hintFor(error: BaseError): string {
  if (HINTS[error.name]) return HINTS[error.name]!
  // a viem error under one of ours, or a viem error under a viem wrapper (`HttpRequestError` under `UnknownRpcError`)
  let hint: string | undefined
  error.walk((e) => {
    if (!hint && e instanceof Error && HINTS[e.name]) hint = HINTS[e.name]
    return false
  })
  if (hint) return hint
  if (/fetch failed|ECONNREFUSED|ENOTFOUND/i.test(error.message)) return HINTS.HttpRequestError!
  return HINTS.default!
}
