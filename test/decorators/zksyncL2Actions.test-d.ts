import { type Account, type Address, createPublicClient, createWalletClient, http } from 'viem'
import { type PrivateKeyAccount, privateKeyToAccount } from 'viem/accounts'
import { describe, expectTypeOf, test } from 'vitest'
import { zksync } from '../../src/chains/index.js'
import {
  type EstimateL1ToL2GasParameters,
  type EstimateL1ToL2GasReturnType,
  type GetL2TokenAddressParameters,
  type GetL2TokenAddressReturnType,
  type GetL2ToL1LogProofParameters,
  type GetL2ToL1LogProofReturnType,
  type PrepareWithdrawParameters,
  type PrepareWithdrawReturnType,
  type WithdrawParameters,
  type WithdrawReturnType,
  type ZksyncL2Actions,
  zksyncL2Actions,
} from '../../src/index.js'

const account = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a')
const token: Address = '0x000000000000000000000000000000000000800A'
const hash = '0x0000000000000000000000000000000000000000000000000000000000000000' as const

const wallet = createWalletClient({ account, chain: zksync, transport: http() }).extend(zksyncL2Actions())
const reader = createPublicClient({ chain: zksync, transport: http() }).extend(zksyncL2Actions())

describe('zksyncL2Actions is typed like viem’s decorators', () => {
  test('it gives the actions typed by the client’s chain and account', () => {
    const decorate = zksyncL2Actions()
    expectTypeOf(decorate(createWalletClient({ account, chain: zksync, transport: http() }))).toEqualTypeOf<
      ZksyncL2Actions<typeof zksync, PrivateKeyAccount>
    >()
    expectTypeOf(decorate(createPublicClient({ chain: zksync, transport: http() }))).toEqualTypeOf<
      ZksyncL2Actions<typeof zksync, undefined>
    >()
  })

  test('each method takes the action’s parameters and returns its result', () => {
    expectTypeOf(wallet.withdraw).parameters.toEqualTypeOf<[WithdrawParameters]>()
    expectTypeOf(wallet.withdraw).returns.toEqualTypeOf<Promise<WithdrawReturnType>>()
    expectTypeOf(wallet.prepareWithdraw).parameters.toEqualTypeOf<[PrepareWithdrawParameters]>()
    expectTypeOf(wallet.prepareWithdraw).returns.toEqualTypeOf<Promise<PrepareWithdrawReturnType>>()
    expectTypeOf(wallet.estimateL1ToL2Gas).parameters.toEqualTypeOf<[EstimateL1ToL2GasParameters]>()
    expectTypeOf(wallet.estimateL1ToL2Gas).returns.toEqualTypeOf<Promise<EstimateL1ToL2GasReturnType>>()
    expectTypeOf(wallet.getL2ToL1LogProof).parameters.toEqualTypeOf<[GetL2ToL1LogProofParameters]>()
    expectTypeOf(wallet.getL2ToL1LogProof).returns.toEqualTypeOf<Promise<GetL2ToL1LogProofReturnType>>()
    expectTypeOf(wallet.getL2TokenAddress).parameters.toEqualTypeOf<[GetL2TokenAddressParameters]>()
    expectTypeOf(wallet.getL2TokenAddress).returns.toEqualTypeOf<Promise<GetL2TokenAddressReturnType>>()
  })

  test('withdraw names its account only when the client has none', () => {
    expectTypeOf(wallet.withdraw).toBeCallableWith({ token, amount: 1n })
    expectTypeOf(reader.withdraw).parameters.toEqualTypeOf<[WithdrawParameters & { account: Account | Address }]>()
    // @ts-expect-error no account on the client: the withdrawal names one
    reader.withdraw({ token, amount: 1n })
    expectTypeOf(reader.withdraw).toBeCallableWith({ token, amount: 1n, account })
    // a prepared withdrawal needs only a receiver
    expectTypeOf(reader.prepareWithdraw).parameters.toEqualTypeOf<[PrepareWithdrawParameters]>()
    expectTypeOf(reader.getL2ToL1LogProof).toBeCallableWith({ hash })
  })

  test('the L1 actions are not on the L2 client', () => {
    expectTypeOf(wallet).not.toHaveProperty('deposit')
    expectTypeOf(wallet).not.toHaveProperty('finalizeWithdrawal')
  })
})
