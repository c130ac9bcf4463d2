/**
 * Property tests over the public actions' own parameters, against the harness: random parameter objects, each a valid
 * base with one to three fields replaced by a value of the wrong type, out of range, near an edge, or a valid one.
 *
 * - A case with an ill-typed field is refused with one of the parameter errors, naming one of the ill-typed fields,
 *   before any request at all (no request on L1 or on any L2, so nothing signed or sent).
 * - A case whose fields all have their types either succeeds with the values it was given (quote and prepared request
 *   agree with them) or is refused with another typed error (a `ZksyncL1Error`: a value too low, a balance too short,
 *   a chain mismatch…), with nothing sent.
 *
 * 1,000 cases per action family (deposits: quote/prepare/deposit, ETH and ERC-20, both Era chains; requestExecute;
 * withdraw on L2), about one in sixteen well-typed (those read the chain); real transactions in one test of its own.
 */
import fc from 'fast-check'
import { type Address, getAddress, numberToHex, parseEther, parseGwei, toHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { prepareRequestExecute } from '../../src/actions/prepareRequestExecute.js'
import { prepareWithdraw } from '../../src/actions/prepareWithdraw.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { ZksyncL1Error } from '../../src/errors/base.js'
import { accounts, type Harness, useHarness } from '../harness/index.js'
import { depositBase, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: ['a', 'b'] })
const RUNS = { numRuns: 1_000, endOnFailure: true }
/** A family's 1,000 cases take about 10 s alone; more when the suite runs beside them. */
const TIMEOUT = 90_000
const MAX_UINT256 = 2n ** 256n - 1n
const ETH: Address = '0x0000000000000000000000000000000000000000'
const BASE: Address = '0x000000000000000000000000000000000000800A'

/** The errors of a parameter of the wrong type, size or range. */
const PARAMETER_ERRORS = [
  'InvalidParameterError',
  'InvalidAddressParameterError',
  'InvalidHexParameterError',
  'InvalidDepositAmountError',
  'WithdrawalAmountInvalidError',
]

// ---------- values ----------

const address = fc.bigInt({ min: 0x20000n, max: 2n ** 160n - 1n }).map((n) => getAddress(numberToHex(n, { size: 20 })))
const bytes = (maxLength: number) => fc.uint8Array({ maxLength }).map((b) => toHex(b))

/** Anything that is not a bigint, with the numbers and strings a JavaScript caller is likely to pass. */
const notBigint = fc.oneof(
  fc.integer(),
  fc.double(), // NaN, ±Infinity, -0, fractions
  fc.constantFrom(1, 800, 1e18, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => String(n)),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => numberToHex(n)),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(null, true, false, {}, [], [1n]),
)
/** A bigint outside uint256, or not a bigint. */
const badUint = fc.oneof(
  notBigint,
  fc.bigInt({ min: -(2n ** 256n), max: -1n }),
  fc.bigInt({ min: 2n ** 256n, max: 2n ** 264n }),
  fc.constantFrom(-1n, 2n ** 256n),
)
const badAddress = fc.oneof(
  fc.integer(),
  fc.bigInt({ min: 0n, max: 2n ** 160n - 1n }),
  address.map((a) => a.slice(0, 40)), // 19.5 bytes
  address.map((a) => `${a}00`), // 21 bytes
  address.map((a) => a.slice(2)), // no 0x
  fc.constant('0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6E0'), // the Bridgehub, checksum broken
  fc.string({ maxLength: 12 }),
  fc.constantFrom(null, {}, true),
)
const badBoolean = fc.oneof(fc.constantFrom('true', 'false', 'yes', 0, 1, null, 0n, 1n, {}), fc.integer())
const badHex = fc.oneof(
  fc.constantFrom('0x1', '0xabc', '0xzz', 'abcd', '', '0X00', null, 0),
  fc.integer(),
  fc.uint8Array({ minLength: 1, maxLength: 4 }),
)
const badChainId = fc.oneof(
  fc.constantFrom(0, -1, 0n, -1n, 271.5, Number.NaN, Number.POSITIVE_INFINITY, '271', '0x10f', null, 2n ** 64n),
  fc.double({ noInteger: true }),
  fc.string({ maxLength: 6 }),
)
const badAccount = fc.oneof(badAddress, fc.constant({ address: '0x1234' }))
const badNonce = fc.oneof(
  fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', 1n, null, 2 ** 53),
  fc.bigInt({ min: 0n, max: 100n }),
)
/** Stands for the L2 client of the case's chain in a generated case (made when the case runs, printed short). */
const L2_CLIENT = Symbol('l2Client')
const withClient = (parameters: Record<string, unknown>, client: () => unknown): Record<string, unknown> =>
  parameters.l2Client === L2_CLIENT ? { ...parameters, l2Client: client() } : { ...parameters }
