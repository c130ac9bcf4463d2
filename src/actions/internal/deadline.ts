/** What a read raced against a deadline and an abort signal came to. */
export type Raced<T> = { outcome: 'done'; value: T } | { outcome: 'timeout' } | { outcome: 'aborted' }

/**
 * Internal: settles with `promise`, or with `timeout` at `deadline` (ms since the epoch; `undefined` for none), or with
 * `aborted` when `signal` aborts, whichever comes first. A request that hangs is left behind (its late failure is
 * swallowed) so that a wait ends at its deadline, not when the transport gives up.
 */
export function raceDeadline<T>(
  promise: Promise<T>,
  deadline: number | undefined,
  signal: AbortSignal | undefined,
): Promise<Raced<T>> {
  if (signal?.aborted) {
    promise.catch(() => {})
    return Promise.resolve({ outcome: 'aborted' })
  }
  return new Promise((resolve, reject) => {
    const timer =
      deadline === undefined
        ? undefined
        : setTimeout(() => finish({ outcome: 'timeout' }), Math.max(0, deadline - Date.now()))
    const onAbort = () => finish({ outcome: 'aborted' })
    signal?.addEventListener('abort', onAbort, { once: true })
    let settled = false
    function finish(result: Raced<T> | { outcome: 'error'; error: unknown }) {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (result.outcome === 'error') reject(result.error)
      else resolve(result)
    }
    promise.then(
      (value) => finish({ outcome: 'done', value }),
      (error: unknown) => finish({ outcome: 'error', error }),
    )
  })
}

/** Internal: resolves after `ms`, or early when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
