/**
 * The JSON-RPC over HTTP front of the simulated L2 nodes: single and batched requests, each answered by `handle`, an
 * error thrown as an `RpcError` sent with its code (anything else as -32603), on a free loopback port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message)
  }
}

export type RpcServer = { rpcUrl: string; close(): Promise<void> }

export async function serveJsonRpc(handle: (method: string, params: any[]) => Promise<unknown>): Promise<RpcServer> {
  const one = async (req: any) => {
    try {
      const result = await handle(req.method, req.params ?? [])
      return { jsonrpc: '2.0', id: req.id, result: result ?? null }
    } catch (e) {
      const err = e instanceof RpcError ? e : new RpcError(-32603, (e as Error).message)
      return {
        jsonrpc: '2.0',
        id: req.id,
        error: { code: err.code, message: err.message, ...(err.data ? { data: err.data } : {}) },
      }
    }
  }
  const respond = async (body: unknown) => {
    if (!Array.isArray(body)) return one(body)
    const out = []
    for (const r of body) out.push(await one(r))
    return out
  }
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ''
    req.on('data', (c) => {
      raw += c
    })
    req.on('end', async () => {
      let body: unknown
      try {
        body = JSON.parse(raw)
      } catch {
        res.writeHead(400).end()
        return
      }
      const out = await respond(body)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(out))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    rpcUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
