/**
 * Every error the package exports: a viem BaseError subclass with a literal `name` equal to its export
 * name, a docs link to its README entry, and the values involved in its message, each also readable as a field of
 * the same name. Each is rendered.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BaseError } from 'viem'
import { describe, expect, test } from 'vitest'
import * as lib from '../src/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const hash = `0x${'ab'.repeat(32)}` as const

/** Constructor arguments for the classes whose fields are not all scalars. */
const samples: Record<string, unknown> = {
  TransactionSendUnknownError: { hash, approvalHashes: [hash], cause: new Error('socket hang up') },
  DepositAfterApprovalsFailedError: { approvalHashes: [hash], cause: new Error('replacement underpriced') },
  WaitTimeoutError: {
    operation: 'the deposit',
    timeout: 1000,
    lastStatus: 'l2-pending',
    details: ['waiting for: relay'],
  },
  WaitAbortedError: { operation: 'the deposit', lastStatus: 'l2-pending', details: ['waiting for: relay'] },
  WithdrawalIndexRequiredError: { hash, count: 2 },
  WithdrawalIndexOutOfRangeError: { hash, index: 3, count: 2 },
  TransactionAfterApprovalsWouldRevertError: {
    to: `0x${'12'.repeat(20)}`,
    reason: 'TokensWithFeesNotSupported',
    allowances: [{ token: `0x${'34'.repeat(20)}`, spender: `0x${'56'.repeat(20)}`, amount: 1000n }],
    cause: new Error('execution reverted'),
  },
  L1ExecutionRevertedError: {
    to: `0x${'12'.repeat(20)}`,
    revert: { name: 'LengthIsNotDivisibleBy32', args: [31n] },
    data: `0xe37d2c02${'00'.repeat(31)}1f`,
    cause: new Error('execution reverted'),
  },
}

/** What each sampled error must show in its message: the values of its sample that a user needs to act. */
const sampleShows: Record<string, string[]> = {
  TransactionSendUnknownError: [hash, 'socket hang up'],
  DepositAfterApprovalsFailedError: [hash, 'replacement underpriced'],
  WaitTimeoutError: ['the deposit', '1000', 'l2-pending', 'waiting for: relay'],
  WaitAbortedError: ['the deposit', 'l2-pending', 'waiting for: relay'],
  WithdrawalIndexRequiredError: [hash, '2'],
  WithdrawalIndexOutOfRangeError: [hash, '3', '2'],
  TransactionAfterApprovalsWouldRevertError: [
    `0x${'12'.repeat(20)}`,
    'TokensWithFeesNotSupported',
    `0x${'34'.repeat(20)}`,
  ],
  L1ExecutionRevertedError: [`0x${'12'.repeat(20)}`, 'LengthIsNotDivisibleBy32'],
}

/**
 * Any other constructor gets an object whose every field is 4660n (0x1234), which must show up rendered; the fields
 * the constructor read are recorded, to be found again on the error.
 */
function anyFields(): { args: object; read: Set<string> } {
  const read = new Set<string>()
  const args = new Proxy(
    {},
    {
      get: (_t, key) => {
        if (typeof key !== 'string' || key === 'then') return undefined
        read.add(key)
        return 4660n
      },
    },
  )
  return { args, read }
}

const errorClasses = Object.entries(lib).filter(
  ([name, value]) => typeof value === 'function' && name.endsWith('Error') && name !== 'ZksyncL1Error',
) as [string, new (args: unknown) => lib.ZksyncL1Error][]

test('every error class declared in src/errors is exported from the package root', () => {
  const declared = readdirSync(join(root, 'src/errors')).flatMap((f) =>
    [...readFileSync(join(root, 'src/errors', f), 'utf8').matchAll(/export class (\w+Error) /g)].map((m) => m[1]),
  )
  expect(declared.length).toBeGreaterThan(30)
  for (const name of declared) expect(Object.keys(lib)).toContain(name)
})

describe.each(errorClasses)('%s', (name, ErrorClass) => {
  const sample = samples[name] as Record<string, unknown> | undefined
  const recorded = anyFields()
  const error = new ErrorClass(sample ?? recorded.args)
  const given: [string, unknown][] = sample
    ? Object.entries(sample)
    : [...recorded.read].map((key) => [key, 4660n] as [string, unknown])

  test('is a BaseError with its literal name and a README anchor', () => {
    expect(error).toBeInstanceOf(BaseError)
    expect(error).toBeInstanceOf(lib.ZksyncL1Error)
    expect(error.name).toBe(name)
    expect(error.docsPath).toBe(`#${name.toLowerCase()}`)
    expect(error.message).toContain(`zksync-l1-actions#${name.toLowerCase()}`)
    expect(readme).toMatch(new RegExp(`^### ${name}$`, 'm'))
  })

  test('renders the values involved and a hint', () => {
    expect(error.shortMessage.length).toBeGreaterThan(10)
    expect(error.metaMessages?.length ?? 0).toBeGreaterThan(0)
    const rendered = error.message
    if (sample) {
      expect(sampleShows[name], `what ${name} must show`).toBeDefined()
      for (const value of sampleShows[name] ?? []) expect(rendered, `${name} shows ${value}`).toContain(value)
    } else expect(rendered).toContain('4660')
  })

  test('every constructor argument given is readable as a field with the same value', () => {
    expect(given.length).toBeGreaterThan(0)
    for (const [key, value] of given) {
      // viem's `details` (a string: the cause's message) keeps its meaning; the waits' detail lines are in the message
      if (key === 'details' && Array.isArray(value)) {
        for (const line of value) expect(error.metaMessages).toContain(line)
        continue
      }
      expect((error as unknown as Record<string, unknown>)[key], `${name}.${key}`).toBe(value)
    }
  })
})
