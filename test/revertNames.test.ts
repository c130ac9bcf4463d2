/**
 * A revert of the L1 contracts on the library's paths (the estimate of a priority transaction, the fill of a local
 * account's request, the estimate after approvals, the fill of a finalize) reaches the user decoded with the ABIs the
 * library has: its name and, where the node gave the whole data, its arguments, on the error and in its message. On
 * the old code each of these was a viem `RpcRequestError`/`TransactionExecutionError` showing the selector only.
 */
import { type Address, encodeFunctionData, type Hex, hexToBigInt, isAddressEqual, parseAbi, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { bridgehubAbi } from '../src/abis/bridgehub.js'
import { l1NativeTokenVaultAbi } from '../src/abis/l1NativeTokenVault.js'
import { zkChainAbi } from '../src/abis/zkChain.js'
import { finalizeWithdrawal } from '../src/actions/finalizeWithdrawal.js'
import { decodeRevert, getRevertData, getRevertName } from '../src/actions/internal/revertName.js'
import { prepareFinalizeWithdrawal } from '../src/actions/prepareFinalizeWithdrawal.js'
import { prepareRequestExecute } from '../src/actions/prepareRequestExecute.js'
import { requestExecute } from '../src/actions/requestExecute.js'
import { withdraw } from '../src/actions/withdraw.js'
import { accounts, protocolMinor, useHarness } from './harness/index.js'
import { depositBase, ETH, l2Wallet } from './harness/raw.js'

const h = useHarness({ chains: ['a', 'b'] })

/** A bytecode of 31 bytes: the Mailbox hashes every factory dependency and reverts `LengthIsNotDivisibleBy32(31)`. */
const ODD_LENGTH: Hex = `0x${'00'.repeat(31)}`
/** Two words: a bytecode must have an odd number of 32-byte words (`MalformedBytecode(BytecodeError.NumberOfWords)`). */
const EVEN_WORDS: Hex = `0x${'00'.repeat(64)}`

type Thrown = Error & {
  name: string
  revert?: { name: string; args?: readonly unknown[] }
  data?: Hex
  to?: string
  shortMessage?: string
}

async function thrown(fn: () => Promise<unknown>): Promise<Thrown> {
  return fn().then(
    (value) => {
      throw new Error(`expected a revert, got ${String(value)}`)
    },
    (e: unknown) => e as Thrown,
  )
}

function resetTransports() {
  h.l1Transport.reset()
  for (const t of Object.values(h.l2Transport)) t.reset()
}

describe('the estimate of a priority transaction (prepareRequestExecute)', () => {
  test('a factory dependency of 31 bytes: L1ExecutionRevertedError LengthIsNotDivisibleBy32(31), nothing sent', async () => {
    resetTransports()
    const error = await thrown(() =>
      prepareRequestExecute(h.alice, {
        l2Client: h.l2Client(h.l2.a),
        contractAddress: accounts.bob,
        calldata: '0x',
        l2GasLimit: 2_000_000n,
        factoryDeps: [ODD_LENGTH],
      }),
    )
    expect(error.name, error.message).toBe('L1ExecutionRevertedError')
    expect(error.revert).toEqual({ name: 'LengthIsNotDivisibleBy32', args: [31n] })
    expect(error.to).toBe(h.deployment.bridgehub)
    expect(error.data).toBe(`0xe37d2c02${'00'.repeat(31)}1f`)
    expect(error.shortMessage).toContain('`LengthIsNotDivisibleBy32`')
    expect(error.message).toContain('Revert: LengthIsNotDivisibleBy32(31)\n')
    expect(error.message).toContain('zksync-l1-actions#l1executionrevertederror')
    expect(h.l1Transport.sends()).toEqual([])
  })
})

describe('the fill of a local account’s request (requestExecute)', () => {
  test('an even number of words: MalformedBytecode(NumberOfWords) by name and argument, nothing sent', async () => {
    resetTransports()
    const error = await thrown(() =>
      requestExecute(h.alice, {
        l2Client: h.l2Client(h.l2.a),
        contractAddress: accounts.bob,
        calldata: '0x',
        l2GasLimit: 2_000_000n,
        factoryDeps: [EVEN_WORDS],
      }),
    )
    expect(error.name, error.message).toBe('L1ExecutionRevertedError')
    // BytecodeError.NumberOfWords is the enum's fourth member
    expect(error.revert).toEqual({ name: 'MalformedBytecode', args: [3] })
    expect(error.message).toContain('Revert: MalformedBytecode(3)\n')
    expect(h.l1Transport.sends()).toEqual([])
  })

  test('on the custom-base chain, with a base-token approval to send: the refusal carries the revert by name', async () => {
    resetTransports()
    const error = await thrown(() =>
      requestExecute(h.alice, {
        l2Client: h.l2Client(h.l2.b),
        contractAddress: accounts.bob,
        calldata: '0x',
        l2GasLimit: 2_000_000n,
        factoryDeps: [ODD_LENGTH],
        approve: true,
      }),
    )
    // refused before its approval (a simulation over the allowance it would leave) or after it: either way by name
    expect(['DepositAfterApprovalsFailedError', 'TransactionAfterApprovalsWouldRevertError']).toContain(error.name)
    expect(error.revert, error.message).toEqual({ name: 'LengthIsNotDivisibleBy32', args: [31n] })
    expect(error.message).toContain('Revert: LengthIsNotDivisibleBy32(31)\n')
  })
})

describe('the fill of a finalize (finalizeWithdrawal)', () => {
  /** Empties the native token vault's record of chain A's ETH: finalizing then reverts `InsufficientChainBalance`. */
  /**
   * The vault's `InsufficientChainBalance()` up to v30; from v31 the tracker's, with the chain, the asset and the
   * amount asked (AssetTrackerBase.sol:126 at 4859b6fd)
   */
  const insufficientChainBalance = () =>
    protocolMinor >= 31
      ? {
          name: 'InsufficientChainBalance',
          args: [BigInt(h.deployment.chainA.chainId), h.deployment.chainA.baseTokenAssetId, 1n],
        }
      : { name: 'InsufficientChainBalance', args: [] }

  /**
   * Empties the ledger of chain A's base-token balance: the vault's up to v30; from v31 the L1AssetTracker's, whose
   * `chainBalance` has the same selector (AssetTrackerBase.sol:47 at 4859b6fd; the vault's is the deprecated mapping,
   * L1NativeTokenVault.sol:100).
   */
  async function emptyChainBalance() {
    const vault = protocolMinor >= 31 ? h.deployment.l1AssetTracker! : h.deployment.l1NativeTokenVault
    const { chainId, baseTokenAssetId } = h.deployment.chainA
    const call = {
      to: vault,
      data: encodeFunctionData({
        abi: l1NativeTokenVaultAbi,
        functionName: 'chainBalance',
        args: [BigInt(chainId), baseTokenAssetId as Hex],
      }),
    }
    const read = async () => hexToBigInt((await h.l1.request({ method: 'eth_call', params: [call, 'latest'] })) as Hex)
    const balance = await read()
    expect(balance).toBeGreaterThan(0n)
    // the mapping's slot: of those the getter reads (the proxy's own among them), the one holding the balance
    const { accessList } = (await h.l1.request({
      method: 'eth_createAccessList',
      params: [call, 'latest'],
    } as never)) as {
      accessList: { address: Address; storageKeys: Hex[] }[]
    }
    const keys = accessList.filter((e) => isAddressEqual(e.address, vault)).flatMap((e) => e.storageKeys)
    for (const slot of keys)
      if (hexToBigInt((await h.l1.getStorageAt({ address: vault, slot })) ?? '0x0') === balance)
        await h.test.setStorageAt({ address: vault, index: slot, value: `0x${'00'.repeat(32)}` })
    expect(await read()).toBe(0n)
  }

  test('the vault holds no balance of the chain: L1ExecutionRevertedError InsufficientChainBalance (an error of the vault), nothing sent', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    await h.l2.a.settle()
    await emptyChainBalance()
    resetTransports()
    const error = await thrown(() => finalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash }))
    expect(error.name, error.message).toBe('L1ExecutionRevertedError')
    expect(error.revert).toEqual(insufficientChainBalance())
    expect(error.to).toBe(h.deployment.l1Nullifier)
    expect(error.message).toContain(`Revert: InsufficientChainBalance(${insufficientChainBalance().args.join(', ')})\n`)
    expect(h.l1Transport.sends()).toEqual([])
  })

  test('prepareFinalizeWithdrawal (its estimate, for any account): the same L1ExecutionRevertedError', async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    await h.l2.a.settle()
    await emptyChainBalance()
    const error = await thrown(() =>
      prepareFinalizeWithdrawal(h.l1, { l2Client: h.l2Client(h.l2.a), hash, account: accounts.bob }),
    )
    expect(error.name, error.message).toBe('L1ExecutionRevertedError')
    expect(error.revert).toEqual(insufficientChainBalance())
  })
})

