import { type Address, decodeFunctionData, encodeAbiParameters, erc20Abi, keccak256, parseAbi, parseEther } from 'viem'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { getL2TransactionHashes } from '../../src/actions/getL2TransactionHashes.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { applyL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'
import { accounts, useHarness } from '../harness/index.js'

const h = useHarness({ chains: ['a'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'
const l1BridgeAbi = parseAbi(['function depositL2TxHash(uint256, bytes32) view returns (bytes32)'])
const l2BridgeAbi = parseAbi([
  'function finalizeDeposit(address _l1Sender, address _l2Receiver, address _l1Token, uint256 _amount, bytes _data)',
])

async function tstBalance(owner: Address) {
  return h.l1.readContract({
    address: h.deployment.tokens.testToken,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [owner],
  })
}

describe('deposit through a custom bridge (bridgeAddress)', () => {
  test('a TST deposit approves the bridge, moves the tokens to it and is finalized by its L2 bridge', async () => {
    const token = h.deployment.tokens.testToken
    const bridge = h.deployment.customBridge.l1
    const amount = parseEther('3')
    const [aliceBefore, bridgeBefore] = [await tstBalance(accounts.alice), await tstBalance(bridge)]

    h.l1Transport.reset()
    const { quote, approvals } = await prepareDeposit(h.alice, {
      l2Client: h.l2Client(h.l2.a),
      token,
      amount,
      to: accounts.carol,
      bridgeAddress: bridge,
    })
    expect(quote.route).toBe('erc20-base')
    expect(quote.bridgeAddress).toBe(bridge)
    expect(quote.approvals).toEqual([{ token, spender: bridge, amount, currentAllowance: 0n }])
    expect(approvals).toHaveLength(1)
    expect(approvals[0]!.to).toBe(token)
    // the L2 bridge is read from the L1 bridge, in the same call as the token's decimals
    expect(quote.l2Transaction.to.toLowerCase()).toBe(h.deployment.customBridge.l2.toLowerCase())
    expect(quote.l2Transaction.from).toBe(applyL1ToL2Alias(bridge))
    expect(decodeFunctionData({ abi: l2BridgeAbi, data: quote.l2Transaction.data }).args).toEqual([
      accounts.alice,
      accounts.carol,
      token,
      amount,
      '0x',
    ])
    // the L1 addresses, the token's decimals and the bridge's L2 bridge in one reader call, then base cost and balances
    expect(h.l1Transport.counts().eth_call).toBe(2)

    const hash = await deposit(h.alice, {
      l2Client: h.l2Client(h.l2.a),
      token,
      amount,
      to: accounts.carol,
      bridgeAddress: bridge,
      approve: true,
    })
    const receipt = await h.l1.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    expect(
      await h.l1.readContract({
        address: token,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [accounts.alice, bridge],
      }),
    ).toBe(0n)
    expect(aliceBefore - (await tstBalance(accounts.alice))).toBe(amount)
    expect((await tstBalance(bridge)) - bridgeBefore).toBe(amount)

    const [l2Hash] = await getL2TransactionHashes(h.l1, { receipt, l2Chain: h.l2Client(h.l2.a).chain })
    expect(await h.l2.a.relay()).toEqual([l2Hash])
    const l2Receipt = await h.l2Client(h.l2.a).getTransactionReceipt({ hash: l2Hash! })
    expect(l2Receipt.status).toBe('success')
    // the Bridgehub confirmed the L2 transaction to the bridge under the bridge's data hash
    const txDataHash = keccak256(
      encodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'uint256' }],
        [accounts.alice, token, amount],
      ),
    )
    expect(
      await h.l1.readContract({
        address: bridge,
        abi: l1BridgeAbi,
        functionName: 'depositL2TxHash',
        args: [BigInt(h.l2.a.chainId), txDataHash],
      }),
    ).toBe(l2Hash)
    expect(l2Receipt.to?.toLowerCase()).toBe(h.deployment.customBridge.l2.toLowerCase())
    expect(l2Receipt.from.toLowerCase()).toBe(applyL1ToL2Alias(bridge).toLowerCase())
    expect(h.l2.a.tokenBalanceOf(h.l2.a.customBridgeTokenAddress(token), accounts.carol)).toBe(amount)
    // not an asset-router deposit: nothing minted at the token's asset-router address
    expect(h.l2.a.tokenBalanceOf(h.l2.a.l2TokenAddress(token), accounts.carol)).toBe(0n)
  })

  test('ETH through a custom bridge is refused with CustomBridgeTokenNotSupportedError before anything is sent', async () => {
    h.l1Transport.reset()
    h.l2Transport.a.reset()
    const error = await deposit(h.alice, {
      l2Client: h.l2Client(h.l2.a),
      token: ETH,
      amount: 1n,
      bridgeAddress: h.deployment.customBridge.l1,
    }).catch((e: Error) => e)
    expect(error).toHaveProperty('name', 'CustomBridgeTokenNotSupportedError')
    expect(h.l1Transport.sends()).toEqual([])
    expect(h.l2Transport.a.sends()).toEqual([])
  })

  test('a bridge without l2BridgeAddress is refused with InvalidCustomBridgeError before anything is sent', async () => {
    h.l1Transport.reset()
    h.l2Transport.a.reset()
    const error = await deposit(h.alice, {
      l2Client: h.l2Client(h.l2.a),
      token: h.deployment.tokens.testToken,
      amount: 1n,
      bridgeAddress: h.deployment.tokens.baseTokenB,
    }).catch((e: Error) => e)
    expect(error).toHaveProperty('name', 'InvalidCustomBridgeError')
    expect(h.l1Transport.sends()).toEqual([])
    expect(h.l2Transport.a.sends()).toEqual([])
  })

  test('a bridge address in the reserved range is refused with InvalidCustomBridgeError without a request', async () => {
    h.l1Transport.reset()
    const error = await quoteDeposit(h.l1, {
      l2Client: h.l2Client(h.l2.a),
      account: accounts.alice,
      token: h.deployment.tokens.testToken,
      amount: 1n,
      bridgeAddress: '0x000000000000000000000000000000000000ffff',
    }).catch((e: Error) => e)
    expect(error).toHaveProperty('name', 'InvalidCustomBridgeError')
    expect(h.l1Transport.methods()).toEqual([])
  })
})
