import { custom, type EIP1193RequestFn, HttpRequestError, RpcRequestError, type Transport } from 'viem'

/** What to do to a request that a rule matches. */
export type Fault =
  /** answer with a JSON-RPC error (as a node would) */
  | { kind: 'rpc-error'; code?: number; message?: string }
  /** fail like an HTTP 429 from a rate-limiting provider */
  | { kind: 'rate-limit' }
  /** never answer (until `ms` has passed, then fail like a timeout) */
  | { kind: 'timeout'; ms?: number }
  /** answer `null` instead of asking the node (e.g. a receipt the node "lost") */
  | { kind: 'null' }
  /** answer with this value instead of asking the node */
  | { kind: 'value'; value: unknown }

export type FaultRule = {
  /** JSON-RPC method (exact) or a test on the request */
  method: string | ((method: string, params: unknown) => boolean)
  fault: Fault
  /** how many matching requests to affect (default: all); later ones pass through */
  times?: number
  /** how many matching requests to let through before the fault starts (default 0) */
  after?: number
}

export type FaultyTransport = {
  transport: Transport
  /** requests that hit a fault, with the fault applied */
  injected: { method: string; fault: Fault['kind'] }[]
  /** every request seen, faulty or not */
  seen: string[]
  add(rule: FaultRule): void
  clear(): void
}

/**
 * Wraps a transport and injects node faults by rule: JSON-RPC errors, rate limiting, timeouts, null
 * answers and forged values. Each rule has its own counters, so "fail the first two
 * `eth_getTransactionReceipt` calls" is `{ method: 'eth_getTransactionReceipt', fault: { kind: 'null' }, times: 2 }`.
 */
export function faultyTransport(inner: Transport, rules: FaultRule[] = []): FaultyTransport {
  const state = rules.map((rule) => ({ rule, matched: 0 }))
  const injected: FaultyTransport['injected'] = []
  const seen: string[] = []
  const transport: Transport = (params) => {
    const base = inner(params)
    const request: EIP1193RequestFn = async (args, options) => {
      seen.push(args.method)
      for (const s of state) {
        const { rule } = s
        const hit =
          typeof rule.method === 'string' ? rule.method === args.method : rule.method(args.method, args.params)
        if (!hit) continue
        s.matched++
        if (s.matched <= (rule.after ?? 0)) continue
        if (rule.times !== undefined && s.matched > (rule.after ?? 0) + rule.times) continue
        injected.push({ method: args.method, fault: rule.fault.kind })
        const f = rule.fault
        switch (f.kind) {
          case 'rpc-error':
            throw new RpcRequestError({
              body: { method: args.method, params: args.params },
              error: { code: f.code ?? -32603, message: f.message ?? 'injected fault' },
              url: 'fault://injected',
            })
          case 'rate-limit':
            throw new HttpRequestError({
              body: { method: args.method, params: args.params },
              status: 429,
              details: 'Too Many Requests',
              url: 'fault://injected',
            })
          case 'timeout':
            await new Promise((r) => setTimeout(r, f.ms ?? 60_000))
            throw new HttpRequestError({
              body: { method: args.method },
              details: 'The request took too long to respond.',
              url: 'fault://injected',
            })
          case 'null':
            return null as never
          case 'value':
            return f.value as never
        }
      }
      return base.request(args as any, options)
    }
    return custom(
      { request },
      { key: 'faulty', name: `faulty(${base.config.name})`, retryCount: base.config.retryCount, retryDelay: 1 },
    )(params)
  }
  return {
    transport,
    injected,
    seen,
    add: (rule) => {
      state.push({ rule, matched: 0 })
    },
    clear: () => {
      state.length = 0
    },
  }
}
