import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** Path of the anvil binary that `@foundry-rs/anvil` installed for this platform. */
export function anvilBinary(): string {
  const pkg = `@foundry-rs/anvil-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`
  return join(
    dirname(require.resolve(`${pkg}/package.json`)),
    'bin',
    process.platform === 'win32' ? 'anvil.exe' : 'anvil',
  )
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export type Anvil = { rpcUrl: string; port: number; process: ChildProcess; stop(): Promise<void> }

/**
 * Starts anvil on a free loopback port, optionally loading a state file, and waits until it answers.
 * `chainId` defaults to 31337.
 */
export async function startAnvil(options: {
  loadState?: string
  chainId?: number | bigint
  /** further command-line arguments */
  args?: readonly string[]
}): Promise<Anvil> {
  const port = await freePort()
  const chainId = String(options.chainId ?? 31337)
  const args = ['--host', '127.0.0.1', '--port', String(port), '--chain-id', chainId, '--silent']
  if (options.loadState) args.push('--load-state', options.loadState)
  if (options.args) args.push(...options.args)
  const child = spawn(anvilBinary(), args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d) => {
    stderr += String(d)
  })
  const rpcUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`anvil exited with ${child.exitCode}: ${stderr}`)
    try {
      const res = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      })
      if (res.ok) break
    } catch {}
    if (Date.now() > deadline) throw new Error(`anvil did not start: ${stderr}`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return {
    rpcUrl,
    port,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
