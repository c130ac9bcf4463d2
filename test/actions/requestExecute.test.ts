import { type Address, erc20Abi, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { getL2TransactionHash } from '../../src/actions/getL2TransactionHash.js'
import { prepareRequestExecute } from '../../src/actions/prepareRequestExecute.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { extractPriorityRequests } from '../../src/utils/extractPriorityRequests.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a', 'b'] })
const receiver: Address = '0x00000000000000000000000000000000000abcde'

describe('requestExecute', () => {
  test('on the ETH-based chain sends mintValue as value and runs the L2 call with its l2Value', async () => {
    const l2Value = parseEther('0.5')
    const before = await h.l1.getBalance({ address: accounts.alice })
    const hash = await requestExecute(h.alice, { l2Client: h.l2Client(h.l2.a), contractAddress: receiver, l2Value })
    const receipt = await h.l1.waitForTransactionReceipt({ hash })
    const tx = await h.l1.getTransaction({ hash })
    const [request] = extractPriorityRequests({ logs: receipt.logs, diamondAddress: h.deployment.chainA.diamond })
    expect(tx.value).toBe(request!.transaction.reserved[0])
    expect(before - (await h.l1.getBalance({ address: accounts.alice }))).toBe(
      tx.value + receipt.gasUsed * receipt.effectiveGasPrice,
    )
    const l2Hash = await getL2TransactionHash(h.l1, { hash, l2Client: h.l2Client(h.l2.a) })
    expect(await h.l2.a.relay()).toEqual([l2Hash])
    expect((await h.l2Client(h.l2.a).getTransactionReceipt({ hash: l2Hash })).status).toBe('success')
    expect(h.l2.a.balanceOf(receiver)).toBe(l2Value)
  })

  test('on the custom-base chain approves the base token for mintValue and sends no ETH value', async () => {
    const btb = h.deployment.tokens.baseTokenB
    const l2Value = parseEther('1')
    const { quote, approvals, request } = await prepareRequestExecute(h.alice, {
      l2Client: h.l2Client(h.l2.b),
      contractAddress: receiver,
      l2Value,
    })
    expect(request.value).toBe(0n)
    expect(quote.approvals).toEqual([
      { token: btb, spender: h.deployment.l1NativeTokenVault, amount: quote.mintValue, currentAllowance: 0n },
    ])
    expect(approvals).toHaveLength(1)
    const before = await h.l1.readContract({
      address: btb,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [accounts.alice],
    })
    await expect(
      requestExecute(h.alice, { l2Client: h.l2Client(h.l2.b), contractAddress: receiver, l2Value }),
    ).rejects.toMatchObject({ name: 'InsufficientAllowanceError' })
    const hash = await requestExecute(h.alice, {
      l2Client: h.l2Client(h.l2.b),
      contractAddress: receiver,
      l2Value,
      approve: true,
    })
    const receipt = await h.l1.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    const [req] = extractPriorityRequests({ logs: receipt.logs, diamondAddress: h.deployment.chainB.diamond })
    const after = await h.l1.readContract({
      address: btb,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [accounts.alice],
    })
    expect(before - after).toBe(req!.transaction.reserved[0])
    await h.l2.b.relay()
    expect((await h.l2Client(h.l2.b).getTransactionReceipt({ hash: req!.txHash })).status).toBe('success')
    expect(h.l2.b.balanceOf(receiver)).toBe(l2Value)
  })

  test('on the ETH-based chain: 6 requests, 7 with the receipt wait (viem: 9)', async () => {
    h.l1Transport.reset()
    h.l2Transport.a.reset()
    const hash = await requestExecute(h.alice, { l2Client: h.l2Client(h.l2.a), contractAddress: receiver, l2Value: 1n })
    expect(h.l2Transport.a.methods()).toEqual(['zks_estimateGasL1ToL2'])
    expect(h.l1Transport.methods()).toEqual([
      // the fees (viem's estimateFeesPerGas), beside the L2 estimate: a local account's L2 sender is known
      'eth_getBlockByNumber',
      'eth_maxPriorityFeePerGas',
      // one reader call: the L1 addresses, the refund recipient's code, base cost, caps, version and balance
      'eth_call',
      // one fill: the L1 gas estimate and the nonce of the send
      'eth_fillTransaction',
      'eth_sendRawTransaction',
    ])
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
  })
})
