import type { Chain, Client, Transport } from 'viem'
import {
  type WaitAbortedErrorType,
  WaitAbortedError,
  WaitTimeoutError,
  type WaitTimeoutErrorType,
} from '../errors/common.js'
import { WithdrawalFailedOnL2Error, type WithdrawalFailedOnL2ErrorType } from '../errors/withdrawal.js'
import type { FinalizeL1DepositParams } from './getFinalizeWithdrawalParams.js'
import {
  type GetWithdrawalStatusErrorType,
  type GetWithdrawalStatusParameters,
  type GetWithdrawalStatusReturnType,
  getWithdrawalStatus,
} from './getWithdrawalStatus.js'

export type WaitForWithdrawalReadyParameters = GetWithdrawalStatusParameters & {
  /** Give up after this many milliseconds with a `WaitTimeoutError`. Default: wait forever. */
  timeout?: number | undefined
  /** Milliseconds between two status reads. Default: the L1 client's `pollingInterval`. */
  pollingInterval?: number | undefined
  /** Called with the status on the first read and on every change. */
  onStatus?: ((status: GetWithdrawalStatusReturnType) => void) | undefined
  /** Stops the wait with a `WaitAbortedError`. */
  signal?: AbortSignal | undefined
}

/** The `finalizeDeposit` parameters of the withdrawal, which is ready to finalize (or finalized already). */
export type WaitForWithdrawalReadyReturnType = FinalizeL1DepositParams

export type WaitForWithdrawalReadyErrorType =
  | GetWithdrawalStatusErrorType
  | WithdrawalFailedOnL2ErrorType
  | WaitTimeoutErrorType
  | WaitAbortedErrorType

/**
 * Waits until an L2->L1 withdrawal can be finalized on L1 (its batch executed), polling `getWithdrawalStatus`, and
 * returns its `finalizeDeposit` parameters. Resolves as well when it is finalized already. A reverted L2 transaction
 * throws `WithdrawalFailedOnL2Error`; running out of time, `WaitTimeoutError` with the last status.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { mainnet, zksync } from 'viem/chains'
 * import { waitForWithdrawalReady } from 'zksync-l1-actions'
 *
 * const client = createPublicClient({ chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const params = await waitForWithdrawalReady(client, {
 *   l2Client,
 *   hash: '0x…',
 *   timeout: 24 * 60 * 60 * 1000,
 *   onStatus: ({ status, waitingFor }) => console.log(status, waitingFor),
 * })
 */
export async function waitForWithdrawalReady<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: WaitForWithdrawalReadyParameters,
): Promise<WaitForWithdrawalReadyReturnType> {
  const { timeout, onStatus, signal } = parameters
  const interval = parameters.pollingInterval ?? client.pollingInterval
  const operation = `withdrawal ${parameters.hash} to be ready to finalize`
  const deadline = timeout === undefined ? undefined : Date.now() + timeout
  let last: GetWithdrawalStatusReturnType | undefined
  const describe = (s: GetWithdrawalStatusReturnType | undefined) =>
    s ? `${s.status}${s.waitingFor ? ` (waiting for ${s.waitingFor})` : ''}` : undefined

  while (true) {
    if (signal?.aborted) throw new WaitAbortedError({ operation, lastStatus: describe(last) })
    const current = await getWithdrawalStatus(client, parameters)
    if (describe(current) !== describe(last)) onStatus?.(current)
    last = current
    if ((current.status === 'ready-to-finalize' || current.status === 'finalized') && current.params)
      return current.params
    if (current.status === 'l2-failed') throw new WithdrawalFailedOnL2Error({ hash: parameters.hash })
    const remaining = deadline === undefined ? interval : Math.min(interval, deadline - Date.now())
    if (remaining <= 0) throw new WaitTimeoutError({ operation, timeout: timeout ?? 0, lastStatus: describe(last) })
    await sleep(remaining, signal)
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
