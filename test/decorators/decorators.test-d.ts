import { type Address, createPublicClient, createWalletClient, type Hash, http } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { mainnet } from 'viem/chains'
import { describe, expectTypeOf, test } from 'vitest'
import { zksync } from '../../src/chains/index.js'
import {
  type DepositStatus,
  type FinalizeL1DepositParams,
  type GetL1ContractsReturnType,
  type PrepareDepositReturnType,
  type WithdrawalStatus,
  zksyncL1Actions,
  zksyncL2Actions,
} from '../../src/index.js'

const l2Client = createPublicClient({ chain: zksync, transport: http() })
const account = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a')
const l1 = createWalletClient({ account, chain: mainnet, transport: http() }).extend(zksyncL1Actions({ l2Client }))
const l2 = createWalletClient({ account, chain: zksync, transport: http() }).extend(zksyncL2Actions())
const token: Address = '0x0000000000000000000000000000000000000000'

describe('zksyncL1Actions', () => {
  test('keeps the wallet actions and adds every L1 action', () => {
    expectTypeOf(l1.sendTransaction).toBeFunction()
    expectTypeOf(l1.deposit).toBeFunction()
    expectTypeOf(l1.finalizeWithdrawal).toBeFunction()
    expectTypeOf(l1.claimFailedDeposit).toBeFunction()
    expectTypeOf(l1.getBaseCost).toBeFunction()
    expectTypeOf(l1.quoteDeposit).toBeFunction()
  })

  test('l2Client comes from the config, so calls may leave it out', () => {
    expectTypeOf(l1.getDepositStatus).toBeCallableWith({ hash: '0x00' as Hash })
    expectTypeOf(l1.getWithdrawalStatus).toBeCallableWith({ hash: '0x00' as Hash })
    expectTypeOf(l1.deposit).toBeCallableWith({ token, amount: 1n, chainId: 324 })
  })

  test('return types are the actions’ own', () => {
    expectTypeOf(l1.deposit).returns.resolves.toEqualTypeOf<Hash>()
    expectTypeOf(l1.finalizeWithdrawal).returns.resolves.toEqualTypeOf<Hash>()
    expectTypeOf(l1.prepareDeposit).returns.resolves.toEqualTypeOf<PrepareDepositReturnType>()
    expectTypeOf(l1.getL1Contracts).returns.resolves.toEqualTypeOf<GetL1ContractsReturnType>()
    expectTypeOf(l1.getBaseCost).returns.resolves.toEqualTypeOf<bigint>()
    expectTypeOf(l1.isWithdrawalFinalized).returns.resolves.toEqualTypeOf<boolean>()
    expectTypeOf(l1.getFinalizeWithdrawalParams).returns.resolves.toEqualTypeOf<FinalizeL1DepositParams>()
    expectTypeOf(l1.getDepositStatus).returns.resolves.toMatchTypeOf<{ status: DepositStatus }>()
    expectTypeOf(l1.getWithdrawalStatus).returns.resolves.toMatchTypeOf<{ status: WithdrawalStatus }>()
  })

  test('parameters are checked', () => {
    // @ts-expect-error amount must be a bigint
    l1.deposit({ token, amount: 1, chainId: 324 })
    // @ts-expect-error the token is required
    l1.quoteDeposit({ amount: 1n, chainId: 324 })
  })
})

describe('zksyncL2Actions', () => {
  test('estimateL1ToL2Gas is on the L2 client, never on the L1 one', () => {
    expectTypeOf(l2.estimateL1ToL2Gas).toBeFunction()
    expectTypeOf(l1).not.toHaveProperty('estimateL1ToL2Gas')
  })

  test('adds withdraw, prepareWithdraw and getL2ToL1LogProof', () => {
    expectTypeOf(l2.withdraw).toBeCallableWith({ token: '0x000000000000000000000000000000000000800A', amount: 1n })
    expectTypeOf(l2.withdraw).returns.resolves.toEqualTypeOf<Hash>()
    expectTypeOf(l2.getL2ToL1LogProof).toBeCallableWith({ hash: '0x00' as Hash, index: 0 })
  })
})
