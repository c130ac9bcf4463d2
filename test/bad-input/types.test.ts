/**
 * Parameters of the wrong type or size, as a plain JavaScript caller (or `as any`, or values parsed from JSON) passes
 * them: each public action refuses them with a typed error naming the parameter and showing the value, before its
 * first request (no request at all on L1 or on any L2, not only nothing sent). Before, a string amount was added by
 * concatenation, numbers crashed with `TypeError`/`RangeError`, and chain ids, hashes and gas values of the wrong
 * type got viem's errors or none.
 */
import { type Address, type Hex, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { estimateL1ToL2Gas } from '../../src/actions/estimateL1ToL2Gas.js'
import { getBaseCost } from '../../src/actions/getBaseCost.js'
import { getL1Allowance } from '../../src/actions/getL1Allowance.js'
import { getL1Contracts } from '../../src/actions/getL1Contracts.js'
import { getL1FeeParameters } from '../../src/actions/getL1FeeParameters.js'
import { getL1TokenBalance } from '../../src/actions/getL1TokenBalance.js'
import { getL2TokenAddress } from '../../src/actions/getL2TokenAddress.js'
import { getL2TransactionHash } from '../../src/actions/getL2TransactionHash.js'
import { getL2TransactionHashes } from '../../src/actions/getL2TransactionHashes.js'
import { getMaxDepositAmount } from '../../src/actions/getMaxDepositAmount.js'
import { prepareApprovals } from '../../src/actions/prepareApprovals.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { prepareRequestExecute } from '../../src/actions/prepareRequestExecute.js'
import { prepareWithdraw } from '../../src/actions/prepareWithdraw.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { accounts, useHarness } from '../harness/index.js'
import { l2Wallet } from '../harness/raw.js'
import { refused } from './refused.js'

const h = useHarness({ chains: ['a', 'b'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'
const BASE: Address = '0x000000000000000000000000000000000000800A'
const HASH = `0x${'ab'.repeat(32)}` as Hex

/** Loosens a parameter object to what plain JavaScript may pass. */
const js = <T>(parameters: Record<string, unknown>) => parameters as T

/** `refused`, and not a single request made on L1 or on any L2: the check comes before the first one. */
const refusedUpfront = (fn: () => Promise<unknown>, name: string, shows: readonly (string | bigint | number)[]) =>
  refused(h, fn, name, shows, { upfront: true })

const eth = () => ({ l2Client: h.l2Client(h.l2.a), token: ETH, amount: parseEther('1') })
const tst = () => ({ l2Client: h.l2Client(h.l2.a), token: h.deployment.tokens.testToken, amount: 5n })
const call = () => ({ l2Client: h.l2Client(h.l2.a), contractAddress: accounts.bob })

describe('deposits: amounts and values', () => {
  // Before: '5' passed `amount <= 0n` and was concatenated where totals are summed.
  test('an amount given as a string: InvalidParameterError showing the string', async () => {
    const error = await refusedUpfront(() => deposit(h.alice, js({ ...eth(), amount: '5' })), 'InvalidParameterError', [
      '`amount`',
      'amount: "5" (string)',
    ])
    expect(error.parameter).toBe('amount')
    expect(error.value).toBe('5')
  })

  test('an amount given as a number: InvalidParameterError, not a TypeError from viem', async () => {
    await refusedUpfront(
      () => deposit(h.alice, js({ ...tst(), amount: 1_000_000, approve: true })),
      'InvalidParameterError',
      ['amount: 1000000 (number)'],
    )
  })

  test('an amount of NaN: InvalidParameterError', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, js({ ...eth(), amount: Number.NaN })), 'InvalidParameterError', [
      'amount: NaN (number)',
    ])
  })

  test('a fractional amount: InvalidParameterError', async () => {
    await refusedUpfront(() => prepareDeposit(h.alice, js({ ...eth(), amount: 0.5 })), 'InvalidParameterError', [
      'amount: 0.5 (number)',
    ])
  })

  test('a zero bigint amount stays an InvalidDepositAmountError', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, { ...eth(), amount: 0n }), 'InvalidDepositAmountError', [
      'amount: 0',
    ])
  })

  // Before: a string mintValue was concatenated into the totals, and what was approved and sent was not what was quoted.
  test('a mintValue given as a string: InvalidParameterError naming mintValue', async () => {
    await refusedUpfront(
      () =>
        deposit(h.alice, js({ l2Client: h.l2Client(h.l2.b), token: ETH, amount: 1n, mintValue: '10', approve: true })),
      'InvalidParameterError',
      ['mintValue: "10" (string)'],
    )
  })

  test('a mintValue of 2^256: InvalidParameterError', async () => {
    const error = await refusedUpfront(
      () => quoteDeposit(h.alice, { ...eth(), mintValue: 2n ** 256n }),
      'InvalidParameterError',
      ['mintValue', `${2n ** 256n}`.slice(0, 70), 'below 2^256'],
    )
    expect(error.value).toBe(2n ** 256n)
  })

  test('a value given as a number: InvalidParameterError', async () => {
    await refusedUpfront(() => deposit(h.alice, js({ ...eth(), value: 1e18 })), 'InvalidParameterError', [
      'value: 1000000000000000000 (number)',
    ])
  })

  test('an l2Value given as a string: InvalidParameterError', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, js({ ...eth(), l2Value: '1' })), 'InvalidParameterError', [
      'l2Value: "1" (string)',
    ])
  })

  test('approveAmount that is neither a bigint nor "max": InvalidParameterError', async () => {
    await refusedUpfront(
      () => prepareDeposit(h.alice, js({ ...tst(), approveAmount: 'all' })),
      'InvalidParameterError',
      ['approveAmount: "all" (string)'],
    )
  })
})

