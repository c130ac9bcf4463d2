/** What a read raced against a deadline and an abort signal came to. */
export type Raced<T> = { outcome: 'done'; value: T } | { outcome: 'timeout' } | { outcome: 'aborted' }

/**
 * The longest delay `setTimeout` takes (2^31 - 1 ms, about 24.8 days); a longer one, or `Infinity`, fires at once in
 * Node and in browsers.
 */
const MAX_TIMER_DELAY = 2 ** 31 - 1

/**
 * Internal: calls `callback` once `Date.now()` reaches `at` (ms since the epoch; `Infinity` for never), in timers of at
 * most `MAX_TIMER_DELAY`, each re-armed for what is left. Returns the function that cancels it.
 */
export function timerAt(time: number, callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    const left = time - Date.now()
    if (!(left < Number.POSITIVE_INFINITY)) return
    timer = setTimeout(() => (Date.now() >= time ? callback() : arm()), Math.min(Math.max(0, left), MAX_TIMER_DELAY))
  }
  arm()
  return () => clearTimeout(timer)
}

/**
 * Internal: settles with `promise`, or with `timeout` at `deadline` (ms since the epoch; `undefined` or `Infinity` for
 * none), or with `aborted` when `signal` aborts, whichever comes first. A request that hangs is left behind (its late
 * failure is swallowed) so that a wait ends at its deadline, not when the transport gives up.
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
    const cancel = deadline === undefined ? undefined : timerAt(deadline, () => finish({ outcome: 'timeout' }))
    const onAbort = () => finish({ outcome: 'aborted' })
    signal?.addEventListener('abort', onAbort, { once: true })
    let settled = false
    function finish(result: Raced<T> | { outcome: 'error'; error: unknown }) {
      if (settled) return
      settled = true
      cancel?.()
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

/** Internal: resolves after `ms` (any duration, `Infinity` for never), or early when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const cancel = timerAt(Date.now() + ms, done)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      cancel()
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