describe('decodeRevert', () => {
  const selectorOnly = Object.assign(new Error('execution reverted: custom error 0xe37d2c02: \u0000'), { code: 3 })
  const wholeData = { name: 'RpcRequestError', data: `0xe37d2c02${'00'.repeat(31)}1f`, cause: selectorOnly }

  test('the whole data gives the name and the arguments, the selector in the message the name alone', () => {
    expect(decodeRevert(wholeData, zkChainAbi)).toEqual({ name: 'LengthIsNotDivisibleBy32', args: [31n] })
    expect(getRevertData(wholeData)).toBe(wholeData.data)
    expect(decodeRevert(selectorOnly, zkChainAbi)).toEqual({ name: 'LengthIsNotDivisibleBy32' })
    expect(getRevertData(selectorOnly)).toBe('0xe37d2c02')
    expect(getRevertName(wholeData, zkChainAbi)).toBe('LengthIsNotDivisibleBy32')
  })

  test('an error of another ABI is not named; Error(string) is, without any', () => {
    expect(decodeRevert(wholeData, bridgehubAbi)).toBeUndefined()
    const unknown = { data: '0x12345678' }
    expect(decodeRevert(unknown, zkChainAbi)).toBeUndefined()
    expect(getRevertData(unknown)).toBe('0x12345678')
    const message = {
      data: '0x08c379a000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010506175736162\
6c653a2070617573656400000000000000000000000000000000',
    }
    expect(decodeRevert(message, parseAbi(['error Unrelated()']))).toEqual({
      name: 'Error',
      args: ['Pausable: paused'],
    })
  })

  test('no revert: nothing', () => {
    expect(decodeRevert(new Error('insufficient funds for gas * price + value'), zkChainAbi)).toBeUndefined()
    expect(getRevertData(undefined)).toBeUndefined()
  })
})
