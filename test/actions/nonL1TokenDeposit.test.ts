import { type Address, erc20Abi, parseEther } from 'viem'
import { expect, test } from 'vitest'
import { l1NativeTokenVaultAbi } from '../../src/abis/l1NativeTokenVault.js'
import { deposit } from '../../src/actions/deposit.js'
import { finalizeWithdrawal } from '../../src/actions/finalizeWithdrawal.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { waitForDepositExecution } from '../../src/actions/waitForDepositExecution.js'
import { withdraw } from '../../src/actions/withdraw.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a'] })

test('a token that did not originate on L1 goes back to L2 with the 0x01 asset-id form and the stored asset id', async () => {
  // a token native to chain 271 is withdrawn to L1, where the real native token vault deploys its bridged twin
  const l2Token: Address = '0x00000000000000000000000000000000000A11cE'
  const assetId = h.l2.a.mintL2NativeToken(l2Token, accounts.alice, parseEther('5'))
  h.l2.a.setBalance(accounts.alice, parseEther('1'))
  const l2Client = h.l2Client(h.l2.a)
  const withdrawal = await withdraw(h.l2Wallet(h.l2.a, 'alice'), { token: l2Token, amount: parseEther('3') })
  await h.l2.a.settle()
  await h.l1.waitForTransactionReceipt({ hash: await finalizeWithdrawal(h.bob, { l2Client, hash: withdrawal }) })
  const l1Token = await h.l1.readContract({
    address: h.deployment.l1NativeTokenVault,
    abi: l1NativeTokenVaultAbi,
    functionName: 'tokenAddress',
    args: [assetId],
  })
  expect(
    await h.l1.readContract({ address: l1Token, abi: erc20Abi, functionName: 'balanceOf', args: [accounts.alice] }),
  ).toBe(parseEther('3'))
  expect(h.l2.a.tokenBalanceOf(l2Token, accounts.alice)).toBe(parseEther('2'))

  // back to L2: the library must use the stored asset id (0x01 form), not keccak(L1 chain id, token)
  const prepared = await prepareDeposit(h.alice, { l2Client, token: l1Token, amount: parseEther('2') })
  expect(prepared.deposit.data).toContain(assetId.slice(2))
  const hash = await deposit(h.alice, { l2Client, token: l1Token, amount: parseEther('2'), approve: true })
  const l2Receipt = await waitForDepositExecution(h.l1, { l2Client, hash })
  expect(l2Receipt.status).toBe('success')
  expect(h.l2.a.tokenBalanceOf(l2Token, accounts.alice)).toBe(parseEther('4'))
  expect(
    await h.l1.readContract({ address: l1Token, abi: erc20Abi, functionName: 'balanceOf', args: [accounts.alice] }),
  ).toBe(parseEther('1'))
})
