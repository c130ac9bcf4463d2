/**
 * `npm run demo` end to end: the whole lifecycle on the embedded world as a child process with `--json`, every step's
 * outcome and amounts asserted; the read-only network mode against the embedded world's URLs; and the failures a user
 * meets first (an unreachable endpoint, a wrong chain id) ending in one line with the typed error's name, not a stack.
 */
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { StepRecord } from '../examples/demo/report.js'
import { startWorld, type World } from '../examples/demo/world.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** One line of the demo's `--json` log (the JSON form of its step record). */
type Step = Omit<StepRecord, 'n' | 'title'>

function runDemo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // a key in the caller's environment must not turn a read-only run into one that sends
    const { DEMO_PRIVATE_KEY: _, ...env } = process.env
    const child = spawn(process.execPath, ['--import', 'tsx', join('examples', 'demo.ts'), ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += String(d)
    })
    child.stderr.on('data', (d) => {
      stderr += String(d)
    })
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

const parseSteps = (stdout: string): Step[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Step)

const byName = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.step, s]))

describe('npm run demo on the embedded world', () => {
  test('--json: every step of the lifecycle is ok, with the amounts moved, finalized and claimed', async () => {
    const { code, stdout, stderr } = await runDemo(['--json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const steps = parseSteps(stdout)
    expect(steps.map((s) => s.step)).toEqual([
      'start-world',
      'quote-deposit-eth',
      'deposit-eth',
      'deposit-tst',
      'deposit-tst-custom-base',
      'request-execute',
      'withdraw-eth',
      'withdraw-tst',
      'follow-withdrawals',
      'finalize-eth',
      'finalize-tst',
      'is-finalized',
      'deposit-tst-failing',
      'claim-failed-deposit',
    ])
    expect(steps.filter((s) => s.outcome !== 'ok')).toEqual([])
    const s = byName(steps)
    expect(s['quote-deposit-eth']!.data).toMatchObject({ route: 'eth-base' })
    expect(s['deposit-eth']).toMatchObject({ amounts: { ETH: '2' }, data: { l2Status: 'success' } })
    expect(s['deposit-tst']).toMatchObject({ amounts: { TST: '10' }, data: { l2Status: 'success' } })
    expect(s['deposit-tst-custom-base']).toMatchObject({ amounts: { TST: '5' }, data: { l2Status: 'success' } })
    expect(s['request-execute']).toMatchObject({ amounts: { ETH: '0.01' }, data: { l2Status: 'success' } })
    expect(s['withdraw-eth']!.amounts).toEqual({ ETH: '1' })
    expect(s['withdraw-tst']!.amounts).toEqual({ TST: '4' })
    // what arrived on L1, measured from the balances
    expect(s['finalize-eth']).toMatchObject({ amounts: { ETH: '1' }, data: { l1Status: 'success' } })
    expect(s['finalize-tst']).toMatchObject({ amounts: { TST: '4' }, data: { l1Status: 'success' } })
    expect(s['is-finalized']!.data).toEqual({ finalized: true, eth: true, tst: true })
    expect(s['deposit-tst-failing']!.data).toMatchObject({ l2Status: 'reverted' })
    expect(s['claim-failed-deposit']).toMatchObject({ amounts: { TST: '3' }, data: { l1Status: 'success' } })
    for (const name of ['deposit-eth', 'deposit-tst', 'finalize-eth', 'claim-failed-deposit']) {
      expect(s[name]!.hashes.L1).toMatch(/^0x[0-9a-f]{64}$/)
      expect(BigInt(s[name]!.l1GasPaid)).toBeGreaterThan(0n)
      expect(s[name]!.requests).toBeGreaterThan(0)
    }
    // an L2-only step pays no L1 gas
    expect(s['withdraw-eth']!.l1GasPaid).toBe('0')
  }, 60_000)

  test('an unreachable L1 ends with one line naming the error and a hint, exit code 1, no stack trace', async () => {
    const { code, stdout, stderr } = await runDemo(['--l1-rpc', 'http://127.0.0.1:1', '--l2-rpc', 'http://127.0.0.1:1'])
    expect(code).toBe(1)
    expect(stdout).toContain('✗ HttpRequestError: HTTP request failed.')
    expect(stdout).toContain('hint: the endpoint did not answer')
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /)
  }, 30_000)
})

describe('real network mode, pointed at the embedded world', () => {
  let world: World
  beforeAll(async () => {
    world = await startWorld()
  }, 30_000)
  afterAll(() => world?.stop())

  test('read-only: quote, base cost and the status of a deposit; nothing is sent without --send', async () => {
    const l2 = world.nodes.eth.rpcUrl
    const sent = await runDemo([
      '--l1-rpc',
      world.l1RpcUrl,
      '--l2-rpc',
      l2,
      '--private-key',
      '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
      '--send',
      '--json',
    ])
    expect(sent.code).toBe(0)
    const deposit = byName(parseSteps(sent.stdout))['deposit-eth']!
    expect(deposit).toMatchObject({ outcome: 'ok', amounts: { ETH: '0.01' }, data: { l2Status: 'success' } })

    const { code, stdout } = await runDemo([
      '--l1-rpc',
      world.l1RpcUrl,
      '--l2-rpc',
      l2,
      '--deposit',
      deposit.hashes.L1!,
      '--json',
    ])
    expect(code).toBe(0)
    const steps = parseSteps(stdout)
    expect(steps.map((s) => [s.step, s.outcome])).toEqual([
      ['connect', 'ok'],
      ['quote-deposit-eth', 'ok'],
      ['base-cost', 'ok'],
      ['deposit-status', 'ok'],
    ])
    const s = byName(steps)
    // the default address holds nothing: the quote lists what it lacks
    expect(s['quote-deposit-eth']!.data).toMatchObject({ route: 'eth-base', shortfalls: 1 })
    expect(s['deposit-status']).toMatchObject({ hashes: { L2: deposit.hashes.L2 }, data: { status: 'l2-executed' } })
    expect(steps.every((x) => x.l1GasPaid === '0')).toBe(true)
  }, 30_000)

  test('a wrong --chain-id is the library L2ChainMismatchError, in one line with a hint', async () => {
    const { code, stdout, stderr } = await runDemo([
      '--l1-rpc',
      world.l1RpcUrl,
      '--l2-rpc',
      world.nodes.eth.rpcUrl,
      '--chain-id',
      '273',
      '--json',
    ])
    expect(code).toBe(1)
    const failed = parseSteps(stdout).find((s) => s.outcome === 'error')!
    expect(failed.error).toMatchObject({ name: 'L2ChainMismatchError' })
    expect(failed.error!.shortMessage).toContain('273')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^L2ChainMismatchError: .*273.* \(hint: .*--chain-id/)
  }, 30_000)
})