const gwei = (min: string, max: string) => fc.bigInt({ min: parseGwei(min), max: parseGwei(max) })

// ---------- cases ----------

type Field = { name: string; valid: fc.Arbitrary<unknown>; invalid: fc.Arbitrary<unknown> }
type Case = { parameters: Record<string, unknown>; ill: string[] }

/**
 * A base object with fields replaced: fifteen in sixteen cases replace at least one field with an ill-typed value
 * (and up to two more with any), the rest replace up to three fields with well-typed values only.
 */
function cases(base: fc.Arbitrary<Record<string, unknown>>, fields: Field[]): fc.Arbitrary<Case> {
  const change = (valid: boolean) =>
    fc
      .constantFrom(...fields)
      .chain((f) => (valid ? f.valid : f.invalid).map((value) => ({ name: f.name, value, valid })))
  const ill = fc
    .tuple(change(false), fc.array(fc.oneof(change(true), change(false)), { maxLength: 2 }))
    .map(([first, rest]) => [first, ...rest])
  const well = fc.array(change(true), { maxLength: 3 })
  return fc
    .tuple(base, fc.oneof({ weight: 15, arbitrary: ill }, { weight: 1, arbitrary: well }))
    .map(([parameters, changes]) => {
      const valid = new Map<string, boolean>()
      const out = { ...parameters }
      for (const c of changes) {
        out[c.name] = c.value
        valid.set(c.name, c.valid)
      }
      return { parameters: out, ill: [...valid].filter(([, v]) => !v).map(([name]) => name) }
    })
}

/** Runs the action on the case and checks the property; `checkResult` checks a success against the parameters. */
async function property(
  { parameters, ill }: Case,
  run: (parameters: Record<string, unknown>) => Promise<unknown>,
  checkResult: (result: never, parameters: Record<string, unknown>) => void,
  tally: { refused: number; typed: number; succeeded: number },
) {
  h.l1Transport.reset()
  for (const t of Object.values(h.l2Transport)) t.reset()
  const outcome = await run(parameters).then(
    (result) => ({ result }),
    (error: unknown) => ({ error: error as Error & { parameter?: string; shortMessage?: string } }),
  )
  expect(h.l1Transport.sends()).toEqual([])
  for (const t of Object.values(h.l2Transport)) expect(t.sends()).toEqual([])
  if (ill.length > 0) {
    if (!('error' in outcome)) throw new Error(`ill-typed ${ill.join(', ')} accepted: ${String(outcome.result)}`)
    const { error } = outcome
    expect(PARAMETER_ERRORS, `${ill.join(', ')}: ${error.message}`).toContain(error.name)
    expect(error).toBeInstanceOf(ZksyncL1Error)
    const named =
      error.parameter ??
      (error.name === 'InvalidDepositAmountError' || error.name === 'WithdrawalAmountInvalidError'
        ? 'amount'
        : /`([^`[]+)/.exec(error.shortMessage ?? '')?.[1])
    // `factoryDeps[1]` is a part of `factoryDeps`
    expect(ill, error.message).toContain(named?.replace(/[[.].*$/, ''))
    // before the first request: nothing asked of any node
    expect(h.l1Transport.methods()).toEqual([])
    for (const t of Object.values(h.l2Transport)) expect(t.methods()).toEqual([])
    tally.refused++
  } else if ('error' in outcome) {
    const { error } = outcome
    expect(error, error.message).toBeInstanceOf(ZksyncL1Error)
    // the types hold; only a range the chain sets may be refused as a parameter (an amount that, with the base
    // cost, does not fit in uint256)
    if (error.name === 'InvalidParameterError') expect((error as { expected?: string }).expected).toMatch(/^at most /)
    else expect(error.name, error.message).not.toBe('InvalidHexParameterError')
    tally.typed++
  } else {
    checkResult(outcome.result as never, parameters)
    tally.succeeded++
  }
}

