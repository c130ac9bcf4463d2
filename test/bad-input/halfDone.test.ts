/**
 * Never half-done: with `approve: true`, everything the transactions after the first approval need is checked before
 * it is sent (the deposit simulated on the allowances the approvals leave, the ETH for every transaction's gas), so
 * that a refusal leaves no approval mined behind it. And a refund recipient at an L2 system address is refused as a
 * receiver there is.
 *
 * On the code before these checks, every refusal below came after an approval was mined (the deposit then failed to
 * fill, wrapped in `DepositAfterApprovalsFailedError`), and the refund recipients were accepted.
 */
import { createRequire } from 'node:module'
import {
  type Abi,
  type Address,
  createClient,
  createWalletClient,
  custom,
  encodeFunctionData,
  erc20Abi,
  type Hex,
  parseEther,
  parseUnits,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { beforeAll, describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { prepareDeposit } from '../../src/actions/prepareDeposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { requestExecute } from '../../src/actions/requestExecute.js'
import { L1_PRIORITY_TX_GAS_BUFFER_PERCENT } from '../../src/constants/gas.js'
import { readArtifact } from '../harness/artifacts.js'
import { accounts, privateKeys, useHarness } from '../harness/index.js'
import { refused } from './refused.js'

const h = useHarness({ chains: ['a', 'b'] })
const ETH: Address = '0x0000000000000000000000000000000000000000'

/** A token that keeps 1 % of every transfer: written for this test, compiled when the file runs. */
const FEE_TOKEN_SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;
contract FeeToken {
    string public name = "Fee Token";
    string public symbol = "FEE";
    uint8 public decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }
    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }
    function transfer(address to, uint256 amount) external returns (bool) {
        _move(msg.sender, to, amount);
        return true;
    }
    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        allowance[from][msg.sender] -= amount;
        _move(from, to, amount);
        return true;
    }
    function _move(address from, address to, uint256 amount) private {
        uint256 fee = amount / 100;
        balanceOf[from] -= amount;
        balanceOf[to] += amount - fee;
        totalSupply -= fee;
        emit Transfer(from, to, amount - fee);
    }
}`

let feeToken: { abi: Abi; bytecode: Hex }

beforeAll(() => {
  const solc = createRequire(import.meta.url)('solc') as { compile(input: string): string }
  const output = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: 'Solidity',
        sources: { 'FeeToken.sol': { content: FEE_TOKEN_SOURCE } },
        settings: { evmVersion: 'cancun', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
      }),
    ),
  )
  const compiled = output.contracts['FeeToken.sol'].FeeToken
  feeToken = { abi: compiled.abi, bytecode: `0x${compiled.evm.bytecode.object}` }
})

async function deployed(abi: Abi, bytecode: Hex, args: readonly unknown[] = []): Promise<Address> {
  const hash = await h.alice.deployContract({ abi, bytecode, args } as never)
  const { contractAddress } = await h.l1.waitForTransactionReceipt({ hash })
  return contractAddress!
}

/** The fee token, `amount` of it minted to `owner`. */
async function feeTokenOf(owner: Address, amount: bigint): Promise<Address> {
  const token = await deployed(feeToken.abi, feeToken.bytecode)
  await h.l1.waitForTransactionReceipt({
    hash: await h.alice.writeContract({
      address: token,
      abi: feeToken.abi,
      functionName: 'mint',
      args: [owner, amount],
    }),
  })
  return token
}

async function allowanceOf(token: Address, owner: Address, spender: Address) {
  return h.l1.readContract({ address: token, abi: erc20Abi, functionName: 'allowance', args: [owner, spender] })
}

async function balanceOf(token: Address, owner: Address) {
  return h.l1.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}

/** A fresh account holding `tst` of TST, `btb` of BTB and `eth` wei, on a wallet client through the counting transport. */
async function freshAccount({ tst = 0n, btb = 0n, eth }: { tst?: bigint; btb?: bigint; eth: bigint }) {
  const account = privateKeyToAccount(generatePrivateKey())
  for (const [token, amount] of [
    [h.deployment.tokens.testToken, tst],
    [h.deployment.tokens.baseTokenB, btb],
  ] as const)
    if (amount > 0n)
      await h.l1.waitForTransactionReceipt({
        hash: await h.alice.writeContract({
          address: token,
          abi: erc20Abi,
          functionName: 'transfer',
          args: [account.address, amount],
        }),
      })
  await h.test.setBalance({ address: account.address, value: eth })
  const client = createWalletClient({
    account,
    chain: h.l1.chain,
    transport: h.l1Transport.transport,
    pollingInterval: 10,
  })
  return { account, client }
}

/** Gas of `approve(spender, amount)` from `owner`, as the node estimates it. */
async function approveGas(token: Address, owner: Address, spender: Address, amount: bigint) {
  return h.l1.estimateGas({
    account: owner,
    to: token,
    data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender, amount] }),
  })
}

describe('a deposit that would revert after its approvals sends no approval', () => {
  test('a fee-on-transfer token the vault refuses: TransactionAfterApprovalsWouldRevertError, no approval sent', async () => {
    const token = await feeTokenOf(accounts.alice, parseEther('10'))
    const error = await refused(
      h,
      () => deposit(h.alice, { l2Client: h.l2Client(h.l2.a), token, amount: parseEther('1'), approve: true }),
      'TransactionAfterApprovalsWouldRevertError',
      ['TokensWithFeesNotSupported', token, h.deployment.l1NativeTokenVault, parseEther('1')],
    )
    expect(error.reason).toBe('TokensWithFeesNotSupported')
    expect(await allowanceOf(token, accounts.alice, h.deployment.l1NativeTokenVault)).toBe(0n)
    // the deposit was simulated on the allowance the approval leaves, found through the token's access list
    expect(h.l1Transport.methods()).toContain('eth_createAccessList')
  })

  test('the same token refused from a JSON-RPC account (the node signs): nothing sent either', async () => {
    const token = await feeTokenOf(accounts.bob, parseEther('10'))
    const client = createClient({ chain: h.l1.chain, transport: h.l1Transport.transport, account: accounts.bob })
    await refused(
      h,
      () => deposit(client, { l2Client: h.l2Client(h.l2.a), token, amount: parseEther('2'), approve: true }),
      'TransactionAfterApprovalsWouldRevertError',
      ['TokensWithFeesNotSupported'],
    )
    expect(await allowanceOf(token, accounts.bob, h.deployment.l1NativeTokenVault)).toBe(0n)
  })

  test('the fee token into the custom-base chain: refused before the base-token approval too', async () => {
    const token = await feeTokenOf(accounts.alice, parseEther('10'))
    const btb = h.deployment.tokens.baseTokenB
    const btbAllowance = await allowanceOf(btb, accounts.alice, h.deployment.l1NativeTokenVault)
    await refused(
      h,
      () => deposit(h.alice, { l2Client: h.l2Client(h.l2.b), token, amount: parseEther('1'), approve: true }),
      'TransactionAfterApprovalsWouldRevertError',
      ['TokensWithFeesNotSupported', btb, token],
    )
    expect(await allowanceOf(btb, accounts.alice, h.deployment.l1NativeTokenVault)).toBe(btbAllowance)
    expect(await allowanceOf(token, accounts.alice, h.deployment.l1NativeTokenVault)).toBe(0n)
  })

  test('a custom bridge that cannot bridge the token (it answers only another Bridgehub): refused, no approval', async () => {
    const artifact = readArtifact('CustomBridge')
    // a bridge of the same code whose Bridgehub is someone else: its `bridgehubDeposit` reverts `NotBridgehub`
    const bridge = await deployed(artifact.abi, artifact.bytecode, [accounts.carol, h.deployment.customBridge.l2])
    const token = h.deployment.tokens.testToken
    await refused(
      h,
      () =>
        deposit(h.alice, {
          l2Client: h.l2Client(h.l2.a),
          token,
          amount: 5n,
          bridgeAddress: bridge,
          l2GasLimit: 1_000_000n,
          approve: true,
        }),
      'TransactionAfterApprovalsWouldRevertError',
      [bridge, token],
    )
    expect(await allowanceOf(token, accounts.alice, bridge)).toBe(0n)
  })

  test('a standard token goes through, sent with the gas simulated before its approval (with the headroom)', async () => {
    const token = h.deployment.tokens.testToken
    const before = await balanceOf(token, h.deployment.l1NativeTokenVault)
    // the answers of the simulations (eth_estimateGas with a state override), as the node gave them
    const simulated: bigint[] = []
    const recording = custom({
      async request({ method, params }) {
        const result = await h.l1Transport.transport({ chain: h.l1.chain }).request({ method, params } as never)
        if (method === 'eth_estimateGas' && (params as unknown[]).length === 3) simulated.push(BigInt(result as Hex))
        return result
      },
    })
    const client = createWalletClient({
      account: privateKeyToAccount(privateKeys.alice),
      chain: h.l1.chain,
      transport: recording,
      pollingInterval: 10,
    })
    h.l1Transport.reset()
    const hash = await deposit(client, { l2Client: h.l2Client(h.l2.a), token, amount: 9n, approve: true })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect(await balanceOf(token, h.deployment.l1NativeTokenVault)).toBe(before + 9n)
    // one simulation of the deposit, and of the approval none (it needs no override): the deposit went out with it
    expect(simulated).toHaveLength(1)
    const tx = await h.l1.getTransaction({ hash })
    expect(tx.gas).toBe(simulated[0]! + (simulated[0]! * L1_PRIORITY_TX_GAS_BUFFER_PERCENT) / 100n)
  })

  test('a node that serves no access list: the deposit is estimated after the approval, as before, and lands', async () => {
    const refusing = custom({
      async request({ method, params }) {
        if (method === 'eth_createAccessList') throw Object.assign(new Error('Method not found'), { code: -32601 })
        return h.l1Transport.transport({ chain: h.l1.chain }).request({ method, params } as never)
      },
    })
    const client = createWalletClient({
      account: privateKeyToAccount(privateKeys.alice),
      chain: h.l1.chain,
      transport: refusing,
      pollingInterval: 10,
    })
    const token = h.deployment.tokens.testToken
    const hash = await deposit(client, { l2Client: h.l2Client(h.l2.a), token, amount: 4n, approve: true })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect(h.l1Transport.methods()).not.toContain('eth_createAccessList')
  })
})

describe('ETH for every transaction of the workflow is counted before the first approval', () => {
  test('ETH that covers the approval but not the deposit: InsufficientBalanceError, no approval sent', async () => {
    const token = h.deployment.tokens.testToken
    const l2Client = h.l2Client(h.l2.a)
    const probe = await freshAccount({ tst: 100n, eth: parseEther('1') })
    const { quote } = await prepareDeposit(probe.client, { l2Client, token, amount: 10n })
    const approval = await approveGas(token, probe.account.address, h.deployment.l1NativeTokenVault, 10n)
    // the deposit's value and the approval at the fee cap, and a little: the deposit's own gas is not covered
    const eth = quote.value + approval * quote.maxFeePerGas! + 1_000n
    await h.test.setBalance({ address: probe.account.address, value: eth })
    const error = await refused(
      h,
      () => deposit(probe.client, { l2Client, token, amount: 10n, approve: true }),
      'InsufficientBalanceError',
      [probe.account.address, eth],
    )
    expect(error.needed).toBeGreaterThan(quote.value + approval * quote.maxFeePerGas!)
    expect(await allowanceOf(token, probe.account.address, h.deployment.l1NativeTokenVault)).toBe(0n)
  })

  test('the ETH the refusal names is enough: funded with exactly that, the approval and the deposit both land', async () => {
    const token = h.deployment.tokens.testToken
    const l2Client = h.l2Client(h.l2.a)
    const probe = await freshAccount({ tst: 100n, eth: parseEther('1') })
    const { quote } = await prepareDeposit(probe.client, { l2Client, token, amount: 10n })
    // the deposit's value is there (the quote accepts it), the gas of the workflow is not
    await h.test.setBalance({ address: probe.account.address, value: quote.value + 1n })
    const error = await refused(
      h,
      () => deposit(probe.client, { l2Client, token, amount: 10n, approve: true }),
      'InsufficientBalanceError',
      [probe.account.address],
    )
    await h.test.setBalance({ address: probe.account.address, value: error.needed as bigint })
    const hash = await deposit(probe.client, { l2Client, token, amount: 10n, approve: true })
    expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
    expect(await balanceOf(token, probe.account.address)).toBe(90n)
  })

  test('an ERC-20 into the custom-base chain: ETH for both approvals but not the deposit is refused, neither sent', async () => {
    const token = h.deployment.tokens.testToken
    const btb = h.deployment.tokens.baseTokenB
    const l2Client = h.l2Client(h.l2.b)
    const probe = await freshAccount({ tst: 100n, btb: parseEther('10'), eth: parseEther('1') })
    const { quote, approvals } = await prepareDeposit(probe.client, { l2Client, token, amount: 10n })
    expect(approvals).toHaveLength(2)
    const vault = h.deployment.l1NativeTokenVault
    const both =
      (await approveGas(btb, probe.account.address, vault, quote.mintValue)) +
      (await approveGas(token, probe.account.address, vault, 10n))
    const eth = both * quote.maxFeePerGas! + 1_000n
    await h.test.setBalance({ address: probe.account.address, value: eth })
    await refused(
      h,
      () => deposit(probe.client, { l2Client, token, amount: 10n, approve: true }),
      'InsufficientBalanceError',
      [eth],
    )
    expect(await allowanceOf(btb, probe.account.address, vault)).toBe(0n)
    expect(await allowanceOf(token, probe.account.address, vault)).toBe(0n)
  })

  test('a USDT-style token with a stale allowance (reset, then approve): short of the deposit gas, neither approval sent', async () => {
    const token = h.deployment.tokens.noReturnToken
    const vault = h.deployment.l1NativeTokenVault
    const amount = parseUnits('5', 6)
    const probe = await freshAccount({ eth: parseEther('1') })
    await h.l1.waitForTransactionReceipt({
      hash: await h.alice.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'transfer',
        args: [probe.account.address, amount],
      }),
    })
    await h.l1.waitForTransactionReceipt({
      hash: await probe.client.writeContract({
        address: token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [vault, 1n],
      }),
    })
    const l2Client = h.l2Client(h.l2.a)
    const { quote, approvals } = await prepareDeposit(probe.client, { l2Client, token, amount })
    expect(approvals).toHaveLength(2)
    const reset = await approveGas(token, probe.account.address, vault, 0n)
    // the second approval is estimated here as after the reset (it would revert on the stale allowance)
    const eth = quote.value + 3n * reset * quote.maxFeePerGas!
    await h.test.setBalance({ address: probe.account.address, value: eth })
    await refused(
      h,
      () => deposit(probe.client, { l2Client, token, amount, approve: true }),
      'InsufficientBalanceError',
      [eth],
    )
    expect(await allowanceOf(token, probe.account.address, vault)).toBe(1n)
  })

  test('requestExecute into the custom-base chain: ETH for the base-token approval only is refused, nothing sent', async () => {
    const btb = h.deployment.tokens.baseTokenB
    const vault = h.deployment.l1NativeTokenVault
    const probe = await freshAccount({ btb: parseEther('10'), eth: parseEther('1') })
    const approval = await approveGas(btb, probe.account.address, vault, parseEther('1'))
    const fees = await h.l1.estimateFeesPerGas()
    const eth = approval * fees.maxFeePerGas * 2n
    await h.test.setBalance({ address: probe.account.address, value: eth })
    await refused(
      h,
      () =>
        requestExecute(probe.client, {
          l2Client: h.l2Client(h.l2.b),
          contractAddress: accounts.carol,
          l2Value: 1n,
          approve: true,
        }),
      'InsufficientBalanceError',
      [probe.account.address, eth],
    )
    expect(await allowanceOf(btb, probe.account.address, vault)).toBe(0n)
  })
})

describe('a refund recipient at an L2 system address is refused like a receiver there', () => {
  const eth = () => ({ l2Client: h.l2Client(h.l2.a), token: ETH, amount: 1n })

  test.each([
    ['the bootloader', '0x0000000000000000000000000000000000008001'],
    ['the L2 base token', '0x000000000000000000000000000000000000800A'],
    ['the L2 asset router', '0x0000000000000000000000000000000000010003'],
    ['the highest reserved address', '0x000000000000000000000000000000000001fFFF'],
  ] as const)('%s (%s): InvalidRefundRecipientError, before any request', async (_, refundRecipient) => {
    await refused(h, () => deposit(h.alice, { ...eth(), refundRecipient }), 'InvalidRefundRecipientError', [
      refundRecipient,
    ])
    expect(h.l1Transport.methods()).toEqual([])
    expect(h.l2Transport.a.methods()).toEqual([])
  })

  test('quoteDeposit refuses it too (an address is enough to quote)', async () => {
    const refundRecipient = '0x0000000000000000000000000000000000008008' as Address
    await refused(
      h,
      () => quoteDeposit(h.l1, { ...eth(), account: accounts.alice, refundRecipient }),
      'InvalidRefundRecipientError',
      [refundRecipient],
    )
  })

  test('requestExecute refuses it', async () => {
    const refundRecipient = '0x0000000000000000000000000000000000010004' as Address
    await refused(
      h,
      () => requestExecute(h.alice, { l2Client: h.l2Client(h.l2.a), contractAddress: accounts.carol, refundRecipient }),
      'InvalidRefundRecipientError',
      [refundRecipient],
    )
  })

  test('the first address past the reserved range is an ordinary refund recipient', async () => {
    const refundRecipient = '0x0000000000000000000000000000000000020000' as Address
    const quote = await quoteDeposit(h.alice, { ...eth(), refundRecipient })
    expect(quote.refundRecipient).toBe(refundRecipient)
  })
})
