/**
 * Recording JSON-RPC requests and turning them into the numbers of the report: requests per method,
 * in total, and how many round trips had to wait for an earlier answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { RecordedRequest } from '../../test/harness/counting.js'

export type { RecordedRequest }

/** Requests of one side (L1 or L2) of one run. */
export type Recorded = { l1: RecordedRequest[]; l2: RecordedRequest[] }

export type RunStats = {
  total: number
  /**
   * requests of a wait that only exist because the transaction was not mined yet: a receipt answered `null`, and while
   * a receipt is missing, `eth_blockNumber` and `eth_getTransactionByHash` of that hash. How many there are depends on
   * when anvil has mined, not on the library; `total - polls` is what a run costs when every receipt is there at the
   * first ask.
   */
  polls: number
  l1: number
  l2: number
  byMethod: Record<string, number>
  /** requests besides polls that started after an earlier one (on either node) had ended */
  sequential: number
  /** round trips on the critical path: the longest chain of requests besides polls, each started after the previous ended */
  waves: number
}

/** Whether each request (L1 ones first, then L2, in the order recorded) is a poll, as `stats` counts them. */
function pollFlags(all: (RecordedRequest & { side: string })[]): boolean[] {
  const missing = new Set<string>()
  return all.map((r) => {
    const key = `${r.side} ${JSON.stringify((r.params as unknown[] | undefined)?.[0])}`
    if (r.method === 'eth_getTransactionReceipt') {
      if (r.empty) missing.add(key)
      else missing.delete(key)
      return r.empty === true
    }
    if (r.method === 'eth_getTransactionByHash') return missing.has(key)
    return r.method === 'eth_blockNumber' && [...missing].some((m) => m.startsWith(`${r.side} `))
  })
}

/** The longest chain of spans each started after the one before had ended. */
function criticalPath(spans: readonly { startedAt: number; endedAt?: number | undefined }[]): number {
  const wave: number[] = []
  for (const [i, r] of spans.entries()) {
    let depth = 1
    for (let j = 0; j < i; j++) {
      const e = spans[j]!
      if (e.endedAt !== undefined && e.endedAt <= r.startedAt) depth = Math.max(depth, wave[j]! + 1)
    }
    wave.push(depth)
  }
  return Math.max(0, ...wave)
}

/** HTTP requests of a run through recording proxies with JSON-RPC batching on. */
export type HttpStats = {
  /** HTTP requests besides those that carried only polls */
  http: number
  /** HTTP requests that carried only polls */
  polls: number
  /** JSON-RPC requests besides polls, in all the HTTP requests */
  requests: number
  /** round trips on the critical path, counted in HTTP requests besides the poll-only ones */
  waves: number
}

/** `Recorded` of recording proxies (each request tagged with its HTTP request) as HTTP requests and waves. */
export function httpStats({ l1, l2 }: Recorded): HttpStats {
  const all = [...l1.map((r) => ({ ...r, side: 'L1' })), ...l2.map((r) => ({ ...r, side: 'L2' }))].sort(
    (a, b) => a.startedAt - b.startedAt,
  )
  const isPoll = pollFlags(all)
  const posts = new Map<string, { startedAt: number; endedAt?: number | undefined; work: number }>()
  for (const [i, r] of all.entries()) {
    const key = `${r.side} ${(r as { http?: number }).http}`
    const post = posts.get(key) ?? { startedAt: r.startedAt, endedAt: r.endedAt, work: 0 }
    if (!isPoll[i]) post.work++
    posts.set(key, post)
  }
  const work = [...posts.values()].filter((p) => p.work > 0)
  return {
    http: work.length,
    polls: posts.size - work.length,
    requests: work.reduce((n, p) => n + p.work, 0),
    waves: criticalPath(work),
  }
}

export function stats({ l1, l2 }: Recorded): RunStats {
  const all = [...l1.map((r) => ({ ...r, side: 'L1' })), ...l2.map((r) => ({ ...r, side: 'L2' }))].sort(
    (a, b) => a.startedAt - b.startedAt,
  )
  const byMethod: Record<string, number> = {}
  for (const r of all) {
    const key = `${r.side} ${r.method}`
    byMethod[key] = (byMethod[key] ?? 0) + 1
  }
  const isPoll = pollFlags(all)
  const polls = isPoll.filter(Boolean).length
  // the order of the other requests, as if every receipt had been there at the first ask
  const work = all.filter((_, i) => !isPoll[i])
  let sequential = 0
  const wave: number[] = []
  for (const [i, r] of work.entries()) {
    let depth = 1
    let waited = false
    for (let j = 0; j < i; j++) {
      const e = work[j]!
      if (e.endedAt !== undefined && e.endedAt <= r.startedAt) {
        waited = true
        depth = Math.max(depth, wave[j]! + 1)
      }
    }
    wave.push(depth)
    if (waited) sequential++
  }
  return { total: all.length, polls, l1: l1.length, l2: l2.length, byMethod, sequential, waves: Math.max(0, ...wave) }
}

/**
 * A recording HTTP proxy in front of a JSON-RPC node, for clients that are not viem (zksync-ethers):
 * each request of a batch is recorded on its own, started when the HTTP request arrived and ended
 * when the node answered, as the counting transport does for viem clients.
 */
export async function recordingProxy(
  target: string,
): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = []
  let posts = 0
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ''
    req.on('data', (c) => {
      raw += c
    })
    req.on('end', async () => {
      const startedAt = performance.now()
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        res.writeHead(400).end()
        return
      }
      const items = (Array.isArray(body) ? body : [body]) as { method: string; params?: unknown }[]
      // each request tagged with the HTTP request that carried it
      const http = posts++
      const recs: RecordedRequest[] = items.map((i) => ({ method: i.method, params: i.params, startedAt, http }))
      requests.push(...recs)
      const answer = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw })
      const text = await answer.text()
      const endedAt = performance.now()
      for (const r of recs) r.endedAt = endedAt
      try {
        const answers = JSON.parse(text) as { id?: unknown; result?: unknown } | { id?: unknown; result?: unknown }[]
        for (const [i, a] of (Array.isArray(answers) ? answers : [answers]).entries())
          if (a && a.result === null && recs[i]) recs[i]!.empty = true
      } catch {}
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
