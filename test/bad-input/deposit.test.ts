/**
 * Bad inputs to the deposit actions (`deposit`, `prepareDeposit`, `quoteDeposit`, `getMaxDepositAmount`): each is
 * refused with a typed error that names the offending value, before anything is signed or sent.
 *
 * A fee-on-transfer token, which the vault refuses (`TokensWithFeesNotSupported`), is refused before its approval is
 * sent: see `halfDone.test.ts`.
 */
import { type Address, defineChain, erc20Abi, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { getMaxDepositAmount } from '../../src/actions/getMaxDepositAmount.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { getMinimumL2GasLimit } from '../../src/utils/getMinimumL2GasLimit.js'
import { applyL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'
import { accounts, ethDepositL2GasMaximum, l2ChainOf, useHarness } from '../harness/index.js'
import { breakChecksum, refused } from './refused.js'

const h = useHarness({ chains: ['a', 'b'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'
const MAX_UINT256 = 2n ** 256n - 1n

const eth = () => ({ l2Client: h.l2Client(h.l2.a), token: ETH, amount: parseEther('1') })
const tst = () => ({ l2Client: h.l2Client(h.l2.a), token: h.deployment.tokens.testToken, amount: 5n, approve: true })

describe('addresses', () => {
  test('a token address with a wrong EIP-55 checksum: InvalidAddressParameterError naming it', async () => {
    const token = breakChecksum(h.deployment.tokens.testToken)
    await refused(h, () => deposit(h.alice, { ...tst(), token }), 'InvalidAddressParameterError', ['token', token])
  })

  test('a receiver of 19 bytes: InvalidAddressParameterError naming it', async () => {
    const to = accounts.bob.slice(0, 40) as Address
    await refused(h, () => deposit(h.alice, { ...eth(), to }), 'InvalidAddressParameterError', ['`to`', to])
  })

  test('a receiver of 21 bytes: InvalidAddressParameterError naming it', async () => {
    const to = `${accounts.bob}00` as Address
    await refused(h, () => deposit(h.alice, { ...eth(), to }), 'InvalidAddressParameterError', [to])
  })

  test('a refund recipient with a wrong checksum: InvalidAddressParameterError naming it', async () => {
    const refundRecipient = breakChecksum(accounts.bob)
    await refused(h, () => deposit(h.alice, { ...eth(), refundRecipient }), 'InvalidAddressParameterError', [
      'refundRecipient',
      refundRecipient,
    ])
  })

  test('a token that is an account without code: TokenNotErc20Error naming it', async () => {
    await refused(h, () => deposit(h.alice, { ...tst(), token: accounts.bob }), 'TokenNotErc20Error', [accounts.bob])
  })

  test('a token that is a contract but no ERC-20 (the Bridgehub): TokenNotErc20Error naming it', async () => {
    const token = h.deployment.bridgehub
    await refused(h, () => deposit(h.alice, { ...tst(), token }), 'TokenNotErc20Error', [token])
  })

  test('a refund recipient with L1 code (refund would go to its alias): AliasedRefundRecipientError with the alias', async () => {
    const refundRecipient = h.deployment.l1AssetRouter
    await refused(h, () => deposit(h.alice, { ...eth(), refundRecipient }), 'AliasedRefundRecipientError', [
      refundRecipient,
      applyL1ToL2Alias(refundRecipient),
    ])
  })

  // FIXED (no receiver check): the bootloader (0x…8001) and the other L2 system contracts below 0x…ffff cannot hold a
  // user's deposit; the library sends the deposit and the ETH is lost to the user. Now refused/handled as the test
  // asserts.
  test('a receiver that is the L2 bootloader 0x…8001 is refused before sending', async () => {
    const to: Address = '0x0000000000000000000000000000000000008001'
    await refused(h, () => deposit(h.alice, { ...eth(), to }), 'InvalidL2ReceiverError', [to])
  })

  // FIXED (no receiver check), as above: 0x…800a is L2BaseToken, a token sent there is stuck.
  test('a token receiver that is the L2 base token system contract 0x…800a is refused before sending', async () => {
    const to: Address = '0x000000000000000000000000000000000000800A'
    await refused(h, () => deposit(h.alice, { ...tst(), to }), 'InvalidL2ReceiverError', [to])
  })
})

describe('receivers in the reserved L2 range', () => {
  test('the L2AssetRouter 0x…10003 (a built-in contract) is refused as a receiver', async () => {
    const to: Address = '0x0000000000000000000000000000000000010003'
    await refused(h, () => quoteDeposit(h.alice, { ...eth(), to }), 'InvalidL2ReceiverError', [to])
  })

  test('0x…1ffff is the last reserved address; 0x…20000 is quoted as an ordinary receiver', async () => {
    await refused(
      h,
      () => quoteDeposit(h.alice, { ...eth(), to: '0x000000000000000000000000000000000001ffff' }),
      'InvalidL2ReceiverError',
    )
    const to: Address = '0x0000000000000000000000000000000000020000'
    expect((await quoteDeposit(h.alice, { ...eth(), to })).to).toBe(to)
  })
})

describe('amounts', () => {
  test('amount 0: InvalidDepositAmountError', async () => {
    await refused(h, () => deposit(h.alice, { ...eth(), amount: 0n }), 'InvalidDepositAmountError', ['amount: 0'])
  })

  test('a negative amount: InvalidDepositAmountError showing it', async () => {
    await refused(h, () => deposit(h.alice, { ...tst(), amount: -5n }), 'InvalidDepositAmountError', ['amount: -5'])
  })

  // FIXED (no upper bound): an amount of 2^256 is not refused by the library with its own typed error; it fails later
  // in viem's encoder (or on the balance check) with an error that does not name `amount`. Now refused/handled as the
  // test asserts.
  test('an amount of 2^256 (does not fit uint256): InvalidDepositAmountError', async () => {
    await refused(h, () => quoteDeposit(h.alice, { ...tst(), amount: MAX_UINT256 + 1n }), 'InvalidDepositAmountError', [
      MAX_UINT256 + 1n,
    ])
  })

  test('an amount of 2^256 - 1 is refused for the balance (InsufficientBalanceError), not sent', async () => {
    await refused(h, () => deposit(h.alice, { ...tst(), amount: MAX_UINT256 }), 'InsufficientBalanceError', [
      h.deployment.tokens.testToken,
      `needed:  ${MAX_UINT256}`,
    ])
  })

  test('more ETH than the account holds: InsufficientBalanceError with the balance', async () => {
    const balance = await h.l1.getBalance({ address: accounts.alice })
    await refused(h, () => deposit(h.alice, { ...eth(), amount: balance }), 'InsufficientBalanceError', [
      `balance: ${balance}`,
    ])
  })

  test('more of the token than the account holds: InsufficientBalanceError', async () => {
    await refused(h, () => deposit(h.alice, { ...tst(), amount: 10n ** 25n }), 'InsufficientBalanceError', [
      `needed:  ${10n ** 25n}`,
    ])
  })

  test('an account with no ETH at all, prepared as an address: InsufficientBalanceError', async () => {
    const poor: Address = '0x00000000000000000000000000000000DeaDBeef'
    await refused(h, () => prepareDeposit(h.l1, { ...eth(), account: poor }), 'InsufficientBalanceError', [poor])
  })

  test('an account with no ETH at all, quoted as an address: the quote lists the shortfall instead of throwing', async () => {
    const poor: Address = '0x00000000000000000000000000000000DeaDBeef'
    const quote = await quoteDeposit(h.l1, { ...eth(), account: poor })
    expect(quote.shortfalls).toEqual([{ token: quote.token, needed: quote.value, balance: 0n }])
    expect(quote.gasEstimateSkipped).toBe('insufficient-balance')
  })

  test('a mintValue below base cost + amount: InconsistentValueError with the given value', async () => {
    const mintValue = parseEther('1')
    await refused(h, () => deposit(h.alice, { ...eth(), mintValue }), 'InconsistentValueError', [
      `mintValue: ${mintValue}`,
      'eth-base',
    ])
  })

  test('an L1 value that does not match the eth-base route: InconsistentValueError', async () => {
    await refused(h, () => deposit(h.alice, { ...eth(), value: 7n }), 'InconsistentValueError', ['value: 7'])
  })

  test('an L1 value on the base-custom route (which pays in BTB, not ETH): InconsistentValueError', async () => {
    const b = { l2Client: h.l2Client(h.l2.b), token: h.deployment.tokens.baseTokenB, amount: 10n, approve: true }
    await refused(h, () => deposit(h.alice, { ...b, value: 10n }), 'InconsistentValueError', [
      'base-custom',
      'value: 10',
    ])
  })

  test('an l2Value different from the amount on a direct route: InconsistentValueError', async () => {
    await refused(h, () => deposit(h.alice, { ...eth(), l2Value: 3n }), 'InconsistentValueError', ['l2Value: 3'])
  })

  test('an l2Value on a second-bridge route (erc20-base): L2ValueNotSupportedError', async () => {
    await refused(h, () => deposit(h.alice, { ...tst(), l2Value: 1n }), 'L2ValueNotSupportedError', [
      'erc20-base',
      'l2Value: 1',
    ])
  })

  test('an l2Value on eth-custom (ETH into the BTB chain): L2ValueNotSupportedError', async () => {
    await refused(
      h,
      () => deposit(h.alice, { l2Client: h.l2Client(h.l2.b), token: ETH, amount: 10n, l2Value: 10n, approve: true }),
      'L2ValueNotSupportedError',
      ['eth-custom'],
    )
  })
})

describe('gas parameters', () => {
  test('an l2GasLimit below the protocol minimum: L2GasLimitTooLowError with both numbers', async () => {
    const minimum = getMinimumL2GasLimit({ calldataLength: 0 })
    await refused(h, () => deposit(h.alice, { ...eth(), l2GasLimit: minimum - 1n }), 'L2GasLimitTooLowError', [
      minimum - 1n,
      minimum,
    ])
  })

  // FIXED (no upper bound): the diamond's getPriorityTxMaxGasLimit() is 80,000,000 on the harness, and the Mailbox also
  // caps the body gas at priorityTxMaxPubdata (99,000) x 800: the largest l2GasLimit an ETH deposit into A accepts is
  // 79,210,799 (found by bisection), so even 80,000,000 reverts `PubdataGreaterThanLimit`. The library checks neither
  // bound. For a token deposit that needs an approval the L1 estimate is skipped, so `deposit({ approve: true })`
  // SENDS THE APPROVAL and only then fails (DepositAfterApprovalsFailedError). Now refused/handled as the test asserts.
  test('an l2GasLimit above the chain priority tx limit is refused before the approval is sent', async () => {
    await refused(h, () => deposit(h.alice, { ...tst(), l2GasLimit: 80_000_001n }), 'L2GasLimitTooHighError', [
      80_000_001n,
    ])
  })

  test('an l2GasLimit above the limit on a route without approval: L2GasLimitTooHighError with the maximum, nothing sent', async () => {
    await refused(h, () => deposit(h.alice, { ...eth(), l2GasLimit: 80_000_001n }), 'L2GasLimitTooHighError', [
      80_000_001n,
      `maximum:    ${ethDepositL2GasMaximum.value}`,
      ethDepositL2GasMaximum.reason,
    ])
  })

  test('the largest l2GasLimit the Mailbox accepts for an ETH deposit is quoted (its L1 estimate passes); one more is refused', async () => {
    const { value } = ethDepositL2GasMaximum
    const quote = await quoteDeposit(h.alice, { ...eth(), l2GasLimit: value })
    expect(quote.l2GasLimit).toBe(value)
    await refused(h, () => quoteDeposit(h.alice, { ...eth(), l2GasLimit: value + 1n }), 'L2GasLimitTooHighError', [
      value,
    ])
  })

  test('gasPerPubdataByteLimit 801: InvalidGasPerPubdataError showing it and 800', async () => {
    await refused(h, () => deposit(h.alice, { ...eth(), gasPerPubdataByteLimit: 801n }), 'InvalidGasPerPubdataError', [
      'gasPerPubdataByteLimit: 801',
      '800',
    ])
  })

  test('gasPerPubdataByteLimit 0 on quoteDeposit: InvalidGasPerPubdataError', async () => {
    await refused(
      h,
      () => quoteDeposit(h.alice, { ...eth(), gasPerPubdataByteLimit: 0n }),
      'InvalidGasPerPubdataError',
      ['gasPerPubdataByteLimit: 0'],
    )
  })
})

describe('chains and clients', () => {
  test('a chain id the Bridgehub does not know: ChainNotRegisteredError naming it', async () => {
    await refused(
      h,
      () =>
        deposit(h.alice, {
          token: ETH,
          amount: 1n,
          chainId: 999,
          bridgehub: h.deployment.bridgehub,
          l2GasLimit: 300_000n,
        }),
      'ChainNotRegisteredError',
      ['999', h.deployment.bridgehub],
    )
  })

  test('an L2 chain that settles on another L1 (chain 1): L1ChainMismatchError', async () => {
    const chain = l2ChainOf(h.deployment.chainA, 'A')
    const elsewhere = defineChain({ ...chain, custom: { zksync: { ...chain.custom.zksync, l1ChainId: 1 } } })
    await refused(h, () => deposit(h.alice, { ...eth(), l2Chain: elsewhere }), 'L1ChainMismatchError', [
      'expected L1 chain id: 1',
      'L1 client chain id:   31337',
    ])
  })

  // FIXED (chain ids not cross-checked): `chainId` 273 (chain C) with an `l2Client` of chain 271 (A) deposits into C
  // with an L2 gas limit estimated on A's node. The library should refuse a `chainId` that differs from the L2
  // client's.
  test('a chainId that does not match the l2Client chain is refused before sending', async () => {
    await refused(h, () => deposit(h.alice, { ...eth(), chainId: 273 }), 'L2ChainMismatchError', ['273', '271'])
  })

  test('a chainId that does not match the l2Chain: L2ChainMismatchError naming both', async () => {
    await refused(
      h,
      () =>
        deposit(h.alice, { ...eth(), l2Client: undefined, l2Chain: l2ChainOf(h.deployment.chainA, 'A'), chainId: 272 }),
      'L2ChainMismatchError',
      ['272', '271', 'l2Chain'],
    )
  })

  test('no account on the client nor in the parameters: AccountRequiredError', async () => {
    await refused(h, () => deposit(h.l1, eth()), 'AccountRequiredError', ['deposit'])
  })

  test('no l2Client and no l2GasLimit: L2ClientRequiredError saying why', async () => {
    await refused(
      h,
      () => deposit(h.alice, { token: ETH, amount: 1n, chainId: 271, bridgehub: h.deployment.bridgehub }),
      'L2ClientRequiredError',
      ['estimated on the L2'],
    )
  })

  test('getMaxDepositAmount with a token that is no ERC-20 is refused, not answered 0', async () => {
    await refused(
      h,
      () => getMaxDepositAmount(h.alice, { l2Client: h.l2Client(h.l2.a), token: h.deployment.bridgehub }),
      'TokenNotErc20Error',
      [h.deployment.bridgehub],
    )
  })
})

describe('non-standard ERC-20 (NRT: approve returns nothing and needs a reset to 0)', () => {
  test('a stale non-zero allowance without approve: InsufficientAllowanceError with the current allowance', async () => {
    const token = h.deployment.tokens.noReturnToken
    await h.l1.waitForTransactionReceipt({
      hash: await h.alice.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [h.deployment.l1NativeTokenVault, 3n],
      }),
    })
    const e = await refused(
      h,
      () => deposit(h.alice, { l2Client: h.l2Client(h.l2.a), token, amount: 1_000n }),
      'InsufficientAllowanceError',
      [token, 'needed:  1000', 'current: 3'],
    )
    expect(e).toMatchObject({ token, spender: h.deployment.l1NativeTokenVault, needed: 1_000n, current: 3n })
    // and the prepared approvals reset it to 0 first: the token would revert a direct 3 -> 1000 change
    const { approvals } = await prepareDeposit(h.alice, { l2Client: h.l2Client(h.l2.a), token, amount: 1_000n })
    expect(approvals.map((a) => BigInt(`0x${a.data.slice(-64)}`))).toEqual([0n, 1_000n])
    expect(h.l1Transport.sends()).toEqual([])
  })
})
