/**
 * The static server of the browser test: the example's production build (`vite build` output), its `config.json`
 * naming the test's chains, and a same-origin JSON-RPC proxy to each node (`/rpc/<name>`), as a dapp often puts its
 * RPC behind its own origin. The proxy also spares the simulated L2 nodes CORS, which they do not answer.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

export type ExampleServer = { url: string; close(): Promise<void> }

/**
 * Serves `dir` on a free loopback port. `rpc` maps a name to a node's URL, proxied at `/rpc/<name>`; `config` gets the
 * proxied URLs (`rpcUrl(name)`) and returns what `/config.json` answers.
 */
export async function serveExample({
  dir,
  rpc,
  config,
}: {
  dir: string
  rpc: Record<string, string>
  config: (rpcUrl: (name: string) => string) => unknown
}): Promise<ExampleServer> {
  let configJson = ''
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(error.message)
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (path.startsWith('/rpc/')) {
      const target = rpc[path.slice('/rpc/'.length)]
      if (!target || req.method !== 'POST') return void res.writeHead(404).end()
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const answer = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.concat(chunks),
      })
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      return void res.end(Buffer.from(await answer.arrayBuffer()))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      return void res.end(configJson)
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end()
    const body = await readFile(file).catch(() => undefined)
    if (!body) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  configJson = JSON.stringify(
    config((name) => `${url}/rpc/${name}`),
    null,
    2,
  )
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
