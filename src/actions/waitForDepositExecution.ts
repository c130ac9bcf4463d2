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
import type {
  InvalidParameterErrorType,
  L2ClientRequiredErrorType,
  WaitAbortedErrorType,
  WaitTimeoutErrorType,
} from '../errors/common.js'
import { DepositRevertedOnL1Error, type DepositRevertedOnL1ErrorType } from '../errors/deposit.js'
import {
  type GetDepositStatusErrorType,
  type GetDepositStatusReturnType,
  getDepositStatus,
} from './getDepositStatus.js'
import type { L2TargetParameters } from './getL1Contracts.js'
import { assertWaitParameters, poll, pollingIntervalOf } from './internal/poll.js'

/** Default `timeout` of the wait: 10 minutes. */
const DEFAULT_TIMEOUT = 600_000

export type WaitForDepositExecutionParameters = L2TargetParameters & {
  l2Client: Client
  /** The L1 transaction of the deposit or `requestExecute`. */
  hash: Hash
  /**
   * Milliseconds before `WaitTimeoutError`, any duration up to `Infinity` (no limit). Default 600,000 (10 minutes): a
   * priority transaction normally executes within seconds to minutes. A request that hangs does not hold the wait past
   * this deadline.
   */
  timeout?: number | undefined
  /**
   * Milliseconds between polls, at least 1 (a smaller one is refused with `InvalidParameterError`). Default: the L2
   * client's `pollingInterval`, raised to 1 ms if lower.
   */
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
  | InvalidParameterErrorType
  | L2ClientRequiredErrorType
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
 * Refused before any request: no `l2Client`, or one that is not a viem client (`L2ClientRequiredError`); a `hash`
 * that is not 32 bytes, a `timeout` that is not a duration, a `pollingInterval` below 1 ms, a `signal` that is not an
 * `AbortSignal`, an `onStatus` that is not a function (`InvalidParameterError`, naming the parameter and the value).
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
  const l2Client = assertWaitParameters('waitForDepositExecution', 'the L2 transaction is read on the L2', parameters)
  const { hash, timeout = DEFAULT_TIMEOUT, onStatus, signal } = parameters
  let known: Pick<GetDepositStatusReturnType, 'l1Receipt' | 'l2Hash'> = {}
  return poll({
    operation: `the L2 execution of deposit ${hash}`,
    timeout,
    pollingInterval: pollingIntervalOf(parameters.pollingInterval, l2Client),
    signal,
    onStatus,
    read: async () => {
      const current = await getDepositStatus(client, { ...parameters, ...known })
      known = { l1Receipt: current.l1Receipt, l2Hash: current.l2Hash }
      return current
    },
    key: ({ status }) => status,
    describe: (last) => ({ lastStatus: last?.status, details: [] }),
    settle: (current) => {
      if (current.status === 'l1-reverted') throw new DepositRevertedOnL1Error({ hash })
      return current.l2Receipt
    },
    // the L1 receipt was read once and reused since: a reorg may have dropped it, so read it again before reporting
    recheck: async () => {
      if (!known.l1Receipt) return undefined
      const receipt = await getAction(
        client,
        getTransactionReceipt,
        'getTransactionReceipt',
      )({ hash }).catch((error: unknown) => (error instanceof TransactionReceiptNotFoundError ? null : undefined))
      return receipt === null ? { status: 'l1-pending' as const } : undefined
    },
  })
}