describe('deposits: gas and fees', () => {
  // Before: 800 !== 800n, so the number was refused as a wrong value (InvalidGasPerPubdataError), not a wrong type.
  test('gasPerPubdataByteLimit 800 as a number: InvalidParameterError (a type, not a value)', async () => {
    await refusedUpfront(
      () => quoteDeposit(h.alice, js({ ...eth(), gasPerPubdataByteLimit: 800 })),
      'InvalidParameterError',
      ['gasPerPubdataByteLimit: 800 (number)'],
    )
  })

  test('an l2GasLimit given as a number: InvalidParameterError', async () => {
    await refusedUpfront(() => deposit(h.alice, js({ ...eth(), l2GasLimit: 300_000 })), 'InvalidParameterError', [
      'l2GasLimit: 300000 (number)',
    ])
  })

  test('gas given as a string: InvalidParameterError', async () => {
    await refusedUpfront(() => deposit(h.alice, js({ ...eth(), gas: '200000' })), 'InvalidParameterError', [
      'gas: "200000" (string)',
    ])
  })

  test('a negative maxFeePerGas: InvalidParameterError', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, { ...eth(), maxFeePerGas: -1n }), 'InvalidParameterError', [
      'maxFeePerGas: -1n',
    ])
  })

  test('a maxPriorityFeePerGas given as a number: InvalidParameterError', async () => {
    await refusedUpfront(
      () => deposit(h.alice, js({ ...eth(), maxPriorityFeePerGas: 1_000_000_000 })),
      'InvalidParameterError',
      ['maxPriorityFeePerGas: 1000000000 (number)'],
    )
  })

  test('a gasPrice given as a hex string: InvalidParameterError', async () => {
    await refusedUpfront(() => deposit(h.alice, js({ ...eth(), gasPrice: '0x3b9aca00' })), 'InvalidParameterError', [
      'gasPrice: "0x3b9aca00" (string)',
    ])
  })
})

