import { parseEther, parseGwei } from 'viem'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { estimateL1ToL2Gas } from '../../src/actions/estimateL1ToL2Gas.js'
import { getBaseCost } from '../../src/actions/getBaseCost.js'
import { getL1Allowance } from '../../src/actions/getL1Allowance.js'
import { getL1FeeParameters } from '../../src/actions/getL1FeeParameters.js'
import { getL1TokenBalance } from '../../src/actions/getL1TokenBalance.js'
import { getMaxDepositAmount } from '../../src/actions/getMaxDepositAmount.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { getMinimumL2GasLimit } from '../../src/utils/getMinimumL2GasLimit.js'
import { accounts, anyChain, hasChain, useHarness } from '../harness/index.js'

const h = useHarness({ chains: [] })
const ETH = '0x0000000000000000000000000000000000000000'

describe('getL1FeeParameters', () => {
  test('a given gasPrice is used as is, for a legacy transaction, without a request', async () => {
    expect(await getL1FeeParameters(h.l1, { gasPrice: 7n })).toEqual({ gasPrice: 7n, baseCostGasPrice: 7n })
    expect(h.l1Transport.requests).toHaveLength(0)
  })

  test('a given maxFeePerGas is the price the base cost is quoted with', async () => {
    const fees = await getL1FeeParameters(h.l1, { maxFeePerGas: 10n, maxPriorityFeePerGas: 2n })
    expect(fees).toEqual({ maxFeePerGas: 10n, maxPriorityFeePerGas: 2n, baseCostGasPrice: 10n })
  })

  test('otherwise the fees are estimated once', async () => {
    const fees = await getL1FeeParameters(h.l1)
    expect(fees.baseCostGasPrice).toBe(fees.maxFeePerGas)
    expect(h.l1Transport.methods()).toEqual(['eth_getBlockByNumber', 'eth_maxPriorityFeePerGas'])
  })
})

describe('getBaseCost', () => {
  test('equals the Bridgehub quote at the given price and grows with it', async () => {
    const low = await getBaseCost(h.l1, {
      chainId: anyChain().chainId,
      bridgehub: h.deployment.bridgehub,
      l2GasLimit: 300_000n,
      gasPrice: parseGwei('1'),
    })
    const high = await getBaseCost(h.l1, {
      chainId: anyChain().chainId,
      bridgehub: h.deployment.bridgehub,
      l2GasLimit: 300_000n,
      gasPrice: parseGwei('2'),
    })
    expect(high).toBeGreaterThan(low)
    expect(low % 300_000n).toBe(0n)
  })

  test.runIf(hasChain('b'))('without a gas price, quotes at the maxFeePerGas a deposit would carry', async () => {
    const cost = await getBaseCost(h.l1, { l2Chain: h.l2Client(h.l2.b).chain, l2GasLimit: 300_000n })
    const { maxFeePerGas } = await getL1FeeParameters(h.l1)
    expect(cost).toBe(
      await getBaseCost(h.l1, { l2Chain: h.l2Client(h.l2.b).chain, l2GasLimit: 300_000n, gasPrice: maxFeePerGas }),
    )
  })

  test.runIf(hasChain('a'))('a deposit quote uses the same price for its base cost as for its fees', async () => {
    const quote = await quoteDeposit(h.alice, {
      l2Client: h.l2Client(h.l2.a),
      token: ETH,
      amount: 1n,
      maxFeePerGas: parseGwei('3'),
    })
    expect(quote.maxFeePerGas).toBe(parseGwei('3'))
    const cost = await getBaseCost(h.l1, {
      l2Chain: h.l2Client(h.l2.a).chain,
      l2GasLimit: quote.l2GasLimit,
      gasPrice: parseGwei('3'),
    })
    expect(quote.baseCost).toBe(cost)
  })
})

