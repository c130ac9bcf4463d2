import type { Chain, Client, Transport } from 'viem'
import {
  WaitAbortedError,
  type WaitAbortedErrorType,
  WaitTimeoutError,
  type WaitTimeoutErrorType,
} from '../errors/common.js'
import {
  WithdrawalFailedOnL2Error,
  type WithdrawalFailedOnL2ErrorType,
  WithdrawalProofInvalidError,
  type WithdrawalProofInvalidErrorType,
} from '../errors/withdrawal.js'
import type { FinalizeL1DepositParams } from './getFinalizeWithdrawalParams.js'
import {
  type GetWithdrawalStatusErrorType,
  type GetWithdrawalStatusParameters,
  type GetWithdrawalStatusReturnType,
  getWithdrawalStatus,
} from './getWithdrawalStatus.js'
import { raceDeadline, sleep } from './internal/deadline.js'

/** Default `timeout` of the wait: 24 hours. */
const DEFAULT_TIMEOUT = 86_400_000

export type WaitForWithdrawalReadyParameters = GetWithdrawalStatusParameters & {
  /**
   * Give up after this many milliseconds with a `WaitTimeoutError` (its `lastStatus` a plain status such as
   * `'waiting-for-batch'`, what it waits for in its details). Default 86,400,000 (24 hours): unlike a deposit, which
   * executes in minutes, a withdrawal waits for its batch to be proven and executed on L1, which takes hours. A request
   * that hangs does not hold the wait past this deadline.
   */
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
  | WithdrawalProofInvalidErrorType
  | WaitTimeoutErrorType
  | WaitAbortedErrorType

/**
 * Waits until an L2->L1 withdrawal can be finalized on L1 (its batch executed), polling `getWithdrawalStatus`, and
 * returns its `finalizeDeposit` parameters. Resolves as well when it is finalized already. A reverted L2 transaction
 * throws `WithdrawalFailedOnL2Error`, a proof L1 rejects (status `proof-invalid`) `WithdrawalProofInvalidError`;
 * running out of time, `WaitTimeoutError` with the last status, exactly at the deadline (each poll is raced against
 * it).
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
  const { timeout = DEFAULT_TIMEOUT, onStatus, signal } = parameters
  const interval = parameters.pollingInterval ?? client.pollingInterval
  const operation = `withdrawal ${parameters.hash} to be ready to finalize`
  const deadline = Date.now() + timeout
  let last: GetWithdrawalStatusReturnType | undefined
  const key = (s: GetWithdrawalStatusReturnType | undefined) => (s ? `${s.status}/${s.waitingFor ?? ''}` : undefined)
  const details = () => (last?.waitingFor ? [`waiting for: ${last.waitingFor}`] : [])

  while (true) {
    if (signal?.aborted) throw new WaitAbortedError({ operation, lastStatus: last?.status, details: details() })
    const raced = await raceDeadline(getWithdrawalStatus(client, parameters), deadline, signal)
    if (raced.outcome === 'aborted')
      throw new WaitAbortedError({ operation, lastStatus: last?.status, details: details() })
    if (raced.outcome === 'timeout')
      throw new WaitTimeoutError({ operation, timeout, lastStatus: last?.status, details: details() })
    const current = raced.value
    if (key(current) !== key(last)) onStatus?.(current)
    last = current
    if ((current.status === 'ready-to-finalize' || current.status === 'finalized') && current.params)
      return current.params
    if (current.status === 'l2-failed') throw new WithdrawalFailedOnL2Error({ hash: parameters.hash })
    if (current.status === 'proof-invalid' && current.params)
      throw new WithdrawalProofInvalidError({
        hash: parameters.hash,
        l2BatchNumber: current.params.l2BatchNumber,
        l2MessageIndex: current.params.l2MessageIndex,
      })
    const remaining = Math.min(interval, deadline - Date.now())
    if (remaining <= 0) throw new WaitTimeoutError({ operation, timeout, lastStatus: last.status, details: details() })
    await sleep(remaining, signal)
  }
}