describe('deposits: chain, addresses, flags', () => {
  test('a fractional chainId: InvalidParameterError, not a RangeError from BigInt', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, js({ ...eth(), chainId: 271.5 })), 'InvalidParameterError', [
      'chainId: 271.5 (number)',
    ])
  })

  test('a chainId given as a string: InvalidParameterError', async () => {
    await refusedUpfront(
      () => getMaxDepositAmount(h.alice, js({ token: ETH, chainId: '271', bridgehub: h.deployment.bridgehub })),
      'InvalidParameterError',
      ['chainId: "271" (string)'],
    )
  })

  test('chainId 0: InvalidParameterError', async () => {
    await refusedUpfront(
      () => quoteDeposit(h.alice, { token: ETH, amount: 1n, chainId: 0, bridgehub: h.deployment.bridgehub }),
      'InvalidParameterError',
      ['chainId: 0 (number)'],
    )
  })

  test('a bridgehub that is not an address: InvalidAddressParameterError', async () => {
    await refusedUpfront(
      () => quoteDeposit(h.alice, js({ ...eth(), bridgehub: '0x1234' })),
      'InvalidAddressParameterError',
      ['bridgehub', '0x1234'],
    )
  })

  test('an l2Client that is a URL, not a client: InvalidParameterError', async () => {
    await refusedUpfront(
      () => deposit(h.alice, js({ token: ETH, amount: 1n, l2Client: 'http://127.0.0.1:3050' })),
      'InvalidParameterError',
      ['l2Client: "http://127.0.0.1:3050" (string)'],
    )
  })

  test('a token given as a number: InvalidAddressParameterError', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, js({ ...eth(), token: 0 })), 'InvalidAddressParameterError', [
      '`token`',
      'token: 0',
    ])
  })

  test('an account that is not an address: InvalidAddressParameterError naming account', async () => {
    await refusedUpfront(
      () => quoteDeposit(h.l1, js({ ...eth(), account: '0xdeadbeef' })),
      'InvalidAddressParameterError',
      ['`account`', '0xdeadbeef'],
    )
  })

  test('allowAliasedRefundRecipient given as "yes": InvalidParameterError', async () => {
    await refusedUpfront(
      () => deposit(h.alice, js({ ...eth(), allowAliasedRefundRecipient: 'yes' })),
      'InvalidParameterError',
      ['allowAliasedRefundRecipient: "yes" (string)'],
    )
  })

  test('accountIsContract given as 1: InvalidParameterError', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, js({ ...eth(), accountIsContract: 1 })), 'InvalidParameterError', [
      'accountIsContract: 1 (number)',
    ])
  })

  test('an unknown encoding: InvalidParameterError listing the two', async () => {
    await refusedUpfront(() => quoteDeposit(h.alice, js({ ...tst(), encoding: 'abi' })), 'InvalidParameterError', [
      'encoding: "abi" (string)',
      "'legacy' or 'assetId'",
    ])
  })
})

describe('requestExecute', () => {
  // Before: InvalidDepositAmountError, the vocabulary of deposits, for a parameter that is no deposit amount.
  test('an l2Value of 2^256: InvalidParameterError naming l2Value (not InvalidDepositAmountError)', async () => {
    const error = await refusedUpfront(
      () => requestExecute(h.alice, { ...call(), l2Value: 2n ** 256n }),
      'InvalidParameterError',
      ['l2Value', `${2n ** 256n}`.slice(0, 70), 'below 2^256'],
    )
    expect(error.parameter).toBe('l2Value')
    expect(error.value).toBe(2n ** 256n)
  })

  test('an l2Value given as a string: InvalidParameterError', async () => {
    await refusedUpfront(() => requestExecute(h.alice, js({ ...call(), l2Value: '1000' })), 'InvalidParameterError', [
      'l2Value: "1000" (string)',
    ])
  })

  test('a mintValue given as a number: InvalidParameterError', async () => {
    await refusedUpfront(
      () => prepareRequestExecute(h.alice, js({ ...call(), mintValue: 10 ** 15 })),
      'InvalidParameterError',
      ['mintValue: 1000000000000000 (number)'],
    )
  })

  test('calldata given as bytes (Uint8Array): InvalidHexParameterError', async () => {
    await refusedUpfront(
      () => requestExecute(h.alice, js({ ...call(), calldata: new Uint8Array([1, 2]) })),
      'InvalidHexParameterError',
      ['calldata', '1,2'],
    )
  })

  test('factoryDeps given as one bytecode, not a list: InvalidParameterError', async () => {
    await refusedUpfront(
      () => prepareRequestExecute(h.alice, js({ ...call(), factoryDeps: '0x00' })),
      'InvalidParameterError',
      ['factoryDeps: "0x00" (string)'],
    )
  })

  test('a factory dependency that is not hex: InvalidHexParameterError naming its index', async () => {
    await refusedUpfront(
      () => requestExecute(h.alice, js({ ...call(), factoryDeps: ['0x0000', 'bytecode'] })),
      'InvalidHexParameterError',
      ['factoryDeps[1]', 'bytecode'],
    )
  })

  test('no contractAddress: InvalidAddressParameterError naming it', async () => {
    await refusedUpfront(
      () => requestExecute(h.alice, js({ l2Client: h.l2Client(h.l2.a) })),
      'InvalidAddressParameterError',
      ['contractAddress', 'undefined'],
    )
  })

  test('approve given as the string "true": InvalidParameterError', async () => {
    await refusedUpfront(
      () =>
        requestExecute(h.alice, js({ l2Client: h.l2Client(h.l2.b), contractAddress: accounts.bob, approve: 'true' })),
      'InvalidParameterError',
      ['approve: "true" (string)'],
    )
  })

  test('gas given as a number: InvalidParameterError', async () => {
    await refusedUpfront(() => requestExecute(h.alice, js({ ...call(), gas: 500_000 })), 'InvalidParameterError', [
      'gas: 500000 (number)',
    ])
  })

  test('a negative approveAmount: InvalidParameterError', async () => {
    await refusedUpfront(
      () =>
        prepareRequestExecute(h.alice, {
          l2Client: h.l2Client(h.l2.b),
          contractAddress: accounts.bob,
          approveAmount: -1n,
        }),
      'InvalidParameterError',
      ['approveAmount: -1n'],
    )
  })
})

