import {
  type Account,
  type Address,
  type Chain,
  type Client,
  createPublicClient,
  createWalletClient,
  http,
  type Transport,
} from 'viem'
import { type PrivateKeyAccount, privateKeyToAccount } from 'viem/accounts'
import { mainnet } from 'viem/chains'
import { describe, expectTypeOf, test } from 'vitest'
import { zksync } from '../../src/chains/index.js'
import {
  type ClaimFailedDepositParameters,
  type ClaimFailedDepositReturnType,
  type DepositParameters,
  type DepositReturnType,
  type FinalizeWithdrawalParameters,
  type FinalizeWithdrawalReturnType,
  type GetBaseCostParameters,
  type GetBaseCostReturnType,
  type GetDepositStatusParameters,
  type GetDepositStatusReturnType,
  type GetFinalizeWithdrawalParamsParameters,
  type GetFinalizeWithdrawalParamsReturnType,
  type GetL1AllowanceParameters,
  type GetL1AllowanceReturnType,
  type GetL1ContractsParameters,
  type GetL1ContractsReturnType,
  type GetL1FeeParametersParameters,
  type GetL1FeeParametersReturnType,
  type GetL1TokenBalanceParameters,
  type GetL1TokenBalanceReturnType,
  type GetL2TransactionHashesParameters,
  type GetL2TransactionHashesReturnType,
  type GetL2TransactionHashParameters,
  type GetL2TransactionHashReturnType,
  type GetMaxDepositAmountParameters,
  type GetMaxDepositAmountReturnType,
  type GetWithdrawalStatusParameters,
  type GetWithdrawalStatusReturnType,
  type IsWithdrawalFinalizedParameters,
  type IsWithdrawalFinalizedReturnType,
  type PrepareApprovalsParameters,
  type PrepareApprovalsReturnType,
  type PrepareClaimFailedDepositParameters,
  type PrepareClaimFailedDepositReturnType,
  type PrepareDepositParameters,
  type PrepareDepositReturnType,
  type PrepareFinalizeWithdrawalParameters,
  type PrepareFinalizeWithdrawalReturnType,
  type PrepareRequestExecuteParameters,
  type PrepareRequestExecuteReturnType,
  type QuoteDepositParameters,
  type QuoteDepositReturnType,
  type RequestExecuteParameters,
  type RequestExecuteReturnType,
  type SendApprovalsAndTransactionParameters,
  type SendApprovalsAndTransactionReturnType,
  type WaitForDepositExecutionParameters,
  type WaitForDepositExecutionReturnType,
  type WaitForWithdrawalReadyParameters,
  type WaitForWithdrawalReadyReturnType,
  type WithDefaultL2Client,
  type ZksyncL1Actions,
  zksyncL1Actions,
} from '../../src/index.js'

const l2Client = createPublicClient({ chain: zksync, transport: http() })
const account = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a')
const token: Address = '0x0000000000000000000000000000000000000000'
const hash = '0x0000000000000000000000000000000000000000000000000000000000000000' as const

/** A wallet client with a local account: no call names an account. */
const l1 = createWalletClient({ account, chain: mainnet, transport: http() }).extend(zksyncL1Actions({ l2Client }))
/** A public client: the actions that quote, sign or send as an account require one. */
const reader = createPublicClient({ chain: mainnet, transport: http() }).extend(zksyncL1Actions({ l2Client }))
/** A client that declares no chain. */
const chainless = createWalletClient({ account, transport: http() }).extend(zksyncL1Actions({ l2Client }))

/** `parameters` as a client without an account takes them. */
type WithAccountRequired<parameters> = parameters & { account: Account | Address }

