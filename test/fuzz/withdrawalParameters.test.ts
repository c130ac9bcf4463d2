/**
 * Property tests over the parameters of the L1 side of withdrawals and claims (`getWithdrawalStatus`,
 * `isWithdrawalFinalized`, `prepareFinalizeWithdrawal`, `finalizeWithdrawal`, `prepareClaimFailedDeposit`,
 * `claimFailedDeposit`, `getDepositStatus`), against the harness: random parameter objects around one real withdrawal
 * that is ready to finalize, each field valid or replaced by a value of the wrong type or size.
 *
 * - A case with an ill-typed field is refused with a parameter error before any request at all.
 * - A well-typed case either gives the true answer (the withdrawal is ready, its status says so) or a typed error
 *   (an unknown hash is not ready, a claim of a withdrawal is not a claim, …), and never sends anything.
 * 1,000 cases.
 */
import fc from 'fast-check'
import { type Hex, parseEther, toHex } from 'viem'
import { expect, test } from 'vitest'
import { claimFailedDeposit } from '../../src/actions/claimFailedDeposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getDepositStatus } from '../../src/actions/getDepositStatus.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { isWithdrawalFinalized } from '../../src/actions/isWithdrawalFinalized.js'
import { prepareClaimFailedDeposit } from '../../src/actions/prepareClaimFailedDeposit.js'
import { prepareFinalizeWithdrawal } from '../../src/actions/prepareFinalizeWithdrawal.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { ZksyncL1Error } from '../../src/errors/base.js'
import { accounts, useHarness } from '../harness/index.js'
import { depositBase, ETH, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: ['a'] })
const PARAMETER_ERRORS = ['InvalidParameterError', 'InvalidAddressParameterError', 'L2ClientRequiredError']

const hash32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => toHex(b))
const badHash = fc.oneof(
  fc.integer(),
  fc
    .uint8Array({ minLength: 0, maxLength: 40 })
    .filter((b) => b.length !== 32)
    .map((b) => toHex(b)),
  hash32.map((x) => x.slice(2)),
  hash32.map((x) => `${x.slice(0, 64)}zz`),
  fc.constantFrom(null, undefined, {}, '0x'),
)
const badIndex = fc.oneof(fc.double(), fc.integer({ max: -1 }), fc.constantFrom('0', 1n, null, {}))
const badUint = fc.oneof(fc.integer(), fc.double(), fc.constantFrom('1', -1n, 2n ** 256n, null, {}))
const badNonce = fc.oneof(
  fc.double().filter((x) => !Number.isInteger(x)),
  fc.constantFrom(-1, '1', 1n, null),
)

/** A field kept valid (`undefined` here: leave it to the base), or replaced by a bad value. */
const maybe = <T>(bad: fc.Arbitrary<T>) => fc.option(bad, { freq: 3 })

test('1,000 random parameter objects: a parameter error before any request, or the truth / a typed error, never a send', {
  timeout: 120_000,
}, async () => {
  await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
  const ready = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: parseEther('1') })
  await h.l2.a.settle()
  const l2Client = h.l2Client(h.l2.a)
  let finalized = false

  const cases = fc.record({
    action: fc.constantFrom(
      'status',
      'isFinalized',
      'prepareFinalize',
      'finalize',
      'prepareClaim',
      'claim',
      'depositStatus',
    ),
    // the hash: the ready withdrawal, another (unknown) one, or a bad one
    hash: fc.oneof(fc.constant(ready), hash32, badHash),
    index: maybe(badIndex),
    gas: maybe(badUint),
    maxFeePerGas: maybe(badUint),
    nonce: maybe(badNonce),
    l2Client: fc.option(fc.constantFrom({}, 'http://127.0.0.1:1', null), { freq: 8 }),
  })

  await fc.assert(
    fc.asyncProperty(cases, async (c) => {
      const withdrawalAction = ['status', 'isFinalized', 'prepareFinalize', 'finalize'].includes(c.action)
      const writeAction = ['prepareFinalize', 'finalize', 'prepareClaim', 'claim'].includes(c.action)
      const isUint = (v: unknown) => typeof v === 'bigint' && v >= 0n && v < 2n ** 256n
      const ill =
        !(typeof c.hash === 'string' && /^0x[0-9a-fA-F]{64}$/.test(c.hash)) ||
        (withdrawalAction && c.index !== null && !(Number.isSafeInteger(c.index) && (c.index as number) >= 0)) ||
        (writeAction && c.gas !== null && !isUint(c.gas)) ||
        (writeAction && c.maxFeePerGas !== null && !isUint(c.maxFeePerGas)) ||
        (writeAction && c.nonce !== null && !(Number.isSafeInteger(c.nonce) && (c.nonce as number) >= 0)) ||
        c.l2Client !== null
      const parameters = {
        l2Client: c.l2Client === null ? l2Client : c.l2Client,
        hash: c.hash,
        ...(c.index !== null ? { index: c.index } : {}),
        ...(c.gas !== null ? { gas: c.gas } : {}),
        ...(c.maxFeePerGas !== null ? { maxFeePerGas: c.maxFeePerGas } : {}),
        ...(c.nonce !== null ? { nonce: c.nonce } : {}),
      } as never
      const run = {
        status: () => getWithdrawalStatus(h.l1, parameters),
        isFinalized: () => isWithdrawalFinalized(h.l1, parameters),
        prepareFinalize: () => prepareFinalizeWithdrawal(h.bob, parameters),
        finalize: () => finalizeWithdrawal(h.bob, parameters),
        prepareClaim: () => prepareClaimFailedDeposit(h.bob, parameters),
        claim: () => claimFailedDeposit(h.bob, parameters),
        depositStatus: () => getDepositStatus(h.l1, parameters),
      }[c.action]

      h.l1Transport.reset()
      h.l2Transport.a.reset()
      const outcome = await run().then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      )
      if ('error' in outcome) {
        expect(outcome.error, String(outcome.error)).toBeInstanceOf(ZksyncL1Error)
        if (ill) {
          expect(PARAMETER_ERRORS).toContain((outcome.error as Error).name)
          expect(h.l1Transport.methods()).toEqual([])
          expect(h.l2Transport.a.methods()).toEqual([])
        }
      } else {
        expect(ill).toBe(false)
        // a well-typed case that succeeds tells the truth about the one real withdrawal
        const truth = c.hash !== ready ? 'l2-pending' : finalized ? 'finalized' : 'ready-to-finalize'
        if (c.action === 'status') expect((outcome.value as { status: string }).status).toBe(truth)
        if (c.action === 'isFinalized') expect(outcome.value).toBe(truth === 'finalized')
      }
      // a finalize of the ready withdrawal may send (it is the truth); nothing else does
      if (!(c.action === 'finalize' && c.hash === ready && !ill && 'value' in outcome))
        expect(h.l1Transport.sends()).toEqual([])
      // once finalized, the withdrawal stays finalized: later cases see the truth move on
      if (c.action === 'finalize' && 'value' in outcome) {
        await h.l1.waitForTransactionReceipt({ hash: outcome.value as Hex })
        finalized = true
      }
    }),
    { numRuns: 1_000, endOnFailure: true },
  )
})