describe('withdraw', () => {
  // Before: a string amount was a WithdrawalAmountInvalidError (a value), now the type is named.
  test('an amount given as a string: InvalidParameterError', async () => {
    await refusedUpfront(
      () => withdraw(l2Wallet(h, h.l2.a, 'alice'), js({ token: BASE, amount: '1' })),
      'InvalidParameterError',
      ['amount: "1" (string)'],
    )
  })

  test('an amount given as a number: InvalidParameterError', async () => {
    await refusedUpfront(
      () => prepareWithdraw(l2Wallet(h, h.l2.a, 'alice'), js({ token: BASE, amount: 1e15 })),
      'InvalidParameterError',
      ['amount: 1000000000000000 (number)'],
    )
  })

  test('a nonce given as a bigint (viem takes a number): InvalidParameterError', async () => {
    await refusedUpfront(
      () => withdraw(l2Wallet(h, h.l2.a, 'alice'), js({ token: BASE, amount: 1n, nonce: 3n })),
      'InvalidParameterError',
      ['nonce: 3n (bigint)'],
    )
  })

  test('a fractional nonce: InvalidParameterError', async () => {
    await refusedUpfront(
      () => prepareWithdraw(l2Wallet(h, h.l2.a, 'alice'), js({ token: BASE, amount: 1n, nonce: 1.5 })),
      'InvalidParameterError',
      ['nonce: 1.5 (number)'],
    )
  })

  test('gas given as a number: InvalidParameterError', async () => {
    await refusedUpfront(
      () => withdraw(l2Wallet(h, h.l2.a, 'alice'), js({ token: BASE, amount: 1n, gas: 100_000 })),
      'InvalidParameterError',
      ['gas: 100000 (number)'],
    )
  })

  test('a maxFeePerGas given as a string: InvalidParameterError', async () => {
    await refusedUpfront(
      () => withdraw(l2Wallet(h, h.l2.a, 'alice'), js({ token: BASE, amount: 1n, maxFeePerGas: '1' })),
      'InvalidParameterError',
      ['maxFeePerGas: "1" (string)'],
    )
  })

  test('an account that is not an address: InvalidAddressParameterError', async () => {
    await refusedUpfront(
      () => prepareWithdraw(h.l2Client(h.l2.a), js({ token: BASE, amount: 1n, account: 'alice' })),
      'InvalidAddressParameterError',
      ['account: alice'],
    )
  })
})