describe('the decorator is typed like viem’s', () => {
  test('it returns a function of a client that gives the actions typed by its chain and account', () => {
    const decorate = zksyncL1Actions({ l2Client })
    expectTypeOf(decorate).parameter(0).toEqualTypeOf<Client<Transport, Chain | undefined, Account | undefined>>()
    const wallet = createWalletClient({ account, chain: mainnet, transport: http() })
    expectTypeOf(decorate(wallet)).toEqualTypeOf<ZksyncL1Actions<typeof mainnet, PrivateKeyAccount>>()
    expectTypeOf(decorate(createPublicClient({ chain: mainnet, transport: http() }))).toEqualTypeOf<
      ZksyncL1Actions<typeof mainnet, undefined>
    >()
    expectTypeOf(decorate(createWalletClient({ account, transport: http() }))).toEqualTypeOf<
      ZksyncL1Actions<undefined, PrivateKeyAccount>
    >()
  })

  test('the config is optional, and holds only an L2 client', () => {
    expectTypeOf(zksyncL1Actions).toBeCallableWith()
    expectTypeOf(zksyncL1Actions).toBeCallableWith({ l2Client })
    // @ts-expect-error the config names the L2 by its client
    zksyncL1Actions({ l2Chain: zksync })
  })

  test('the extended client keeps its own actions, chain and account', () => {
    expectTypeOf(l1.sendTransaction).toBeFunction()
    expectTypeOf(l1.chain).toEqualTypeOf<typeof mainnet>()
    expectTypeOf(l1.account).toEqualTypeOf<PrivateKeyAccount>()
    expectTypeOf(reader.getBalance).toBeFunction()
    expectTypeOf(chainless.chain).toEqualTypeOf<undefined>()
  })
})

