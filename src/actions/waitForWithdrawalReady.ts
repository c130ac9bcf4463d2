import type { Chain, Client, Transport } from 'viem'
import type {
  InvalidParameterErrorType,
  L2ClientRequiredErrorType,
  WaitAbortedErrorType,
  WaitTimeoutErrorType,
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
import { assertIndex } from './internal/assertParameters.js'
import { assertWaitParameters, poll, pollingIntervalOf } from './internal/poll.js'

/** Default `timeout` of the wait: 24 hours. */
const DEFAULT_TIMEOUT = 86_400_000

export type WaitForWithdrawalReadyParameters = GetWithdrawalStatusParameters & {
  /**
   * Give up after this many milliseconds with a `WaitTimeoutError` (its `lastStatus` a plain status such as
   * `'waiting-for-batch'`, what it waits for in its details); any duration up to `Infinity` (no limit). Default
   * 86,400,000 (24 hours): unlike a deposit, which executes in minutes, a withdrawal waits for its batch to be proven
   * and executed on L1, which takes hours. A request that hangs does not hold the wait past this deadline.
   */
  timeout?: number | undefined
  /**
   * Milliseconds between two status reads, at least 1 (a smaller one is refused with `InvalidParameterError`).
   * Default: the L1 client's `pollingInterval`, raised to 1 ms if lower.
   */
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
  | InvalidParameterErrorType
  | L2ClientRequiredErrorType
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
 * Refused before any request: no `l2Client`, or one that is not a viem client (`L2ClientRequiredError`); a `hash`
 * that is not 32 bytes, an `index` that is not a non-negative integer, a `timeout` that is not a duration, a
 * `pollingInterval` below 1 ms, a `signal` that is not an `AbortSignal`, an `onStatus` that is not a function
 * (`InvalidParameterError`, naming the parameter and the value).
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
  assertWaitParameters('waitForWithdrawalReady', 'the withdrawal is read on the L2', parameters)
  assertIndex('index', parameters.index, { optional: true })
  const { hash, timeout = DEFAULT_TIMEOUT, onStatus, signal } = parameters
  return poll({
    operation: `withdrawal ${hash} to be ready to finalize`,
    timeout,
    pollingInterval: pollingIntervalOf(parameters.pollingInterval, client),
    signal,
    onStatus,
    read: () => getWithdrawalStatus(client, parameters),
    key: ({ status, waitingFor }) => `${status}/${waitingFor ?? ''}`,
    describe: (last) => ({
      lastStatus: last?.status,
      details: last?.waitingFor ? [`waiting for: ${last.waitingFor}`] : [],
    }),
    settle: ({ status, params }) => {
      if ((status === 'ready-to-finalize' || status === 'finalized') && params) return params
      if (status === 'l2-failed') throw new WithdrawalFailedOnL2Error({ hash })
      if (status === 'proof-invalid' && params)
        throw new WithdrawalProofInvalidError({
          hash,
          l2BatchNumber: params.l2BatchNumber,
          l2MessageIndex: params.l2MessageIndex,
        })
      return undefined
    },
  })
}