describe('allowance and balance', () => {
  test('getL1Allowance defaults to the vault as spender and is unlimited for ETH', async () => {
    const token = h.deployment.tokens.testToken
    await h.l1.waitForTransactionReceipt({
      hash: await h.alice.writeContract({
        address: token,
        abi: [
          {
            type: 'function',
            name: 'approve',
            stateMutability: 'nonpayable',
            inputs: [{ type: 'address' }, { type: 'uint256' }],
            outputs: [{ type: 'bool' }],
          },
        ],
        functionName: 'approve',
        args: [h.deployment.l1NativeTokenVault, 42n],
      }),
    })
    expect(
      await getL1Allowance(h.l1, {
        token,
        owner: accounts.alice,
        chainId: anyChain().chainId,
        bridgehub: h.deployment.bridgehub,
      }),
    ).toBe(42n)
    expect(await getL1Allowance(h.l1, { token: ETH, owner: accounts.alice })).toBe(2n ** 256n - 1n)
  })

  test('getL1TokenBalance reads ERC-20 balances and ETH', async () => {
    expect(await getL1TokenBalance(h.l1, { token: h.deployment.tokens.noReturnToken, owner: accounts.alice })).toBe(
      10n ** 12n,
    )
    expect(await getL1TokenBalance(h.l1, { token: ETH, owner: accounts.alice })).toBe(
      await h.l1.getBalance({ address: accounts.alice }),
    )
  })
})

describe('estimateL1ToL2Gas', () => {
  test.runIf(hasChain('a'))('Era: the node estimate, raised to the protocol minimum', async () => {
    const gas = await estimateL1ToL2Gas(h.l2Client(h.l2.a), { from: accounts.alice, to: accounts.carol, value: 1n })
    expect(gas).toBe(getMinimumL2GasLimit({ calldataLength: 0 }))
    expect(h.l2Transport.a.methods()).toEqual(['zks_estimateGasL1ToL2'])
  })

  test.runIf(hasChain('c'))('ZKsync OS named by the chain: eth_estimateGas only', async () => {
    await estimateL1ToL2Gas(h.l2Client(h.l2.c), { from: accounts.alice, to: accounts.carol, vm: 'zksync-os' })
    expect(h.l2Transport.c.methods()).toEqual(['eth_estimateGas'])
  })
})

describe('getMaxDepositAmount', () => {
  test.runIf(hasChain('a'))(
    'ETH into the ETH-based chain: balance minus base cost and L1 gas, and that amount can be deposited',
    async () => {
      const fees = { maxFeePerGas: parseGwei('5'), maxPriorityFeePerGas: parseGwei('1') }
      const max = await getMaxDepositAmount(h.alice, { l2Client: h.l2Client(h.l2.a), token: ETH, ...fees })
      const balance = await h.l1.getBalance({ address: accounts.alice })
      expect(max).toBeLessThan(balance)
      expect(balance - max).toBeLessThan(parseEther('0.01'))
      const over = { l2Client: h.l2Client(h.l2.a), token: ETH, amount: max + parseEther('0.0001'), ...fees } as const
      // the quote lists what is missing (a quote needs no funds); prepareDeposit refuses it
      expect((await quoteDeposit(h.alice, over)).shortfalls).toMatchObject([
        { token: '0x0000000000000000000000000000000000000001', balance },
      ])
      await expect(prepareDeposit(h.alice, over)).rejects.toMatchObject({ name: 'InsufficientBalanceError' })
      const hash = await deposit(h.alice, { l2Client: h.l2Client(h.l2.a), token: ETH, amount: max, ...fees })
      expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    },
  )

  test.runIf(hasChain('b'))('the base token of the custom-base chain: balance minus base cost', async () => {
    const btb = h.deployment.tokens.baseTokenB
    const max = await getMaxDepositAmount(h.alice, { l2Client: h.l2Client(h.l2.b), token: btb, gas: null })
    const quote = await quoteDeposit(h.alice, { l2Client: h.l2Client(h.l2.b), token: btb, amount: max, gas: null })
    const balance = await getL1TokenBalance(h.l1, { token: btb, owner: accounts.alice })
    expect(max + quote.baseCost).toBe(balance)
  })

  test.runIf(hasChain('a'))('an account without funds can deposit nothing', async () => {
    const empty = '0x00000000000000000000000000000000DeaDBeef'
    expect(await getMaxDepositAmount(h.l1, { l2Client: h.l2Client(h.l2.a), token: ETH, account: empty })).toBe(0n)
  })
})