/** The fee fields of a quote or request agree with those given. */
function checkFees(
  got: { gasPrice?: bigint | undefined; maxFeePerGas?: bigint | undefined },
  given: Record<string, unknown>,
) {
  if (given.gasPrice !== undefined) expect(got.gasPrice).toBe(given.gasPrice)
  else if (given.maxFeePerGas !== undefined) expect(got.maxFeePerGas).toBe(given.maxFeePerGas)
}

function checkGiven(got: Record<string, unknown>, given: Record<string, unknown>, keys: string[]) {
  for (const key of keys) if (given[key] !== undefined) expect(got[key], key).toBe(given[key])
}

const fees: Field[] = [
  { name: 'gasPrice', valid: gwei('2', '50'), invalid: badUint },
  { name: 'maxFeePerGas', valid: gwei('2', '50'), invalid: badUint },
  { name: 'maxPriorityFeePerGas', valid: gwei('0', '1'), invalid: badUint },
]

/** Fields of every priority request (deposits and requestExecute). */
function requestFields(h: Harness, chainIds: number[]): Field[] {
  return [
    {
      name: 'chainId',
      valid: fc.oneof(fc.constantFrom(...chainIds), fc.constantFrom(...chainIds.map(BigInt)), fc.constant(999)),
      invalid: badChainId,
    },
    { name: 'bridgehub', valid: fc.constant(h.deployment.bridgehub), invalid: badAddress },
    {
      name: 'l2Client',
      valid: fc.constant(L2_CLIENT),
      invalid: fc.constantFrom('http://127.0.0.1:3050', 1, {}, null),
    },
    { name: 'refundRecipient', valid: address, invalid: badAddress },
    { name: 'allowAliasedRefundRecipient', valid: fc.boolean(), invalid: badBoolean },
    { name: 'accountIsContract', valid: fc.constant(false), invalid: badBoolean },
    {
      name: 'l2GasLimit',
      valid: fc.oneof(fc.bigInt({ min: 0n, max: 3_000_000n }), fc.constantFrom(0n, MAX_UINT256)),
      invalid: badUint,
    },
    { name: 'gasPerPubdataByteLimit', valid: fc.constantFrom(800n, 0n, 50_000n), invalid: badUint },
    {
      name: 'mintValue',
      valid: fc.oneof(fc.bigInt({ min: 0n, max: parseEther('5') }), fc.constant(MAX_UINT256)),
      invalid: badUint,
    },
    { name: 'value', valid: fc.oneof(fc.bigInt({ min: 0n, max: parseEther('5') }), fc.constant(0n)), invalid: badUint },
    {
      name: 'gas',
      valid: fc.oneof(fc.constant(null), fc.bigInt({ min: 21_000n, max: 2_000_000n })),
      invalid: fc.oneof(badUint.filter((v) => v !== null)),
    },
    {
      name: 'approveAmount',
      valid: fc.oneof(fc.constant('max'), fc.bigInt({ min: 0n, max: MAX_UINT256 })),
      invalid: fc.oneof(badUint, fc.constantFrom('MAX', 'all')),
    },
    ...fees,
  ]
}

