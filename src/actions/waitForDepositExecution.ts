import type { Chain, Client, Hash, TransactionReceipt, Transport } from 'viem'
import {
  WaitAbortedError,
  type WaitAbortedErrorType,
  WaitTimeoutError,
  type WaitTimeoutErrorType,
} from '../errors/common.js'
import type { ErrorType } from '../errors/base.js'
import { DepositRevertedOnL1Error, type DepositRevertedOnL1ErrorType } from '../errors/deposit.js'
import type { L2TargetParameters } from './getL1Contracts.js'
import {
  type DepositStatus,
  type GetDepositStatusErrorType,
  type GetDepositStatusReturnType,
  getDepositStatus,
} from './getDepositStatus.js'

export type WaitForDepositExecutionParameters = L2TargetParameters & {
  l2Client: Client
  /** The L1 transaction of the deposit or `requestExecute`. */
  hash: Hash
  /** Milliseconds before `WaitTimeoutError`. Default 10 minutes. */
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
 * `WaitTimeoutError` (with the last status) after `timeout`, `WaitAbortedError` when `signal` aborts.
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
  const { hash, timeout = 600_000, onStatus, signal } = parameters
  const pollingInterval = parameters.pollingInterval ?? parameters.l2Client.pollingInterval
  const operation = `the L2 execution of deposit ${hash}`
  const deadline = Date.now() + timeout
  let last: DepositStatus | undefined
  let known: Pick<GetDepositStatusReturnType, 'l1Receipt' | 'l2Hash'> = {}
  for (;;) {
    if (signal?.aborted) throw new WaitAbortedError({ operation, lastStatus: last })
    const current = await getDepositStatus(client, { ...parameters, ...known })
    known = { l1Receipt: current.l1Receipt, l2Hash: current.l2Hash }
    if (current.status !== last) {
      last = current.status
      onStatus?.(current)
    }
    if (current.status === 'l1-reverted') throw new DepositRevertedOnL1Error({ hash })
    if (current.l2Receipt) return current.l2Receipt
    const remaining = deadline - Date.now()
    if (remaining <= 0) throw new WaitTimeoutError({ operation, timeout, lastStatus: last })
    await sleep(Math.min(pollingInterval, remaining), signal)
  }
}

function sleep(ms: number, signal: AbortSignal | undefined) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