describe('with an account on the client, each method takes the action’s parameters and returns its result', () => {
  test('the write actions', () => {
    expectTypeOf(l1.deposit).parameters.toEqualTypeOf<[DepositParameters]>()
    expectTypeOf(l1.deposit).returns.toEqualTypeOf<Promise<DepositReturnType>>()
    expectTypeOf(l1.requestExecute).parameters.toEqualTypeOf<[RequestExecuteParameters]>()
    expectTypeOf(l1.requestExecute).returns.toEqualTypeOf<Promise<RequestExecuteReturnType>>()
    expectTypeOf(l1.finalizeWithdrawal).parameters.toEqualTypeOf<[FinalizeWithdrawalParameters]>()
    expectTypeOf(l1.finalizeWithdrawal).returns.toEqualTypeOf<Promise<FinalizeWithdrawalReturnType>>()
    expectTypeOf(l1.claimFailedDeposit).parameters.toEqualTypeOf<[ClaimFailedDepositParameters]>()
    expectTypeOf(l1.claimFailedDeposit).returns.toEqualTypeOf<Promise<ClaimFailedDepositReturnType>>()
    expectTypeOf(l1.sendApprovalsAndTransaction).parameters.toEqualTypeOf<[SendApprovalsAndTransactionParameters]>()
    expectTypeOf(l1.sendApprovalsAndTransaction).returns.toEqualTypeOf<Promise<SendApprovalsAndTransactionReturnType>>()
  })

  test('the quotes and prepare twins', () => {
    expectTypeOf(l1.quoteDeposit).parameters.toEqualTypeOf<[QuoteDepositParameters]>()
    expectTypeOf(l1.quoteDeposit).returns.toEqualTypeOf<Promise<QuoteDepositReturnType>>()
    expectTypeOf(l1.getMaxDepositAmount).parameters.toEqualTypeOf<[GetMaxDepositAmountParameters]>()
    expectTypeOf(l1.getMaxDepositAmount).returns.toEqualTypeOf<Promise<GetMaxDepositAmountReturnType>>()
    expectTypeOf(l1.prepareDeposit).parameters.toEqualTypeOf<[PrepareDepositParameters]>()
    expectTypeOf(l1.prepareDeposit).returns.toEqualTypeOf<Promise<PrepareDepositReturnType>>()
    expectTypeOf(l1.prepareRequestExecute).parameters.toEqualTypeOf<[PrepareRequestExecuteParameters]>()
    expectTypeOf(l1.prepareRequestExecute).returns.toEqualTypeOf<Promise<PrepareRequestExecuteReturnType>>()
    expectTypeOf(l1.prepareFinalizeWithdrawal).parameters.toEqualTypeOf<[PrepareFinalizeWithdrawalParameters]>()
    expectTypeOf(l1.prepareFinalizeWithdrawal).returns.toEqualTypeOf<Promise<PrepareFinalizeWithdrawalReturnType>>()
    expectTypeOf(l1.prepareClaimFailedDeposit).parameters.toEqualTypeOf<[PrepareClaimFailedDepositParameters]>()
    expectTypeOf(l1.prepareClaimFailedDeposit).returns.toEqualTypeOf<Promise<PrepareClaimFailedDepositReturnType>>()
    expectTypeOf(l1.prepareApprovals).parameters.toEqualTypeOf<[PrepareApprovalsParameters]>()
    expectTypeOf(l1.prepareApprovals).returns.toEqualTypeOf<Promise<PrepareApprovalsReturnType>>()
  })

  test('the reads', () => {
    expectTypeOf(l1.getBaseCost).parameters.toEqualTypeOf<[GetBaseCostParameters]>()
    expectTypeOf(l1.getBaseCost).returns.toEqualTypeOf<Promise<GetBaseCostReturnType>>()
    expectTypeOf(l1.getL1Allowance).parameters.toEqualTypeOf<[GetL1AllowanceParameters]>()
    expectTypeOf(l1.getL1Allowance).returns.toEqualTypeOf<Promise<GetL1AllowanceReturnType>>()
    expectTypeOf(l1.getL1Contracts).parameters.toEqualTypeOf<[GetL1ContractsParameters]>()
    expectTypeOf(l1.getL1Contracts).returns.toEqualTypeOf<Promise<GetL1ContractsReturnType>>()
    expectTypeOf(l1.getL1FeeParameters).parameters.toEqualTypeOf<[(GetL1FeeParametersParameters | undefined)?]>()
    expectTypeOf(l1.getL1FeeParameters).returns.toEqualTypeOf<Promise<GetL1FeeParametersReturnType>>()
    expectTypeOf(l1.getL1TokenBalance).parameters.toEqualTypeOf<[GetL1TokenBalanceParameters]>()
    expectTypeOf(l1.getL1TokenBalance).returns.toEqualTypeOf<Promise<GetL1TokenBalanceReturnType>>()
    expectTypeOf(l1.getL2TransactionHash).parameters.toEqualTypeOf<[GetL2TransactionHashParameters]>()
    expectTypeOf(l1.getL2TransactionHash).returns.toEqualTypeOf<Promise<GetL2TransactionHashReturnType>>()
    expectTypeOf(l1.getL2TransactionHashes).parameters.toEqualTypeOf<[GetL2TransactionHashesParameters]>()
    expectTypeOf(l1.getL2TransactionHashes).returns.toEqualTypeOf<Promise<GetL2TransactionHashesReturnType>>()
    expectTypeOf(l1.getFinalizeWithdrawalParams).parameters.toEqualTypeOf<[GetFinalizeWithdrawalParamsParameters]>()
    expectTypeOf(l1.getFinalizeWithdrawalParams).returns.toEqualTypeOf<Promise<GetFinalizeWithdrawalParamsReturnType>>()
    expectTypeOf(l1.getWithdrawalStatus).parameters.toEqualTypeOf<[GetWithdrawalStatusParameters]>()
    expectTypeOf(l1.getWithdrawalStatus).returns.toEqualTypeOf<Promise<GetWithdrawalStatusReturnType>>()
    expectTypeOf(l1.isWithdrawalFinalized).parameters.toEqualTypeOf<[IsWithdrawalFinalizedParameters]>()
    expectTypeOf(l1.isWithdrawalFinalized).returns.toEqualTypeOf<Promise<IsWithdrawalFinalizedReturnType>>()
    expectTypeOf(l1.waitForWithdrawalReady).parameters.toEqualTypeOf<[WaitForWithdrawalReadyParameters]>()
    expectTypeOf(l1.waitForWithdrawalReady).returns.toEqualTypeOf<Promise<WaitForWithdrawalReadyReturnType>>()
  })

  test('the two reads whose action requires an l2Client take it from the config', () => {
    expectTypeOf(l1.getDepositStatus).parameters.toEqualTypeOf<[WithDefaultL2Client<GetDepositStatusParameters>]>()
    expectTypeOf(l1.getDepositStatus).returns.toEqualTypeOf<Promise<GetDepositStatusReturnType>>()
    expectTypeOf(l1.getDepositStatus).toBeCallableWith({ hash })
    expectTypeOf(l1.waitForDepositExecution).parameters.toEqualTypeOf<
      [WithDefaultL2Client<WaitForDepositExecutionParameters>]
    >()
    expectTypeOf(l1.waitForDepositExecution).returns.toEqualTypeOf<Promise<WaitForDepositExecutionReturnType>>()
    expectTypeOf(l1.waitForDepositExecution).toBeCallableWith({ hash })
    // the rest of the action's parameters are still checked
    // @ts-expect-error the hash is required
    l1.getDepositStatus({})
  })

  test('a method’s parameters are exactly the function action’s', () => {
    expectTypeOf(l1.deposit).parameter(0).toEqualTypeOf<Parameters<typeof import('../../src/index.js').deposit>[1]>()
    expectTypeOf(l1.sendApprovalsAndTransaction)
      .parameter(0)
      .toEqualTypeOf<Parameters<typeof import('../../src/index.js').sendApprovalsAndTransaction>[1]>()
  })
})

