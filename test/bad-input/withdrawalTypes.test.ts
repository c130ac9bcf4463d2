/**
 * Parameters of the wrong type or size, as plain JavaScript passes them, to the withdrawal, finalize, claim and
 * status actions: each is refused with a typed error naming the parameter and the value, before any request that
 * signs or sends (before any request at all where the check comes first).
 */
import type { Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getDepositStatus } from '../../src/actions/getDepositStatus.js'
import { getFinalizeWithdrawalParams } from '../../src/actions/getFinalizeWithdrawalParams.js'
import { getL2ToL1LogProof } from '../../src/actions/getL2ToL1LogProof.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { prepareClaimFailedDeposit } from '../../src/actions/prepareClaimFailedDeposit.js'
import { prepareFinalizeWithdrawal } from '../../src/actions/prepareFinalizeWithdrawal.js'
import { useHarness } from '../harness/index.js'
import { refused } from './refused.js'

const h = useHarness({ chains: ['a'] })
const HASH = `0x${'12'.repeat(32)}` as Hex
const js = (value: unknown) => value as any

const badHashes: [string, unknown][] = [
  ['a number', 1234],
  ['31 bytes', `0x${'12'.repeat(31)}`],
  ['33 bytes', `0x${'12'.repeat(33)}`],
  ['not hex', `0x${'zz'.repeat(32)}`],
  ['no 0x', '12'.repeat(32)],
  ['undefined', undefined],
]
const badIndexes: [string, unknown][] = [
  ['a string', '1'],
  ['negative', -1],
  ['fractional', 1.5],
  ['NaN', Number.NaN],
  ['a bigint', 1n],
]

describe('the L2 hash of a withdrawal', () => {
  test.each(badHashes)('%s: InvalidParameterError from every withdrawal action, nothing asked', async (_, hash) => {
    const l2Client = h.l2Client(h.l2.a)
    for (const action of [getWithdrawalStatus, isWithdrawalFinalized, getFinalizeWithdrawalParams]) {
      const error = await refused(h, () => action(h.l1, { l2Client, hash: js(hash) }), 'InvalidParameterError')
      expect(error).toMatchObject({ parameter: 'hash', value: hash })
    }
    await refused(h, () => finalizeWithdrawal(h.bob, { l2Client, hash: js(hash) }), 'InvalidParameterError', ['hash'])
    await refused(h, () => getL2ToL1LogProof(l2Client, { hash: js(hash) }), 'InvalidParameterError', ['hash'])
    expect(h.l1Transport.methods()).toEqual([])
    expect(h.l2Transport.a.methods()).toEqual([])
  })
})

describe('the message index', () => {
  test.each(badIndexes)('%s: InvalidParameterError, before any request', async (_, index) => {
    const l2Client = h.l2Client(h.l2.a)
    const error = await refused(
      h,
      () => getWithdrawalStatus(h.l1, { l2Client, hash: HASH, index: js(index) }),
      'InvalidParameterError',
    )
    expect(error).toMatchObject({ parameter: 'index', value: index })
    await refused(h, () => getL2ToL1LogProof(l2Client, { hash: HASH, index: js(index) }), 'InvalidParameterError')
    await refused(
      h,
      () => finalizeWithdrawal(h.bob, { l2Client, hash: HASH, index: js(index) }),
      'InvalidParameterError',
    )
    expect(h.l2Transport.a.methods()).toEqual([])
  })
})

describe('the L1 overrides of finalize and claim', () => {
  const overrides: [string, Record<string, unknown>, string][] = [
    ['gas as a number', { gas: 500_000 }, 'gas'],
    ['gas as a string', { gas: '500000' }, 'gas'],
    ['gas negative', { gas: -1n }, 'gas'],
    ['maxFeePerGas as a number', { maxFeePerGas: 30e9 }, 'maxFeePerGas'],
    ['maxPriorityFeePerGas as a string', { maxPriorityFeePerGas: '1' }, 'maxPriorityFeePerGas'],
    ['gasPrice 2^256', { gasPrice: 2n ** 256n }, 'gasPrice'],
    ['nonce as a bigint', { nonce: 3n }, 'nonce'],
    ['nonce fractional', { nonce: 1.5 }, 'nonce'],
  ]
  test.each(overrides)('%s: InvalidParameterError, nothing read or sent', async (_, override, parameter) => {
    const l2Client = h.l2Client(h.l2.a)
    for (const run of [
      () => finalizeWithdrawal(h.bob, { l2Client, hash: HASH, ...js(override) }),
      () => prepareFinalizeWithdrawal(h.bob, { l2Client, hash: HASH, ...js(override) }),
      () => claimFailedDeposit(h.bob, { l2Client, hash: HASH, ...js(override) }),
      () => prepareClaimFailedDeposit(h.bob, { l2Client, hash: HASH, ...js(override) }),
    ]) {
      const error = await refused(h, run, 'InvalidParameterError')
      expect(error.parameter).toBe(parameter)
    }
    expect(h.l1Transport.methods()).toEqual([])
  })
})

describe('the other inputs', () => {
  test('an L2 client that is not a client: L2ClientRequiredError, not a TypeError', async () => {
    for (const l2Client of [{}, 'http://127.0.0.1:1', null])
      await refused(
        h,
        () => getFinalizeWithdrawalParams(h.l1, { l2Client: js(l2Client), hash: HASH }),
        'L2ClientRequiredError',
      )
    await refused(h, () => claimFailedDeposit(h.bob, { l2Client: js({}), hash: HASH }), 'L2ClientRequiredError')
    await refused(h, () => getDepositStatus(h.l1, { l2Client: js(undefined), hash: HASH }), 'L2ClientRequiredError')
  })

  test('a claim hash of the wrong size: InvalidParameterError', async () => {
    const l2Client = h.l2Client(h.l2.a)
    await refused(h, () => claimFailedDeposit(h.bob, { l2Client, hash: js('0x1234') }), 'InvalidParameterError', [
      '0x1234',
    ])
  })

  test('getDepositStatus: an L1 hash or an L2 hash that is not 32 bytes, not polled as pending', async () => {
    const l2Client = h.l2Client(h.l2.a)
    await refused(h, () => getDepositStatus(h.l1, { l2Client, hash: js('0xabc') }), 'InvalidParameterError', ['0xabc'])
    await refused(h, () => getDepositStatus(h.l1, { l2Client, hash: HASH, l2Hash: js(42) }), 'InvalidParameterError', [
      'l2Hash',
    ])
    expect(h.l1Transport.methods()).toEqual([])
  })

  test('a custom bridge whose L1 address is not an address: InvalidAddressParameterError', async () => {
    const l2Client = h.l2Client(h.l2.a)
    await refused(
      h,
      () => getWithdrawalStatus(h.l1, { l2Client, hash: HASH, customBridge: { l1: js('0xnope') } }),
      'InvalidAddressParameterError',
      ['0xnope'],
    )
  })
})
