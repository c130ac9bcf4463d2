import {
  type Chain,
  type Client,
  type Hash,
  type TransactionReceipt,
  TransactionReceiptNotFoundError,
  type Transport,
} from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import type { ErrorType } from '../errors/base.js'
import {
  WaitAbortedError,
  type WaitAbortedErrorType,
  WaitTimeoutError,
  type WaitTimeoutErrorType,
} from '../errors/common.js'
import { DepositRevertedOnL1Error, type DepositRevertedOnL1ErrorType } from '../errors/deposit.js'
import {
  type DepositStatus,
  type GetDepositStatusErrorType,
  type GetDepositStatusReturnType,
  getDepositStatus,
} from './getDepositStatus.js'
import type { L2TargetParameters } from './getL1Contracts.js'
import { raceDeadline, sleep } from './internal/deadline.js'

/** Default `timeout` of the wait: 10 minutes. */
const DEFAULT_TIMEOUT = 600_000
/** How long the L1 receipt re-read before a timeout may take. */
const RECHECK_GRACE = 500

export type WaitForDepositExecutionParameters = L2TargetParameters & {
  l2Client: Client
  /** The L1 transaction of the deposit or `requestExecute`. */
  hash: Hash
  /**
   * Milliseconds before `WaitTimeoutError`. Default 600,000 (10 minutes): a priority transaction normally executes
   * within seconds to minutes. A request that hangs does not hold the wait past this deadline.
   */
  timeout?: number | undefined
  /** Milliseconds between polls. Default: the L2 client's `pollingInterval`. */
  pollingInterval?: number | undefined
  /** Called with each new status (and once with the first one). */
  onStatus?: ((status: GetDepositStatusReturnType) => void) | undefined
  signal?: AbortSignal | undefined
}

/** The L2 receipt. Its `status` is `'reverted'` when the L2 transaction failed (see `getDepositStatus` for a claim). */
export type WaitForDepositExecutionReturnType = TransactionReceipt

export type WaitForDepositExecutionErrorType =
  | DepositRevertedOnL1ErrorType
  | GetDepositStatusErrorType
  | WaitAbortedErrorType
  | WaitTimeoutErrorType
  | ErrorType

/**
 * Waits until the L2 transaction of a deposit (or `requestExecute`) is executed, successfully or not, and returns its
 * L2 receipt. Polls `getDepositStatus`, reusing the L1 receipt and the L2 hash once known, so each poll after the L1
 * inclusion costs one L2 request. Throws `DepositRevertedOnL1Error` if the L1 transaction reverted,
 * `WaitTimeoutError` (with the last status) at `timeout`, `WaitAbortedError` when `signal` aborts. Each poll is raced
 * against the deadline. Before reporting a timeout the L1 receipt is read once more (given at most 500 ms), so that a
 * deposit a reorg dropped is reported `l1-pending`, not `l2-pending`.
 *
 * @example
 * import { waitForDepositExecution } from 'zksync-l1-actions'
 *
 * const receipt = await waitForDepositExecution(publicClient, {
 *   l2Client,
 *   hash: '0x…' as `0x${string}`,
 *   onStatus: ({ status }) => console.log(status),
 * })
 */
export async function waitForDepositExecution<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: WaitForDepositExecutionParameters,
): Promise<WaitForDepositExecutionReturnType> {
  const { hash, timeout = DEFAULT_TIMEOUT, onStatus, signal } = parameters
  const pollingInterval = parameters.pollingInterval ?? parameters.l2Client.pollingInterval
  const operation = `the L2 execution of deposit ${hash}`
  const deadline = Date.now() + timeout
  let last: DepositStatus | undefined
  let known: Pick<GetDepositStatusReturnType, 'l1Receipt' | 'l2Hash'> = {}
  const timedOut = async () => {
    // the L1 receipt was read once and reused since: a reorg may have dropped it, so read it again before reporting
    if (known.l1Receipt) {
      const recheck = await raceDeadline(
        getAction(
          client,
          getTransactionReceipt,
          'getTransactionReceipt',
        )({ hash }).then(
          () => last,
          (error: unknown) => (error instanceof TransactionReceiptNotFoundError ? 'l1-pending' : last),
        ),
        Date.now() + RECHECK_GRACE,
        undefined,
      )
      if (recheck.outcome === 'done' && recheck.value === 'l1-pending') last = 'l1-pending'
    }
    return new WaitTimeoutError({ operation, timeout, lastStatus: last })
  }
  for (;;) {
    if (signal?.aborted) throw new WaitAbortedError({ operation, lastStatus: last })
    const raced = await raceDeadline(getDepositStatus(client, { ...parameters, ...known }), deadline, signal)
    if (raced.outcome === 'aborted') throw new WaitAbortedError({ operation, lastStatus: last })
    if (raced.outcome === 'timeout') throw await timedOut()
    const current = raced.value
    known = { l1Receipt: current.l1Receipt, l2Hash: current.l2Hash }
    if (current.status !== last) {
      last = current.status
      onStatus?.(current)
    }
    if (current.status === 'l1-reverted') throw new DepositRevertedOnL1Error({ hash })
    if (current.l2Receipt) return current.l2Receipt
    const remaining = deadline - Date.now()
    if (remaining <= 0) throw await timedOut()
    await sleep(Math.min(pollingInterval, remaining), signal)
  }
}
