import { erc20Abi, parseEther } from 'viem'
import { expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { getL2TokenAddress } from '../../src/actions/getL2TokenAddress.js'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a', 'b'] })

test('the base token is 0x…800a, whichever way ETH is written', async () => {
  const l2 = h.l2Client(h.l2.a)
  expect(await getL2TokenAddress(l2, { token: '0x0000000000000000000000000000000000000000' })).toBe(
    '0x000000000000000000000000000000000000800A',
  )
  expect(await getL2TokenAddress(l2, { token: '0x0000000000000000000000000000000000000001' })).toBe(
    '0x000000000000000000000000000000000000800A',
  )
  expect(await getL2TokenAddress(h.l2Client(h.l2.b), { token: h.deployment.tokens.baseTokenB })).toBe(
    '0x000000000000000000000000000000000000800A',
  )
})

test('a deposited ERC-20 is credited at the address it reports before the first deposit', async () => {
  const token = h.deployment.tokens.testToken
  const l2Client = h.l2Client(h.l2.a)
  const predicted = await getL2TokenAddress(l2Client, { token })
  expect(predicted).not.toBe('0x000000000000000000000000000000000000800A')
  const hash = await deposit(h.alice, { token, amount: parseEther('2'), l2Client, approve: true })
  await waitForDepositExecution(h.l1, { hash, l2Client })
  expect(h.l2.a.tokenBalanceOf(predicted, accounts.alice)).toBe(parseEther('2'))
  expect(
    await l2Client.readContract({
      address: predicted,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [accounts.alice],
    }),
  ).toBe(parseEther('2'))
})
