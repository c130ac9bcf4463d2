/**
 * Every error of this package renders as this package's: stamped with its name and version (not viem's), linking to
 * its own README entry whatever its cause (viem's BaseError takes a viem cause's docs path), and naming the decoded
 * contract revert behind it when a cause of this package carries one.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BaseError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  EstimateGasExecutionError,
  erc20Abi,
  InternalRpcError,
} from 'viem'
import { describe, expect, test } from 'vitest'
import { formatRevert } from '../src/errors/base.js'
import { L1ExecutionRevertedError } from '../src/errors/common.js'
import { DepositAfterApprovalsFailedError, TokenNotErc20Error } from '../src/errors/deposit.js'
import { version } from '../src/errors/version.js'
import { WithdrawalNotFinalizableHereError } from '../src/errors/withdrawal.js'
import * as lib from '../src/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }
const hash = `0x${'ab'.repeat(32)}` as const
const token = '0x1111111111111111111111111111111111111111'
const stamp = `zksync-l1-actions@${pkg.version}`

/** viem errors with a docs path of viem's own (a page under viem.sh, none under this package's docs). */
const viemCauses = (): [string, Error][] => [
  [
    'ContractFunctionExecutionError',
    new ContractFunctionExecutionError(new ContractFunctionRevertedError({ abi: erc20Abi, functionName: 'decimals' }), {
      abi: erc20Abi,
      functionName: 'decimals',
      contractAddress: token,
      docsPath: '/docs/contract/readContract',
    }),
  ],
  ['InternalRpcError', new InternalRpcError(new BaseError('node failure', { docsPath: '/docs/glossary/errors' }))],
  [
    'EstimateGasExecutionError',
    new EstimateGasExecutionError(new BaseError('execution reverted'), {
      docsPath: '/docs/actions/public/estimateGas',
    }),
  ],
]

test('the version constant is the one in package.json', () => {
  expect(version).toBe(pkg.version)
  expect(pkg.name).toBe('zksync-l1-actions')
})

describe('stamped with this package, not viem', () => {
  const errors: lib.ZksyncL1Error[] = [
    new lib.ZksyncL1Error('Something failed here.', { name: 'ZksyncL1Error' }),
    new lib.InvalidParameterError({ parameter: 'amount', value: 1, expected: 'a bigint' }),
    new lib.WaitTimeoutError({ operation: 'the deposit', timeout: 10 }),
    new TokenNotErc20Error({ token, cause: viemCauses()[0]![1] }),
  ]
  test.each(errors.map((e) => [e.name, e] as const))('%s', (_name, error) => {
    expect(error.version).toBe(stamp)
    expect(error.message.split('\n').at(-1)).toBe(`Version: ${stamp}`)
    expect(error.message).not.toMatch(/viem@/)
    // the stack's first lines are the message as rendered here, not as viem's BaseError first wrote it
    expect(error.stack).toContain(`Version: ${stamp}`)
    expect(error.stack).not.toMatch(/viem@/)
  })
})

describe('docsPath is the error’s README anchor, whatever its cause', () => {
  test.each(viemCauses())('cause %s', (_name, cause) => {
    expect((cause as BaseError).docsPath).toMatch(/^\/docs\//)
    const errors = [
      new TokenNotErc20Error({ token, cause }),
      new DepositAfterApprovalsFailedError({ approvalHashes: [hash], cause }),
      new lib.TransactionSendUnknownError({ hash, cause }),
      new WithdrawalNotFinalizableHereError({ hash, reason: 'NotSettlementLayer', cause }),
      new lib.InvalidCustomBridgeError({ bridgeAddress: token, reason: 'no l2BridgeAddress', cause }),
      new L1ExecutionRevertedError({ to: token, cause }),
    ]
    for (const error of errors) {
      const anchor = `#${error.name.toLowerCase()}`
      expect(error.docsPath).toBe(anchor)
      expect(error.message).toContain(`Docs: ${lib.DOCS_BASE_URL}${anchor}\n`)
      expect(error.message).not.toContain('viem.sh')
      // the cause's details still ride along
      const { details } = cause as BaseError
      expect(error.details).toBe(details)
      if (details) expect(error.message).toContain(`\nDetails: ${details}\n`)
      else expect(error.message).not.toContain('Details:')
    }
  })
})

describe('the decoded revert of a cause of this package', () => {
  const reverted = new L1ExecutionRevertedError({
    to: token,
    revert: { name: 'LengthIsNotDivisibleBy32', args: [31n] },
    data: `0xe37d2c02${'00'.repeat(31)}1f`,
    cause: new BaseError('execution reverted: custom error 0xe37d2c02'),
  })

  test('L1ExecutionRevertedError names it in its message and keeps the raw data', () => {
    expect(reverted.revert).toEqual({ name: 'LengthIsNotDivisibleBy32', args: [31n] })
    expect(reverted.shortMessage).toBe(`The L1 transaction to ${token} would revert with \`LengthIsNotDivisibleBy32\`.`)
    expect(reverted.message).toContain('Revert: LengthIsNotDivisibleBy32(31)\n')
    expect(reverted.message).toContain(`revert data: 0xe37d2c02${'00'.repeat(31)}1f`)
  })

  test('an error wrapping it (directly or through a viem error) carries it too', () => {
    const direct = new DepositAfterApprovalsFailedError({ approvalHashes: [hash], cause: reverted })
    expect(direct.revert).toEqual(reverted.revert)
    expect(direct.message).toContain('Revert: LengthIsNotDivisibleBy32(31)\n')
    const viaViem = new lib.TransactionSendUnknownError({ hash, cause: new InternalRpcError(reverted) })
    expect(viaViem.revert).toBe(reverted.revert)
  })

  test('an error without one has none, and says none', () => {
    const plain = new DepositAfterApprovalsFailedError({ approvalHashes: [hash], cause: new Error('nonce too low') })
    expect(plain.revert).toBeUndefined()
    expect(plain.message).not.toContain('Revert:')
  })

  test('formatRevert writes it as its Solidity call reads', () => {
    expect(formatRevert({ name: 'TooMuchGas' })).toBe('TooMuchGas')
    expect(formatRevert({ name: 'TooMuchGas', args: [] })).toBe('TooMuchGas()')
    expect(formatRevert({ name: 'Error', args: ['Pausable: paused'] })).toBe('Error("Pausable: paused")')
    expect(formatRevert({ name: 'MsgValueMismatch', args: [1n, 2n] })).toBe('MsgValueMismatch(1, 2)')
    expect(formatRevert({ name: 'WrongL2Sender', args: [token] })).toBe(`WrongL2Sender(${token})`)
    expect(formatRevert({ name: 'T', args: [[1n, 2n], { a: 3n }] })).toBe('T([1, 2], { a: 3 })')
  })
})
