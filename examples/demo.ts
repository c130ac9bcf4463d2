/**
 * `npm run demo`: the whole L1 <-> L2 lifecycle of zksync-l1-actions on an embedded world (anvil with the committed
 * era-contracts deployment, two simulated Era chains and a ZKsync OS chain), one line per step with its hashes,
 * amounts, L1 gas and RPC requests, and a summary table.
 *
 *   npm run demo                                   # the whole lifecycle on the embedded world
 *   npm run demo -- --chain zksync-os --only withdraw --json
 *   npm run demo -- --l1-rpc URL --l2-rpc URL [--chain-id N | --bridgehub ADDRESS] [--address ADDR]
 *                   [--withdrawal HASH] [--deposit HASH] [--private-key KEY --send]
 */
import { parseArgs } from 'node:util'
import { type Address, type Hash, type Hex, isAddress, isHex } from 'viem'
import { type Group, lifecycleSteps } from './demo/lifecycle.js'
import { networkSteps } from './demo/network.js'
import { type Counted, createReporter, describeError, renderError, StepFailed } from './demo/report.js'
import { type ChainKey, startWorld, type World } from './demo/world.js'

const USAGE = `usage: npm run demo -- [--chain eth|custom|zksync-os] [--only deposit|withdraw|claim] [--json]
       npm run demo -- --l1-rpc URL --l2-rpc URL [--chain-id N | --bridgehub ADDRESS] [--address ADDR]
                       [--withdrawal HASH] [--deposit HASH] [--private-key KEY --send] [--json]`

class UsageError extends Error {
  override name = 'UsageError'
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      chain: { type: 'string', default: 'eth' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      'l1-rpc': { type: 'string' },
      'l2-rpc': { type: 'string' },
      'chain-id': { type: 'string' },
      bridgehub: { type: 'string' },
      address: { type: 'string' },
      withdrawal: { type: 'string' },
      deposit: { type: 'string' },
      'private-key': { type: 'string' },
      send: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  const oneOf = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[]) => {
    if (value !== undefined && !allowed.includes(value as T))
      throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
    return value as T | undefined
  }
  const check = <T extends string>(flag: string, value: string | undefined, ok: (v: string) => boolean) => {
    if (value !== undefined && !ok(value)) throw new UsageError(`--${flag} is not valid: ${JSON.stringify(value)}`)
    return value as T | undefined
  }
  const chain = oneOf<ChainKey>('chain', values.chain, ['eth', 'custom', 'zksync-os'])!
  const only = oneOf<Group>('only', values.only, ['deposit', 'withdraw', 'claim'])
  const l1Rpc = values['l1-rpc']
  const l2Rpc = values['l2-rpc']
  if ((l1Rpc === undefined) !== (l2Rpc === undefined)) throw new UsageError('--l1-rpc and --l2-rpc go together')
  const chainId = check('chain-id', values['chain-id'], (v) => /^\d+$/.test(v))
  if (chainId !== undefined && values.bridgehub !== undefined)
    throw new UsageError('pass --chain-id or --bridgehub, not both')
  const is32 = (v: string) => isHex(v) && v.length === 66
  const privateKey = check<Hex>(
    'private-key',
    values['private-key'] ?? (process.env.DEMO_PRIVATE_KEY || undefined),
    is32,
  )
  return {
    help: values.help,
    json: values.json,
    chain,
    only,
    network:
      l1Rpc !== undefined && l2Rpc !== undefined
        ? {
            l1Rpc,
            l2Rpc,
            chainId: chainId === undefined ? undefined : BigInt(chainId),
            bridgehub: check<Address>('bridgehub', values.bridgehub, (v) => isAddress(v)),
            address: check<Address>('address', values.address, (v) => isAddress(v)),
            withdrawal: check<Hash>('withdrawal', values.withdrawal, is32),
            deposit: check<Hash>('deposit', values.deposit, is32),
            privateKey,
            send: values.send,
          }
        : undefined,
  }
}

async function main(): Promise<number> {
  const started = performance.now()
  let args: ReturnType<typeof parse>
  try {
    args = parse(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    return 2
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const clients: { counters: Counted[]; l1Counter?: Counted; l1Reader?: import('viem').PublicClient } = {
    counters: [],
  }
  let world: World | undefined
  const plan = args.network
    ? networkSteps(args.network, clients)
    : lifecycleSteps({ chain: args.chain, only: args.only }, () => world!, clients)
  const reporter = createReporter({
    json: args.json,
    total: plan.steps.length + (args.network ? 0 : 1),
    counters: () => clients.counters,
    l1Counter: () => clients.l1Counter,
    l1Reader: () => clients.l1Reader,
  })
  const say = (line: string) => {
    if (!args.json) process.stdout.write(`${line}\n`)
  }
  // Ctrl-C stops the world's processes before leaving
  const interrupt = () => {
    void (world?.stop() ?? Promise.resolve()).finally(() => process.exit(130))
  }
  process.once('SIGINT', interrupt)
  try {
    if (args.network) {
      say(`zksync-l1-actions demo: read-only against ${args.network.l1Rpc} and ${args.network.l2Rpc}`)
      if ('note' in plan && plan.note) say(plan.note)
    } else {
      say(`zksync-l1-actions demo: the L1 <-> L2 lifecycle on the embedded world (deposit/withdraw on ${args.chain})`)
      await reporter.step('start-world', 'start L1 anvil, Era 271 + 272, ZKsync OS 273', async (ctx) => {
        world = await startWorld()
        if (!('connect' in plan)) return
        plan.connect(world)
        ctx.data('l1', world.l1RpcUrl.replace(/^.*:/, 'port '))
      })
    }
    await plan.run(reporter)
    reporter.summary(Math.round(performance.now() - started))
    return 0
  } catch (error) {
    // a step failure was printed with its step; anything else is printed here, the same way
    if (!(error instanceof StepFailed)) {
      const e = describeError(error)
      if (args.json) process.stdout.write(`${JSON.stringify({ step: 'demo', outcome: 'error', error: e })}\n`)
      else process.stdout.write(`${renderError(e)}\n`)
    }
    if (args.json) {
      const e = describeError(error)
      process.stderr.write(`${e.name}: ${e.shortMessage} (hint: ${e.hint})\n`)
    }
    return 1
  } finally {
    process.off('SIGINT', interrupt)
    await world?.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // never a stack trace: the error's name and message on one line
    const e = describeError(error)
    process.stderr.write(`${e.name}: ${e.shortMessage}\n`)
    process.exit(1)
  },
)
