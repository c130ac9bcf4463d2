/**
 * Bad inputs to `waitForDepositExecution` and `waitForWithdrawalReady`: each is refused with a typed error naming the
 * parameter and the value, before any request to L1 or to an L2 (a wait that polled on a bad input would poll until
 * its timeout, or end after one poll).
 */
import type { Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { waitForWithdrawalReady } from '../../src/actions/waitForWithdrawalReady.js'
import { useHarness } from '../harness/index.js'
import { refused } from './refused.js'

const h = useHarness({ chains: ['a'] })
const HASH = `0x${'ab'.repeat(32)}` as Hex

type Wait = 'waitForDepositExecution' | 'waitForWithdrawalReady'
const waits: Wait[] = ['waitForDepositExecution', 'waitForWithdrawalReady']

/**
 * Runs a wait with the given parameters over chain A. `timeout` defaults to 300 ms, so that a wait that takes a bad
 * value for "pending" ends (with `WaitTimeoutError`, the wrong name) instead of holding the test.
 */
function run(wait: Wait, parameters: Record<string, unknown>) {
  const all = { l2Client: h.l2Client(h.l2.a), hash: HASH, timeout: 300, ...parameters } as never
  return wait === 'waitForDepositExecution' ? waitForDepositExecution(h.l1, all) : waitForWithdrawalReady(h.l1, all)
}

/** `refused`, and not a single request (not even a read) reached L1 or an L2. */
const refusedBeforeAnyRequest = (fn: () => Promise<unknown>, name: string, shows: (string | number)[]) =>
  refused(h, fn, name, shows, { upfront: true })

describe.each(waits)('%s', (wait) => {
  test.each([
    ['too short', '0x1234'],
    ['33 bytes', `0x${'ab'.repeat(33)}`],
    ['not hex', `0x${'zz'.repeat(32)}`],
    ['without 0x', 'ab'.repeat(32)],
  ])('a hash %s: InvalidParameterError naming it, no request', async (_, hash) => {
    const error = await refusedBeforeAnyRequest(() => run(wait, { hash }), 'InvalidParameterError', ['hash', hash])
    expect(error.parameter).toBe('hash')
  })

  test('a hash that is a number: InvalidParameterError', async () => {
    await refusedBeforeAnyRequest(() => run(wait, { hash: 12345 }), 'InvalidParameterError', ['hash', '12345'])
  })

  test.each([
    ['NaN', Number.NaN, 'NaN (number)'],
    ['negative', -1, '-1 (number)'],
    ['a string', '1000', '"1000" (string)'],
    ['an object', { ms: 1000 }, '(object)'],
    ['a bigint', 1000n, '1000n (bigint)'],
  ])('a timeout that is %s: InvalidParameterError naming it', async (_, timeout, shown) => {
    const error = await refusedBeforeAnyRequest(() => run(wait, { timeout }), 'InvalidParameterError', [
      'timeout',
      shown,
    ])
    expect(error.parameter).toBe('timeout')
  })

  test.each([
    ['0', 0, '0 (number)'],
    ['negative', -10, '-10 (number)'],
    ['below the 1 ms floor', 0.5, '0.5 (number)'],
    ['NaN', Number.NaN, 'NaN (number)'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity (number)'],
    ['a string', '10', '"10" (string)'],
  ])('a pollingInterval of %s: InvalidParameterError naming it and the floor', async (_, pollingInterval, shown) => {
    const error = await refusedBeforeAnyRequest(() => run(wait, { pollingInterval }), 'InvalidParameterError', [
      'pollingInterval',
      shown,
      'at least 1',
    ])
    expect(error.parameter).toBe('pollingInterval')
  })

  test.each([
    ['an object', {}, '(object)'],
    ['a string', 'abort', '"abort" (string)'],
    ['an AbortController', new AbortController(), '(object)'],
  ])('a signal that is %s: InvalidParameterError naming it', async (_, signal, shown) => {
    const error = await refusedBeforeAnyRequest(() => run(wait, { signal }), 'InvalidParameterError', [
      'signal',
      shown,
      'an AbortSignal',
    ])
    expect(error.parameter).toBe('signal')
  })

  test.each([
    ['a string', 'console.log', '"console.log" (string)'],
    ['an object', { onStatus() {} }, '(object)'],
  ])('an onStatus that is %s: InvalidParameterError naming it', async (_, onStatus, shown) => {
    const error = await refusedBeforeAnyRequest(() => run(wait, { onStatus }), 'InvalidParameterError', [
      'onStatus',
      shown,
      'a function',
    ])
    expect(error.parameter).toBe('onStatus')
  })

  test('no l2Client: L2ClientRequiredError naming the wait', async () => {
    await refusedBeforeAnyRequest(() => run(wait, { l2Client: undefined }), 'L2ClientRequiredError', [wait])
  })

  test.each([
    ['a URL string', 'http://localhost:3050', '"http://localhost:3050"'],
    ['an object without request', { chain: { id: 270 } }, 'an object without a `request` function'],
    ['null', null, 'null'],
    ['a number', 270, '270'],
  ])('an l2Client that is %s: L2ClientRequiredError showing it is no client', async (_, l2Client, shown) => {
    await refusedBeforeAnyRequest(() => run(wait, { l2Client }), 'L2ClientRequiredError', [
      wait,
      'not a viem client',
      shown,
    ])
  })
})

describe('waitForWithdrawalReady', () => {
  test.each([
    ['negative', -1, '-1 (number)'],
    ['fractional', 1.5, '1.5 (number)'],
    ['NaN', Number.NaN, 'NaN (number)'],
    ['a string', '0', '"0" (string)'],
    ['a bigint', 0n, '0n (bigint)'],
  ])('an index that is %s: InvalidParameterError naming it', async (_, index, shown) => {
    const error = await refusedBeforeAnyRequest(
      () => run('waitForWithdrawalReady', { index }),
      'InvalidParameterError',
      ['index', shown],
    )
    expect(error.parameter).toBe('index')
  })
})

describe('accepted at the edges', () => {
  // the floor is 1 ms; `timeout: 0` (poll once, give up at once) and `Infinity` (no limit) are durations too
  test.each(waits)('%s takes pollingInterval 1 and timeout 0, and ends with WaitTimeoutError', async (wait) => {
    await expect(run(wait, { pollingInterval: 1, timeout: 0 })).rejects.toMatchObject({ name: 'WaitTimeoutError' })
  })

  test.each(waits)('%s takes an aborted AbortSignal and stops without a request', async (wait) => {
    h.l1Transport.reset()
    h.l2Transport.a.reset()
    await expect(run(wait, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'WaitAbortedError' })
    expect([...h.l1Transport.methods(), ...h.l2Transport.a.methods()]).toEqual([])
  })
})