describe('reads', () => {
  test('getBaseCost with an l2GasLimit given as a number: InvalidParameterError', async () => {
    await refusedUpfront(
      () => getBaseCost(h.l1, js({ l2Client: h.l2Client(h.l2.a), l2GasLimit: 300_000 })),
      'InvalidParameterError',
      ['l2GasLimit: 300000 (number)'],
    )
  })

  test('getBaseCost with a gasPrice given as a string: InvalidParameterError', async () => {
    await refusedUpfront(
      () => getBaseCost(h.l1, js({ l2Client: h.l2Client(h.l2.a), l2GasLimit: 300_000n, gasPrice: '1' })),
      'InvalidParameterError',
      ['gasPrice: "1" (string)'],
    )
  })

  // Before: returned `{ maxFeePerGas: 5, … }` — a number where every caller computes with bigints.
  test('getL1FeeParameters with a maxFeePerGas given as a number: InvalidParameterError', async () => {
    await refusedUpfront(() => getL1FeeParameters(h.l1, js({ maxFeePerGas: 5 })), 'InvalidParameterError', [
      'maxFeePerGas: 5 (number)',
    ])
  })

  test('getL1Allowance with an owner that is not an address: InvalidAddressParameterError', async () => {
    await refusedUpfront(
      () => getL1Allowance(h.l1, js({ chainId: 271, token: ETH, owner: 'bob' })),
      'InvalidAddressParameterError',
      ['owner: bob'],
    )
  })

  test('getL1TokenBalance with a token given as a number: InvalidAddressParameterError', async () => {
    await refusedUpfront(
      () => getL1TokenBalance(h.l1, js({ token: 1, owner: accounts.alice })),
      'InvalidAddressParameterError',
      ['token: 1'],
    )
  })

  test('estimateL1ToL2Gas with a value given as a number: InvalidParameterError', async () => {
    await refusedUpfront(
      () => estimateL1ToL2Gas(h.l2Client(h.l2.a), js({ from: accounts.alice, to: accounts.bob, value: 1 })),
      'InvalidParameterError',
      ['value: 1 (number)'],
    )
  })

  test('estimateL1ToL2Gas with data of an odd number of hex digits: InvalidHexParameterError', async () => {
    await refusedUpfront(
      () => estimateL1ToL2Gas(h.l2Client(h.l2.a), { from: accounts.alice, to: accounts.bob, data: '0xabc' }),
      'InvalidHexParameterError',
      ['data: 0xabc'],
    )
  })

  test('estimateL1ToL2Gas with an unknown vm: InvalidParameterError', async () => {
    await refusedUpfront(
      () => estimateL1ToL2Gas(h.l2Client(h.l2.a), js({ from: accounts.alice, to: accounts.bob, vm: 'evm' })),
      'InvalidParameterError',
      ['vm: "evm" (string)'],
    )
  })

  test('getL1Contracts with a chainId past 2^53: InvalidParameterError', async () => {
    await refusedUpfront(
      () => getL1Contracts(h.l1, { chainId: 2n ** 64n, bridgehub: h.deployment.bridgehub }),
      'InvalidParameterError',
      ['chainId', 2n ** 64n],
    )
  })

  test('getL2TransactionHash with a hash of 31 bytes: InvalidParameterError', async () => {
    const hash = HASH.slice(0, -2) as Hex
    await refusedUpfront(
      () => getL2TransactionHash(h.l1, { l2Client: h.l2Client(h.l2.a), hash }),
      'InvalidParameterError',
      ['hash', hash],
    )
  })

  test('getL2TransactionHashes with neither hash nor receipt: InvalidParameterError', async () => {
    await refusedUpfront(
      () => getL2TransactionHashes(h.l1, js({ l2Client: h.l2Client(h.l2.a) })),
      'InvalidParameterError',
      ['hash: undefined (undefined)'],
    )
  })

  test('getL2TransactionHashes with a receipt without logs: InvalidParameterError', async () => {
    await refusedUpfront(
      () => getL2TransactionHashes(h.l1, js({ l2Client: h.l2Client(h.l2.a), receipt: { transactionHash: HASH } })),
      'InvalidParameterError',
      ['`receipt`'],
    )
  })

  test('getL2TokenAddress with a token of 21 bytes: InvalidAddressParameterError', async () => {
    const token = `${h.deployment.tokens.testToken}00`
    await refusedUpfront(() => getL2TokenAddress(h.l2Client(h.l2.a), js({ token })), 'InvalidAddressParameterError', [
      token,
    ])
  })

  test('prepareApprovals with an approval amount given as a number: InvalidParameterError naming the entry', async () => {
    const approval = { token: h.deployment.tokens.testToken, spender: accounts.bob, amount: 5, currentAllowance: 1n }
    await refusedUpfront(
      () => prepareApprovals(h.l1, js({ account: accounts.alice, approvals: [approval] })),
      'InvalidParameterError',
      ['approvals[0].amount: 5 (number)'],
    )
  })
})

describe('what the checks let through', () => {
  test('chainId as a number and as a bigint quote the same deposit', async () => {
    const parameters = { token: ETH, amount: 1n, bridgehub: h.deployment.bridgehub, l2GasLimit: 300_000n, gas: null }
    const fees = { maxFeePerGas: 10n ** 10n, maxPriorityFeePerGas: 1n }
    const byNumber = await quoteDeposit(h.alice, { ...parameters, ...fees, chainId: h.l2.a.chainId })
    const byBigint = await quoteDeposit(h.alice, { ...parameters, ...fees, chainId: BigInt(h.l2.a.chainId) })
    expect(byNumber.l2ChainId).toBe(BigInt(h.l2.a.chainId))
    expect(byBigint.call).toEqual(byNumber.call)
  })

  test('a nonce of 0 on a withdrawal and gas: null on a deposit are accepted', async () => {
    const request = await prepareWithdraw(h.l2Client(h.l2.a), {
      token: BASE,
      amount: 1n,
      to: accounts.bob,
      nonce: 0,
    })
    expect(request.nonce).toBe(0)
    const { quote } = await prepareDeposit(h.alice, { ...eth(), gas: null })
    expect(quote.gasEstimateSkipped).toBe('disabled')
  })
})
