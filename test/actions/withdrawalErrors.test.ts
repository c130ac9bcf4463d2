/**
 * Bad inputs to the withdrawal actions: each is refused with a typed error before anything is signed or sent.
 */
import {
  createPublicClient,
  custom,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  http,
  parseAbi,
  parseEther,
} from 'viem'
import { mainnet } from 'viem/chains'
import { beforeEach, describe, expect, test } from 'vitest'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { getWithdrawalStatus } from '../../src/actions/getWithdrawalStatus.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { refused } from '../bad-input/refused.js'
import { accounts, hasChain, protocolMinor, useHarness } from '../harness/index.js'
import { depositBase, ETH, l2Wallet } from '../harness/raw.js'

const h = useHarness({ chains: [] })
const UNKNOWN = `0x${'cd'.repeat(32)}` as Hex

describe.runIf(hasChain('a'))('finalizeWithdrawal refuses before sending', () => {
  beforeEach(async () => {
    await depositBase(h, h.l2.a, accounts.alice, parseEther('2'))
  })

  test.runIf(hasChain('a'))(
    'a hash the L2 node does not know: WithdrawalNotReadyError, l2-pending (the simulated node mines at once, so this is how pending looks)',
    async () => {
      const l2Client = h.l2Client(h.l2.a)
      expect(await getWithdrawalStatus(h.l1, { l2Client, hash: UNKNOWN })).toEqual({
        status: 'l2-pending',
        waitingFor: 'l2-receipt',
        l2BatchNumber: undefined,
      })
      await refused(h, () => finalizeWithdrawal(h.bob, { l2Client, hash: UNKNOWN }), 'WithdrawalNotReadyError', [], {
        fields: {
          status: 'l2-pending',
          waitingFor: 'l2-receipt',
        },
      })
    },
  )

  test.runIf(hasChain('a'))('a reverted L2 transaction: status l2-failed, WithdrawalFailedOnL2Error', async () => {
    const hash = await l2Wallet(h, h.l2.a, 'alice').sendTransaction({
      to: '0x0000000000000000000000000000000000010003',
      data: encodeFunctionData({
        abi: parseAbi(['function withdraw(bytes32 assetId, bytes assetData)']),
        functionName: 'withdraw',
        args: [
          UNKNOWN,
          encodeAbiParameters(
            [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
            [1n, accounts.alice, accounts.alice],
          ),
        ],
      }),
    })
    await h.l2.a.settle()
    const l2Client = h.l2Client(h.l2.a)
    expect((await getWithdrawalStatus(h.l1, { l2Client, hash })).status).toBe('l2-failed')
    await refused(h, () => finalizeWithdrawal(h.bob, { l2Client, hash }), 'WithdrawalFailedOnL2Error')
  })

  test.runIf(hasChain('a'))('a transaction that sent no L2->L1 message: WithdrawalMessageNotFoundError', async () => {
    const hash = await l2Wallet(h, h.l2.a, 'alice').sendTransaction({ to: accounts.carol, value: 1n })
    await h.l2.a.settle()
    await refused(
      h,
      () => finalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash }),
      'WithdrawalMessageNotFoundError',
    )
  })

  test.runIf(hasChain('a'))(
    'an index past the messages of the transaction: WithdrawalIndexOutOfRangeError',
    async () => {
      const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
      await h.l2.a.settle()
      await refused(
        h,
        () => finalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash, index: 1 }),
        'WithdrawalIndexOutOfRangeError',
      )
    },
  )

  test.runIf(hasChain('a'))(
    'a batch committed but not executed: WithdrawalNotReadyError waiting for batch-execution',
    async () => {
      const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
      await h.l2.a.sealBatch()
      await h.l2.a.commitBatches()
      await refused(
        h,
        () => finalizeWithdrawal(h.bob, { l2Client: h.l2Client(h.l2.a), hash }),
        'WithdrawalNotReadyError',
        [],
        {
          fields: {
            status: 'waiting-for-batch',
            waitingFor: 'batch-execution',
          },
        },
      )
    },
  )

  test.runIf(hasChain('a'))('an L1 client on another chain than the L2 settles on: L1ChainMismatchError', async () => {
    const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
    await h.l2.a.settle()
    const { createWalletClient } = await import('viem')
    const wrong = createWalletClient({ chain: mainnet, transport: h.l1Transport.transport, account: h.bob.account })
    await refused(h, () => finalizeWithdrawal(wrong, { l2Client: h.l2Client(h.l2.a), hash }), 'L1ChainMismatchError')
  })

  test('no L2 client: L2ClientRequiredError', async () => {
    await refused(h, () => finalizeWithdrawal(h.bob, { hash: UNKNOWN, chainId: 271 }), 'L2ClientRequiredError')
  })

  test.runIf(hasChain('a'))(
    'a revert of the settlement-layer checks in the estimate: WithdrawalNotFinalizableHereError',
    async () => {
      const hash = await withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n })
      await h.l2.a.settle()
      // the node answers a proof shaped for a batch settled on a settlement layer (non-final node): L1 refuses it for a
      // chain that settles on L1: the Mailbox with `LocalRootMustBeZero` up to v30; from v31 the L1MessageRoot checks
      // the settlement layer first (`InvalidSettlementLayerForBatch`, L1MessageRoot.sol:132 at 4859b6fd)
      const real = http(h.l2.a.rpcUrl)({})
      const gatewayShaped = createPublicClient({
        chain: h.l2Client(h.l2.a).chain,
        transport: custom(
          {
            async request({ method, params }) {
              const answer = (await real.request({ method, params } as never)) as any
              if (method !== 'zks_getL2ToL1LogProof' || !answer) return answer
              return {
                ...answer,
                proof: [
                  `0x010f0100${'00'.repeat(28)}`,
                  ...answer.proof,
                  `0x${'00'.repeat(32)}`,
                  UNKNOWN,
                  `0x${'00'.repeat(31)}01`,
                  `0x${'00'.repeat(30)}0145`,
                ],
              }
            },
          },
          { retryCount: 0 },
        ),
      })
      await refused(
        h,
        () => finalizeWithdrawal(h.bob, { l2Client: gatewayShaped, hash }),
        'WithdrawalNotFinalizableHereError',
        [],
        {
          fields: {
            reason: protocolMinor >= 31 ? 'InvalidSettlementLayerForBatch' : 'LocalRootMustBeZero',
          },
        },
      )
    },
  )
})

describe('withdraw refuses before sending', () => {
  test.runIf(hasChain('a'))('amount 0: WithdrawalAmountInvalidError', async () => {
    await refused(
      h,
      () => withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 0n }),
      'WithdrawalAmountInvalidError',
    )
  })

  test.runIf(hasChain('a'))('a receiver that is not an address: InvalidAddressParameterError', async () => {
    await refused(
      h,
      () => withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: ETH, amount: 1n, to: '0x1234' }),
      'InvalidAddressParameterError',
    )
  })

  test.runIf(hasChain('a'))(
    'a token the L2 native token vault does not know: WithdrawalTokenNotFoundError',
    async () => {
      await refused(
        h,
        () =>
          withdraw(l2Wallet(h, h.l2.a, 'alice'), { token: '0x00000000000000000000000000000000000beef0', amount: 1n }),
        'WithdrawalTokenNotFoundError',
      )
    },
  )
})