describe('deposits: quoteDeposit, prepareDeposit, deposit (ETH and ERC-20, chains A and B)', () => {
  test(
    '1,000 random parameter objects: refused before any request, or quoted and prepared as given',
    async () => {
      const routes = [
        { node: () => h.l2.a, token: ETH, chainId: h.deployment.chainA.chainId },
        { node: () => h.l2.a, token: h.deployment.tokens.testToken, chainId: h.deployment.chainA.chainId },
        { node: () => h.l2.b, token: ETH, chainId: h.deployment.chainB.chainId },
        { node: () => h.l2.b, token: h.deployment.tokens.baseTokenB, chainId: h.deployment.chainB.chainId },
        { node: () => h.l2.b, token: h.deployment.tokens.testToken, chainId: h.deployment.chainB.chainId },
      ]
      const base = fc.record({
        route: fc.constantFrom(...routes.keys()),
        amount: fc.bigInt({ min: 1n, max: 1_000n }),
        action: fc.constantFrom('quote', 'prepare', 'deposit'),
      })
      const arbitrary = base.chain(({ route, amount, action }) => {
        const r = routes[route]!
        return cases(fc.constant({ l2Client: L2_CLIENT, token: r.token, amount, action, route }), [
          ...requestFields(h, [r.chainId]),
          { name: 'token', valid: fc.constant(r.token), invalid: fc.oneof(badAddress, fc.constant(undefined)) },
          {
            name: 'amount',
            valid: fc.oneof(fc.bigInt({ min: 1n, max: parseEther('1') }), fc.constant(MAX_UINT256)),
            invalid: fc.oneof(badUint, fc.constantFrom(0n, undefined)),
          },
          { name: 'to', valid: address, invalid: badAddress },
          { name: 'account', valid: fc.constantFrom(accounts.alice, accounts.bob), invalid: badAccount },
          { name: 'l2Value', valid: fc.constantFrom(0n, 1n), invalid: badUint },
          {
            name: 'encoding',
            valid: fc.constantFrom('legacy', 'assetId'),
            invalid: fc.constantFrom('abi', 1, null, ''),
          },
        ])
      })
      const tally = { refused: 0, typed: 0, succeeded: 0 }
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const { action, route, ...given } = c.parameters
          const parameters = withClient(given, () => h.l2Client(routes[route as number]!.node()))
          // a well-typed deposit would send: the sends are in their own test below
          const act = action === 'deposit' && c.ill.length > 0 ? 'deposit' : action === 'quote' ? 'quote' : 'prepare'
          // `approveAmount` is a parameter of prepareDeposit and deposit, not of the quote
          if (act === 'quote') delete parameters.approveAmount
          const ill = act === 'quote' ? c.ill.filter((name) => name !== 'approveAmount') : c.ill
          await property(
            { parameters, ill },
            (p) =>
              act === 'quote'
                ? quoteDeposit(h.alice, p as never)
                : act === 'prepare'
                  ? prepareDeposit(h.alice, p as never)
                  : deposit(h.alice, p as never),
            (result: Awaited<ReturnType<typeof prepareDeposit>> | Awaited<ReturnType<typeof quoteDeposit>>, p) => {
              const quote = 'quote' in result ? result.quote : result
              expect(quote.amount).toBe(p.amount)
              checkGiven(quote as never, p, ['mintValue', 'value', 'l2GasLimit'])
              if (p.to !== undefined) expect(quote.to).toBe(p.to)
              if (typeof p.gas === 'bigint') expect(quote.gas).toBe(p.gas)
              if (p.gas === null) expect(quote.gasEstimateSkipped).toBe('disabled')
              checkFees(quote, p)
              expect(quote.call.value).toBe(quote.value)
              if ('deposit' in result) {
                expect(result.deposit.value).toBe(quote.value)
                expect(result.deposit.to).toBe(quote.bridgehub)
                expect(result.deposit.data).toBe(quote.call.data)
              }
            },
            tally,
          )
        }),
        RUNS,
      )
      expect(tally.refused + tally.typed + tally.succeeded).toBe(1_000)
      expect(tally.refused).toBeGreaterThan(800)
      expect(tally.succeeded).toBeGreaterThan(0)
    },
    TIMEOUT,
  )
})

