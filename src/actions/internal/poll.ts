import type { Client } from 'viem'
import { L2ClientRequiredError, WaitAbortedError, WaitTimeoutError } from '../../errors/common.js'
import { assertL2TargetParameters, type L2TargetParameters } from '../getL1Contracts.js'
import { assertDuration, assertFunction, assertHash, assertSignal } from './assertParameters.js'
import { raceDeadline, sleep } from './deadline.js'

/**
 * The shortest `pollingInterval` a wait takes, in ms. Each poll awaits its reads before the next is scheduled, so
 * requests never pile up; the floor keeps `0` (which would end a wait after one poll) and negative values out.
 */
export const MIN_POLLING_INTERVAL = 1
/** The interval used when the client carries none that can be used (viem's own default). */
const FALLBACK_POLLING_INTERVAL = 4_000
/** How long the last read before a timeout (`recheck`) may take. */
const RECHECK_GRACE = 500

/** The parameters every wait takes. */
export type WaitParameters = L2TargetParameters & {
  hash: unknown
  timeout?: number | undefined
  pollingInterval?: number | undefined
  onStatus?: unknown
  signal?: AbortSignal | undefined
}

/**
 * Internal: refuses, before any request, a wait's parameters of the wrong type: no `l2Client` or one that is no viem
 * client (`L2ClientRequiredError`), a `hash` that is not 32 bytes of hex, a `timeout` that is not a duration (`0` to
 * `Infinity`), a `pollingInterval` below `MIN_POLLING_INTERVAL` or infinite, a `signal` that is no `AbortSignal`, an
 * `onStatus` that is no function, and the target (`chainId`, `bridgehub`, `l2Chain`) as every action refuses it.
 * Returns the `l2Client`.
 */
export function assertWaitParameters(action: string, reason: string, parameters: WaitParameters): Client {
  const l2Client = parameters.l2Client as unknown
  if (l2Client === undefined) throw new L2ClientRequiredError({ action, reason })
  if (typeof (l2Client as Client | null)?.request !== 'function')
    throw new L2ClientRequiredError({ action, reason: `\`l2Client\` is not a viem Client: ${shown(l2Client)}` })
  assertHash('hash', parameters.hash)
  assertDuration('timeout', parameters.timeout, { optional: true, infinite: true })
  assertDuration('pollingInterval', parameters.pollingInterval, { optional: true, min: MIN_POLLING_INTERVAL })
  assertSignal('signal', parameters.signal, { optional: true })
  assertFunction('onStatus', parameters.onStatus, { optional: true })
  assertL2TargetParameters(parameters)
  return l2Client as Client
}

/**
 * Internal: the `pollingInterval` of a wait: the one given, else the client's, raised to `MIN_POLLING_INTERVAL`
 * (a client created with `pollingInterval: 0` does not end the wait after one poll).
 */
export function pollingIntervalOf(given: number | undefined, client: Client): number {
  if (given !== undefined) return given
  const own = (client as { pollingInterval?: unknown }).pollingInterval
  return typeof own === 'number' && Number.isFinite(own)
    ? Math.max(MIN_POLLING_INTERVAL, own)
    : FALLBACK_POLLING_INTERVAL
}

export type PollParameters<status, result> = {
  /** what is waited for, as the errors say it (`the L2 execution of deposit 0x…`) */
  operation: string
  /** ms until `WaitTimeoutError`; `Infinity` for none */
  timeout: number
  /** ms between the end of a read and the next */
  pollingInterval: number
  signal?: AbortSignal | undefined
  onStatus?: ((status: status) => void) | undefined
  /** one read of the status */
  read: () => Promise<status>
  /** two reads with the same key are the same status: `onStatus` sees the first read and each change */
  key: (status: status) => string
  /** what the errors carry of the last status: its plain name (`'l2-pending'`) and details (`waiting for: proof`) */
  describe: (status: status | undefined) => { lastStatus: string | undefined; details: string[] }
  /** the result that ends the wait, or `undefined` to poll again; throws to fail the wait */
  settle: (status: status) => result | undefined
  /**
   * Before a timeout is reported: a last look, given `RECHECK_GRACE` ms, whose status (if any) replaces the last one
   * in the error (a deposit whose L1 receipt a reorg dropped is `l1-pending` again).
   */
  recheck?: ((last: status | undefined) => Promise<status | undefined>) | undefined
}

/**
 * Internal: the poll loop of the waits. Reads the status, reports it to `onStatus` when it changed, settles or sleeps
 * `pollingInterval` and reads again, until `settle` returns a result or throws, `timeout` passes
 * (`WaitTimeoutError`, each read raced against the deadline so a hung request does not hold the wait) or `signal`
 * aborts (`WaitAbortedError`, at once, even in the middle of a read). Timers of any length work, up to `Infinity`.
 */
export async function poll<status, result>(parameters: PollParameters<status, result>): Promise<result> {
  const { operation, timeout, pollingInterval, signal, onStatus, read, key, describe, settle, recheck } = parameters
  const deadline = Date.now() + timeout
  let last: status | undefined
  const aborted = () => new WaitAbortedError({ operation, ...describe(last) })
  const timedOut = async () => {
    if (recheck) {
      const raced = await raceDeadline(
        recheck(last).catch(() => undefined),
        Date.now() + RECHECK_GRACE,
        undefined,
      )
      if (raced.outcome === 'done' && raced.value !== undefined) last = raced.value
    }
    return new WaitTimeoutError({ operation, timeout, ...describe(last) })
  }
  for (;;) {
    if (signal?.aborted) throw aborted()
    // after a sleep that reached the deadline: no read that could only lose the race
    if (last !== undefined && Date.now() >= deadline) throw await timedOut()
    const raced = await raceDeadline(read(), deadline, signal)
    if (raced.outcome === 'aborted') throw aborted()
    if (raced.outcome === 'timeout') throw await timedOut()
    const current = raced.value
    if (last === undefined || key(current) !== key(last)) onStatus?.(current)
    last = current
    const result = settle(current)
    if (result !== undefined) return result
    await sleep(Math.max(0, Math.min(pollingInterval, deadline - Date.now())), signal)
  }
}

/** A value that is not a client, as the error shows it. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 74 ? `${value.slice(0, 74)}…` : value)
  if (typeof value === 'object' && value !== null) return 'an object without a `request` function'
  return String(value)
}
