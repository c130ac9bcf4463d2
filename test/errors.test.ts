/**
 * Every error the package exports: a viem BaseError subclass with a literal `name` equal to its export
 * name, a docs link to its README entry, and the values involved in its message. Each is rendered.
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
}
/** Any other constructor gets an object whose every field is 4660n (0x1234): it must show up rendered. */
const anyFields = new Proxy({}, { get: (_t, key) => (key === 'then' ? undefined : 4660n) })

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
  const error = new ErrorClass(samples[name] ?? anyFields)

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
    if (samples[name]) expect(rendered).toMatch(/abab|1000|3|2|socket|replacement/)
    else expect(rendered).toContain('4660')
  })
})