describe('requestExecute: prepareRequestExecute, requestExecute (chains A and B)', () => {
  test(
    '1,000 random parameter objects: refused before any request, or prepared as given',
    async () => {
      const nodes = [
        { node: () => h.l2.a, chainId: h.deployment.chainA.chainId },
        { node: () => h.l2.b, chainId: h.deployment.chainB.chainId },
      ]
      const arbitrary = fc
        .record({ n: fc.constantFrom(0, 1), send: fc.boolean(), contractAddress: address })
        .chain(({ n, send, contractAddress }) =>
          cases(fc.constant({ l2Client: L2_CLIENT, contractAddress, send, n }), [
            ...requestFields(h, [nodes[n]!.chainId]),
            {
              name: 'contractAddress',
              valid: address,
              invalid: fc.oneof(badAddress, fc.constant(undefined)),
            },
            { name: 'calldata', valid: bytes(64), invalid: badHex },
            {
              name: 'l2Value',
              valid: fc.oneof(fc.bigInt({ min: 0n, max: parseEther('1') }), fc.constant(0n)),
              invalid: badUint,
            },
            {
              name: 'factoryDeps',
              valid: fc.constant([]),
              invalid: fc.oneof(
                fc.constantFrom('0x00', 1, null, {}),
                badHex.filter((v) => v !== null).map((v) => ['0x00', v]),
              ),
            },
            { name: 'account', valid: fc.constantFrom(accounts.alice, accounts.bob), invalid: badAccount },
            { name: 'approve', valid: fc.boolean(), invalid: badBoolean },
          ]),
        )
      const tally = { refused: 0, typed: 0, succeeded: 0 }
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const { send, n, ...given } = c.parameters
          const parameters = withClient(given, () => h.l2Client(nodes[n as number]!.node()))
          const act = send && c.ill.length > 0 ? 'requestExecute' : 'prepare'
          // `approve` is a parameter of requestExecute, not of its prepare twin
          if (act === 'prepare') delete parameters.approve
          const ill = act === 'prepare' ? c.ill.filter((name) => name !== 'approve') : c.ill
          await property(
            { parameters, ill },
            (p) =>
              act === 'requestExecute'
                ? requestExecute(h.alice, p as never)
                : prepareRequestExecute(h.alice, p as never),
            (result: Awaited<ReturnType<typeof prepareRequestExecute>>, p) => {
              const { quote, request } = result
              expect(quote.l2Value).toBe(p.l2Value ?? 0n)
              checkGiven(quote as never, p, ['mintValue', 'value', 'l2GasLimit'])
              if (typeof p.gas === 'bigint') expect(request.gas).toBe(p.gas)
              checkFees(request, p)
              expect(request.to).toBe(h.deployment.bridgehub)
              expect(request.value).toBe(quote.value)
            },
            tally,
          )
        }),
        RUNS,
      )
      expect(tally.refused + tally.typed + tally.succeeded).toBe(1_000)
      expect(tally.refused).toBeGreaterThan(800)
      expect(tally.succeeded).toBeGreaterThan(0)
    },
    TIMEOUT,
  )
})

describe('withdraw: prepareWithdraw, withdraw on L2 (chains A and B)', () => {
  test(
    '1,000 random parameter objects: refused before any request, or prepared as given',
    async () => {
      await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
      // made once: deriving the account's key costs more than a refusal
      const wallets = [l2Wallet(h, h.l2.a, 'alice'), l2Wallet(h, h.l2.b, 'alice')]
      const arbitrary = fc
        .record({ n: fc.constantFrom(0, 1), send: fc.boolean(), amount: fc.bigInt({ min: 1n, max: parseEther('1') }) })
        .chain(({ n, send, amount }) =>
          cases(fc.constant({ token: BASE, amount, n, send }), [
            {
              name: 'token',
              valid: fc.constantFrom(BASE, ETH),
              invalid: fc.oneof(badAddress, fc.constant(undefined)),
            },
            {
              name: 'amount',
              valid: fc.oneof(fc.bigInt({ min: 1n, max: parseEther('3') }), fc.constant(MAX_UINT256)),
              invalid: fc.oneof(badUint, fc.constantFrom(0n, undefined)),
            },
            { name: 'to', valid: address, invalid: badAddress },
            { name: 'account', valid: fc.constant(accounts.alice), invalid: badAccount },
            { name: 'gas', valid: fc.bigInt({ min: 100_000n, max: 5_000_000n }), invalid: badUint },
            { name: 'nonce', valid: fc.nat({ max: 1_000 }), invalid: badNonce },
            ...fees,
          ]),
        )
      const tally = { refused: 0, typed: 0, succeeded: 0 }
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const { n, send, ...parameters } = c.parameters
          const wallet = wallets[n as number]!
          await property(
            { ...c, parameters },
            (p) => (send && c.ill.length > 0 ? withdraw(wallet, p as never) : prepareWithdraw(wallet, p as never)),
            (request: Awaited<ReturnType<typeof prepareWithdraw>>, p) => {
              checkGiven(request as never, p, ['gas', 'nonce'])
              checkFees(request, p)
              if (request.to === BASE) expect(request.value).toBe(p.amount)
              else expect(request.value).toBe(0n)
            },
            tally,
          )
        }),
        RUNS,
      )
      expect(tally.refused + tally.typed + tally.succeeded).toBe(1_000)
      expect(tally.refused).toBeGreaterThan(800)
      expect(tally.succeeded).toBeGreaterThan(0)
    },
    TIMEOUT,
  )
})