describe('the client’s account decides whether a call names one', () => {
  test('with an account on the client, no call needs one', () => {
    expectTypeOf(l1.deposit).toBeCallableWith({ token, amount: 1n })
    expectTypeOf(l1.quoteDeposit).toBeCallableWith({ token, amount: 1n })
    expectTypeOf(l1.requestExecute).toBeCallableWith({ contractAddress: token, calldata: '0x' })
    expectTypeOf(l1.finalizeWithdrawal).toBeCallableWith({ hash })
    expectTypeOf(l1.sendApprovalsAndTransaction).toBeCallableWith({
      approvals: [],
      transaction: { to: token, data: '0x', value: 0n },
    })
    expectTypeOf(chainless.deposit).toBeCallableWith({ token, amount: 1n })
  })

  test('without one, the actions that quote, sign or send as an account require it', () => {
    expectTypeOf(reader.deposit).parameters.toEqualTypeOf<[WithAccountRequired<DepositParameters>]>()
    expectTypeOf(reader.requestExecute).parameters.toEqualTypeOf<[WithAccountRequired<RequestExecuteParameters>]>()
    expectTypeOf(reader.finalizeWithdrawal).parameters.toEqualTypeOf<
      [WithAccountRequired<FinalizeWithdrawalParameters>]
    >()
    expectTypeOf(reader.claimFailedDeposit).parameters.toEqualTypeOf<
      [WithAccountRequired<ClaimFailedDepositParameters>]
    >()
    expectTypeOf(reader.sendApprovalsAndTransaction).parameters.toEqualTypeOf<
      [WithAccountRequired<SendApprovalsAndTransactionParameters>]
    >()
    expectTypeOf(reader.quoteDeposit).parameters.toEqualTypeOf<[WithAccountRequired<QuoteDepositParameters>]>()
    expectTypeOf(reader.getMaxDepositAmount).parameters.toEqualTypeOf<
      [WithAccountRequired<GetMaxDepositAmountParameters>]
    >()
    expectTypeOf(reader.prepareDeposit).parameters.toEqualTypeOf<[WithAccountRequired<PrepareDepositParameters>]>()
    expectTypeOf(reader.prepareRequestExecute).parameters.toEqualTypeOf<
      [WithAccountRequired<PrepareRequestExecuteParameters>]
    >()

    // @ts-expect-error no account on the client: the deposit names one
    reader.deposit({ token, amount: 1n })
    // @ts-expect-error no account on the client: the quote names one
    reader.quoteDeposit({ token, amount: 1n })
    // @ts-expect-error no account on the client: the finalization names one
    reader.finalizeWithdrawal({ hash })
    expectTypeOf(reader.quoteDeposit).toBeCallableWith({ token, amount: 1n, account: account.address })
    expectTypeOf(reader.deposit).toBeCallableWith({ token, amount: 1n, account })
  })

  test('without one, the reads and the prepare twins that anyone may send need none', () => {
    expectTypeOf(reader.prepareFinalizeWithdrawal).parameters.toEqualTypeOf<[PrepareFinalizeWithdrawalParameters]>()
    expectTypeOf(reader.prepareClaimFailedDeposit).parameters.toEqualTypeOf<[PrepareClaimFailedDepositParameters]>()
    expectTypeOf(reader.prepareFinalizeWithdrawal).toBeCallableWith({ hash })
    expectTypeOf(reader.getWithdrawalStatus).toBeCallableWith({ hash })
    expectTypeOf(reader.getDepositStatus).toBeCallableWith({ hash })
    expectTypeOf(reader.getBaseCost).toBeCallableWith({ l2GasLimit: 1n })
    expectTypeOf(reader.getL1FeeParameters).toBeCallableWith()
  })

  test('a client whose account type is not known (a generic `Client`) may leave it out', () => {
    const client = {} as Client<Transport, Chain | undefined, Account | undefined>
    const actions = zksyncL1Actions({ l2Client })(client)
    expectTypeOf(actions).toEqualTypeOf<ZksyncL1Actions>()
    expectTypeOf(actions.deposit).parameters.toEqualTypeOf<[DepositParameters]>()
  })
})
