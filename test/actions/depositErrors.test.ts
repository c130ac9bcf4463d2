import { type Address, defineChain, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { getMinimumL2GasLimit } from '../../src/utils/getMinimumL2GasLimit.js'
import { applyL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'
import { accounts, l2ChainOf, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a', 'b'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'

/** Runs `fn`, expects a typed error, and checks nothing was signed or sent on L1 or any L2. */
async function rejectsBeforeSending(fn: () => Promise<unknown>, name: string) {
  const error = await fn().then(
    () => {
      throw new Error(`expected ${name}`)
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  )
  expect(error.name).toBe(name)
  expect(h.l1Transport.sends()).toEqual([])
  for (const t of Object.values(h.l2Transport)) expect(t.sends()).toEqual([])
  return error
}

const base = () => ({ l2Client: h.l2Client(h.l2.a), token: ETH, amount: parseEther('1') })

describe('deposit rejects bad input before sending anything', () => {
  test('a zero amount', async () => {
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), amount: 0n }), 'InvalidDepositAmountError')
  })

  test('a negative amount', async () => {
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), amount: -1n }), 'InvalidDepositAmountError')
  })

  test('a token with no code on L1', async () => {
    const e = await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), token: '0x00000000000000000000000000000000000c0ffe', approve: true }),
      'TokenNotErc20Error',
    )
    expect(e.message).toContain('0x00000000000000000000000000000000000c0ffe')
  })

  test('a chain id the Bridgehub does not know', async () => {
    await rejectsBeforeSending(
      () =>
        deposit(h.alice, {
          token: ETH,
          amount: 1n,
          chainId: 999,
          bridgehub: h.deployment.bridgehub,
          l2GasLimit: 300_000n,
        }),
      'ChainNotRegisteredError',
    )
  })

  test('an L1 client on another chain than the L1 of the target', async () => {
    const chain = l2ChainOf(h.deployment.chainA, 'A')
    const elsewhere = defineChain({ ...chain, custom: { zksync: { ...chain.custom.zksync, l1ChainId: 1 } } })
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), l2Chain: elsewhere }), 'L1ChainMismatchError')
  })

  test('no account', async () => {
    await rejectsBeforeSending(() => deposit(h.l1, base()), 'AccountRequiredError')
  })

  test('not enough ETH, saying by how much', async () => {
    const balance = await h.l1.getBalance({ address: accounts.alice })
    const e = await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), amount: balance }),
      'InsufficientBalanceError',
    )
    expect(e.token).toBe('0x0000000000000000000000000000000000000001')
    expect((e.needed as bigint) - (e.balance as bigint)).toBeGreaterThan(0n)
  })

  test('not enough of the token', async () => {
    const e = await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), token: h.deployment.tokens.testToken, amount: 10n ** 25n, approve: true }),
      'InsufficientBalanceError',
    )
    expect(e.token).toBe(h.deployment.tokens.testToken)
    expect(e.needed).toBe(10n ** 25n)
  })

  test('not enough of the base token for the mint', async () => {
    const e = await rejectsBeforeSending(
      () =>
        deposit(h.alice, {
          l2Client: h.l2Client(h.l2.b),
          token: ETH,
          amount: 1n,
          mintValue: 10n ** 25n,
          approve: true,
        }),
      'InsufficientBalanceError',
    )
    expect(e.token).toBe(h.deployment.tokens.baseTokenB)
  })

  test('an allowance too low without approve', async () => {
    const e = await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), token: h.deployment.tokens.testToken, amount: 5n }),
      'InsufficientAllowanceError',
    )
    expect(e).toMatchObject({
      token: h.deployment.tokens.testToken,
      spender: h.deployment.l1NativeTokenVault,
      needed: 5n,
      current: 0n,
    })
  })

  test('a gasPerPubdataByteLimit other than 800', async () => {
    await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), gasPerPubdataByteLimit: 801n }),
      'InvalidGasPerPubdataError',
    )
  })

  test('an l2GasLimit below the protocol minimum', async () => {
    const minimum = getMinimumL2GasLimit({ calldataLength: 0 })
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), l2GasLimit: minimum - 1n }), 'L2GasLimitTooLowError')
  })

  test('a mintValue below base cost + amount', async () => {
    await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), mintValue: parseEther('1') }),
      'InconsistentValueError',
    )
  })

  test('a value that does not match the route', async () => {
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), value: parseEther('1') }), 'InconsistentValueError')
  })

  test('an l2Value different from the amount on a direct route', async () => {
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), l2Value: 1n }), 'InconsistentValueError')
  })

  test('an l2Value on a second-bridge route', async () => {
    await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), token: h.deployment.tokens.testToken, l2Value: 1n }),
      'L2ValueNotSupportedError',
    )
  })

  test('a refund recipient with L1 code unless allowed', async () => {
    await rejectsBeforeSending(
      () => deposit(h.alice, { ...base(), refundRecipient: h.deployment.bridgehub }),
      'AliasedRefundRecipientError',
    )
    const quote = await quoteDeposit(h.alice, {
      ...base(),
      refundRecipient: h.deployment.bridgehub,
      allowAliasedRefundRecipient: true,
    })
    expect(quote.warnings).toEqual([
      {
        type: 'refund-recipient-aliased',
        refundRecipient: h.deployment.bridgehub,
        l2RefundRecipient: applyL1ToL2Alias(h.deployment.bridgehub),
      },
    ])
  })

  test('an invalid receiver address', async () => {
    await rejectsBeforeSending(() => deposit(h.alice, { ...base(), to: '0x1234' }), 'InvalidAddressParameterError')
  })

  test('no l2Client to estimate with', async () => {
    await rejectsBeforeSending(
      () => deposit(h.alice, { token: ETH, amount: 1n, chainId: 271, bridgehub: h.deployment.bridgehub }),
      'L2ClientRequiredError',
    )
  })
})

describe('deposit after approvals', () => {
  test('a failing deposit send after mined approvals carries the approval hashes', async () => {
    const failing = h.alice.extend((client) => ({
      sendTransaction: (async (args: { to?: string | null }) => {
        if (args.to === h.deployment.bridgehub) throw new Error('wallet rejected')
        return client.sendTransaction(args as never)
      }) as typeof client.sendTransaction,
    }))
    const error = await deposit(failing, {
      ...base(),
      token: h.deployment.tokens.testToken,
      amount: 5n,
      approve: true,
    }).then(
      () => undefined,
      (e: unknown) => e as Error & { approvalHashes: `0x${string}`[] },
    )
    if (!error) throw new Error('expected DepositAfterApprovalsFailedError')
    expect(error.name).toBe('DepositAfterApprovalsFailedError')
    expect(error.approvalHashes).toHaveLength(1)
    expect((await h.l1.getTransactionReceipt({ hash: error.approvalHashes[0]! })).status).toBe('success')
  })
})

describe('aliasing', () => {
  test('a contract account is warned that its L2 sender is aliased', async () => {
    await h.test.setBalance({ address: h.deployment.l1AssetRouter, value: parseEther('10') })
    const funded = await quoteDeposit(h.l1, {
      ...base(),
      account: h.deployment.l1AssetRouter,
      refundRecipient: accounts.alice,
      gas: null,
    })
    expect(funded.warnings).toEqual([
      {
        type: 'sender-aliased',
        l1Sender: h.deployment.l1AssetRouter,
        l2Sender: applyL1ToL2Alias(h.deployment.l1AssetRouter),
      },
    ])
    expect(funded.l2Transaction.from).toBe(applyL1ToL2Alias(h.deployment.l1AssetRouter))
  })
})