describe('sends', () => {
  test(
    'random well-typed deposits, requests and withdrawals are sent as prepared',
    async () => {
      await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
      const maxFeePerGas = parseGwei('20')
      const maxPriorityFeePerGas = parseGwei('1')
      const deposits = fc.record({
        route: fc.constantFrom(
          { node: () => h.l2.a, token: ETH, l2GasLimit: 400_000n },
          { node: () => h.l2.a, token: h.deployment.tokens.testToken, l2GasLimit: 1_500_000n },
          { node: () => h.l2.b, token: h.deployment.tokens.baseTokenB, l2GasLimit: 400_000n },
        ),
        amount: fc.bigInt({ min: 1n, max: 1_000n }),
        to: address,
        refundRecipient: fc.option(address, { nil: undefined }),
      })
      let sent = 0
      await fc.assert(
        fc.asyncProperty(deposits, async ({ route, ...rest }) => {
          const parameters = {
            l2Client: h.l2Client(route.node()),
            token: route.token,
            l2GasLimit: route.l2GasLimit,
            maxFeePerGas,
            maxPriorityFeePerGas,
            ...rest,
          }
          const { deposit: prepared } = await prepareDeposit(h.alice, parameters)
          const hash = await deposit(h.alice, { ...parameters, approve: true })
          const [receipt, tx] = await Promise.all([
            h.l1.waitForTransactionReceipt({ hash }),
            h.l1.getTransaction({ hash }),
          ])
          expect(receipt.status).toBe('success')
          expect(tx.to).toBe(h.deployment.bridgehub.toLowerCase())
          expect(tx.input).toBe(prepared.data)
          expect(tx.value).toBe(prepared.value)
          sent++
        }),
        { numRuns: 6, endOnFailure: true },
      )
      const requests = fc.record({
        contractAddress: address,
        calldata: bytes(32),
        l2Value: fc.bigInt({ min: 0n, max: 1_000n }),
      })
      await fc.assert(
        fc.asyncProperty(requests, async (rest) => {
          const parameters = {
            l2Client: h.l2Client(h.l2.a),
            l2GasLimit: 500_000n,
            maxFeePerGas,
            maxPriorityFeePerGas,
            ...rest,
          }
          const { request } = await prepareRequestExecute(h.alice, parameters)
          const hash = await requestExecute(h.alice, parameters)
          const tx = await h.l1.getTransaction({ hash })
          expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
          expect(tx.input).toBe(request.data)
          expect(tx.value).toBe(request.value)
          sent++
        }),
        { numRuns: 3, endOnFailure: true },
      )
      const withdrawals = fc.record({ amount: fc.bigInt({ min: 1n, max: parseEther('0.1') }), to: address })
      await fc.assert(
        fc.asyncProperty(withdrawals, async (parameters) => {
          const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: BASE, ...parameters })
          const l2 = h.l2Client(h.l2.a)
          expect((await l2.waitForTransactionReceipt({ hash })).status).toBe('success')
          const tx = await l2.getTransaction({ hash })
          expect(tx.value).toBe(parameters.amount)
          expect(tx.to).toBe(BASE.toLowerCase())
          sent++
        }),
        { numRuns: 3, endOnFailure: true },
      )
      expect(sent).toBe(12)
    },
    TIMEOUT,
  )
})
