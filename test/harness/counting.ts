import { custom, type EIP1193RequestFn, type Transport } from 'viem'

export type RecordedRequest = {
  method: string
  params: unknown
  startedAt: number
  endedAt?: number
  /** the node answered `null` (a receipt or transaction not there yet) */
  empty?: boolean
}

export type CountingTransport = {
  transport: Transport
  /** every JSON-RPC request made through the transport, in the order they were made */
  requests: RecordedRequest[]
  /** the methods, in order */
  methods(): string[]
  /** how many requests of each method */
  counts(): Record<string, number>
  /** requests that sign or send something (`eth_sendRawTransaction`, `eth_sendTransaction`, `eth_sign*`, `wallet_sendCalls`, …) */
  sends(): RecordedRequest[]
  reset(): void
}

const SENDING =
  /^(eth_sendRawTransaction|eth_sendTransaction|eth_sign|eth_signTransaction|eth_signTypedData.*|personal_sign|wallet_sendCalls)$/

/**
 * Wraps a viem transport and records each JSON-RPC request that goes through it. Works with
 * batching transports too: each request of a batch is recorded on its own.
 */
export function countingTransport(inner: Transport): CountingTransport {
  const requests: RecordedRequest[] = []
  const transport: Transport = (params) => {
    const base = inner(params)
    const request: EIP1193RequestFn = async (args, options) => {
      const rec: RecordedRequest = { method: args.method, params: args.params, startedAt: performance.now() }
      requests.push(rec)
      try {
        const result = (await base.request(args as any, options)) as any
        rec.empty = result === null
        return result
      } finally {
        rec.endedAt = performance.now()
      }
    }
    return custom({ request }, { key: base.config.key, name: `counting(${base.config.name})`, retryCount: 0 })(params)
  }
  return {
    transport,
    requests,
    methods: () => requests.map((r) => r.method),
    counts: () => {
      const out: Record<string, number> = {}
      for (const r of requests) out[r.method] = (out[r.method] ?? 0) + 1
      return out
    },
    sends: () => requests.filter((r) => SENDING.test(r.method)),
    reset: () => {
      requests.length = 0
    },
  }
}
