/**
 * The harness itself, exercised with raw viem calls only: the real L1 contracts accept deposits that
 * the simulated L2 relays, and verify the proofs of withdrawals and failed deposits it settles.
 */
import {
  type Address,
  createWalletClient,
  decodeEventLog,
  encodeAbiParameters,
  erc20Abi,
  type Hex,
  http,
  keccak256,
  parseEther,
  zeroAddress,
} from 'viem'
import { describe, expect, test } from 'vitest'
import { expectRevert, readArtifact } from './artifacts.js'
import { ntvAssetId } from './deploy.js'
import type { AnyL2Node } from './index.js'
import { accounts, hasChain, l1Chain, protocolMinor, useHarness } from './index.js'
import { baseCost, depositBase, depositToken, gasPrice, l1TokenBalance, l2HashOf } from './raw.js'

const h = useHarness({ chains: [] })
// the Bridgehub is `L1Bridgehub` from zkos-v0.30.2 on (`bridgehub/L1Bridgehub.sol`), same ABI for these calls
const bridgehubAbi = readArtifact(protocolMinor >= 30 ? 'L1Bridgehub' : 'Bridgehub').abi
const nullifierAbi = readArtifact('L1Nullifier').abi
const mailboxAbi = readArtifact('MailboxFacet').abi
const L2_BASE_TOKEN: Address = '0x000000000000000000000000000000000000800A'
const L2_ASSET_ROUTER: Address = '0x0000000000000000000000000000000000010003'

/** Direct deposit of ETH, as raw viem calls (the shared helper also relays it). */
async function depositEthDirect(node: AnyL2Node, to: Address, amount: bigint, l2GasLimit = 300_000n) {
  return (await depositBase(h, node, to, amount, l2GasLimit)).receipt
}

async function depositErc20(node: AnyL2Node, token: Address, amount: bigint, l2GasLimit = 1_500_000n, base?: Address) {
  const price = await gasPrice(h)
  const cost = await baseCost(h, node.chainId, price, l2GasLimit)
  const approve = async (t: Address, v: bigint) =>
    h.l1.waitForTransactionReceipt({
      hash: await h.alice.writeContract({
        address: t,
        abi: erc20Abi,
        functionName: 'approve',
        args: [h.deployment.l1NativeTokenVault, v],
      }),
    })
  await approve(token, amount)
  if (base) await approve(base, cost)
  const hash = await h.alice.writeContract({
    address: h.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionTwoBridges',
    args: [
      {
        chainId: BigInt(node.chainId),
        mintValue: cost,
        l2Value: 0n,
        l2GasLimit,
        l2GasPerPubdataByteLimit: 800n,
        refundRecipient: accounts.alice,
        secondBridgeAddress: h.deployment.l1AssetRouter,
        secondBridgeValue: 0n,
        secondBridgeCalldata: encodeAbiParameters(
          [{ type: 'address' }, { type: 'uint256' }, { type: 'address' }],
          [token, amount, accounts.alice],
        ),
      },
    ],
    value: base ? 0n : cost,
    gasPrice: price,
  })
  return h.l1.waitForTransactionReceipt({ hash })
}

type Proof = { id: number; proof: Hex[]; root: Hex; batchNumber?: number; batch_number?: number }

async function finalizeParams(node: AnyL2Node, l2Hash: Hex, l2Sender: Address) {
  const l2 = h.l2Client(node)
  const receipt = (await l2.request({ method: 'eth_getTransactionReceipt' as any, params: [l2Hash] as any })) as any
  const proof = (await l2.request({ method: 'zks_getL2ToL1LogProof' as any, params: [l2Hash, 0] as any })) as Proof
  const msgLog = receipt.logs.find((l: any) => l.address.toLowerCase() === '0x0000000000000000000000000000000000008008')
  const [message] = (await import('viem')).decodeAbiParameters([{ type: 'bytes' }], msgLog.data)
  // the field names of the recorded servers: Era on the receipt; ZKsync OS v0.8 `batch_number`, `tx_number_in_block`
  const batch = BigInt(receipt.l1BatchNumber ?? proof.batchNumber ?? proof.batch_number!)
  const log = receipt.l2ToL1Logs[0]
  const txNumber = Number(BigInt(receipt.l1BatchTxIndex ?? log.txIndexInL1Batch ?? log.tx_number_in_block))
  return {
    chainId: BigInt(node.chainId),
    l2BatchNumber: batch,
    l2MessageIndex: BigInt(proof.id),
    l2Sender,
    l2TxNumberInBatch: txNumber,
    message: message as Hex,
    merkleProof: proof.proof,
  }
}

async function finalize(params: Awaited<ReturnType<typeof finalizeParams>>) {
  return h.l1.waitForTransactionReceipt({
    hash: await h.bob.writeContract({
      address: h.deployment.l1Nullifier,
      abi: nullifierAbi,
      functionName: 'finalizeDeposit',
      args: [params],
    }),
  })
}

describe('deposits reach the simulated L2', () => {
  test.runIf(hasChain('a'))(
    'an ETH deposit into the ETH-based chain is relayed under the L2 hash of the L1 log',
    async () => {
      const to: Address = '0x00000000000000000000000000000000000abcde'
      const receipt = await depositEthDirect(h.l2.a, to, parseEther('1'))
      expect(receipt.status).toBe('success')
      const l2Hash = l2HashOf(receipt, h.deployment.chainA.diamond)
      const l2Receipt = await h.l2Client(h.l2.a).getTransactionReceipt({ hash: l2Hash })
      expect(l2Receipt.status).toBe('success')
      expect((l2Receipt as any).type).toBe('0xff')
      expect(h.l2.a.balanceOf(to)).toBe(parseEther('1'))
    },
  )

  test.runIf(hasChain('a'))('an ERC-20 deposit through the second bridge credits the bridged token on L2', async () => {
    const token = h.deployment.tokens.testToken
    const before = await h.l1.readContract({
      address: token,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [accounts.alice],
    })
    const receipt = await depositErc20(h.l2.a, token, 5n * 10n ** 18n)
    expect(receipt.status).toBe('success')
    const after = await h.l1.readContract({
      address: token,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [accounts.alice],
    })
    expect(before - after).toBe(5n * 10n ** 18n)
    const l2Hash = l2HashOf(receipt, h.deployment.chainA.diamond)
    const l2Receipt = await h.l2Client(h.l2.a).getTransactionReceipt({ hash: l2Hash })
    expect(l2Receipt.status).toBe('success')
    expect(h.l2.a.tokenBalanceOf(h.l2.a.l2TokenAddress(token), accounts.alice)).toBe(5n * 10n ** 18n)
  })

  test.runIf(hasChain('a') && hasChain('b'))(
    'a base-token deposit into the custom-base chain takes BTB, not ETH',
    async () => {
      const price = await gasPrice(h)
      const amount = 7n * 10n ** 18n
      const cost = await baseCost(h, h.l2.b.chainId, price, 300_000n)
      // the 5/2 multiplier makes the cost in BTB larger than the same request on the ETH chain
      expect(cost).toBeGreaterThan(await baseCost(h, h.l2.a.chainId, price, 300_000n))
      const btb = h.deployment.tokens.baseTokenB
      await h.l1.waitForTransactionReceipt({
        hash: await h.alice.writeContract({
          address: btb,
          abi: erc20Abi,
          functionName: 'approve',
          args: [h.deployment.l1NativeTokenVault, cost + amount],
        }),
      })
      const before = await h.l1.readContract({
        address: btb,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [accounts.alice],
      })
      const hash = await h.alice.writeContract({
        address: h.deployment.bridgehub,
        abi: bridgehubAbi,
        functionName: 'requestL2TransactionDirect',
        args: [
          {
            chainId: 272n,
            mintValue: cost + amount,
            l2Contract: accounts.carol,
            l2Value: amount,
            l2Calldata: '0x',
            l2GasLimit: 300_000n,
            l2GasPerPubdataByteLimit: 800n,
            factoryDeps: [],
            refundRecipient: accounts.alice,
          },
        ],
        value: 0n,
        gasPrice: price,
      })
      const receipt = await h.l1.waitForTransactionReceipt({ hash })
      expect(receipt.status).toBe('success')
      const after = await h.l1.readContract({
        address: btb,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [accounts.alice],
      })
      expect(before - after).toBe(cost + amount)
      await h.l2.b.relay()
      expect(h.l2.b.balanceOf(accounts.carol)).toBe(amount)
    },
  )

  test.runIf(hasChain('a'))('too low an L2 gas limit is rejected by the real Mailbox', async () => {
    expect(await expectRevert(() => depositEthDirect(h.l2.a, accounts.carol, 1n, 253_883n))).toBe(
      'ValidateTxnNotEnoughGas',
    )
    expect((await depositEthDirect(h.l2.a, accounts.carol, 1n, 253_884n)).status).toBe('success')
  })
})

describe('withdrawals settle on L1 and finalize through the L1Nullifier', () => {
  test.runIf(hasChain('a'))(
    'ETH from the ETH-based chain (Era flavour): finalize pays, replay and tampered proofs revert',
    async () => {
      await depositEthDirect(h.l2.a, accounts.alice, parseEther('3'))
      await h.l2.a.relay()
      const l2 = h.l2Wallet(h.l2.a, 'alice')
      const l2Hash = await l2.writeContract({
        address: L2_BASE_TOKEN,
        abi: readL2Abi(),
        functionName: 'withdraw',
        args: [accounts.carol],
        value: parseEther('1'),
      })
      expect(
        await h.l2Client(h.l2.a).request({ method: 'zks_getL2ToL1LogProof' as any, params: [l2Hash, 0] as any }),
      ).toBeNull()
      await h.l2.a.settle()
      const params = await finalizeParams(h.l2.a, l2Hash, L2_BASE_TOKEN)
      expect(params.merkleProof).toHaveLength(15)
      const flipped = params.merkleProof.map((p, i) =>
        i === 3 ? (`${p.slice(0, -1)}${p.endsWith('0') ? '1' : '0'}` as Hex) : p,
      )
      const tampered = { ...params, merkleProof: flipped }
      expect(await expectRevert(() => finalize(tampered))).toBe('InvalidProof')
      const before = await h.l1.getBalance({ address: accounts.carol })
      expect((await finalize(params)).status).toBe('success')
      expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
      expect(await expectRevert(() => finalize(params))).toBe('WithdrawalAlreadyFinalized')
    },
  )

  test.runIf(hasChain('a'))('an ERC-20 withdrawal through the L2 asset router pays the L1 token back', async () => {
    const token = h.deployment.tokens.testToken
    await depositErc20(h.l2.a, token, 10n ** 19n)
    await h.l2.a.relay()
    const l2Token = h.l2.a.l2TokenAddress(token)
    const assetId = ntvAssetId(31337, token)
    const l2 = h.l2Wallet(h.l2.a, 'alice')
    h.l2.a.setBalance(accounts.alice, parseEther('1'))
    const l2Hash = await l2.writeContract({
      address: L2_ASSET_ROUTER,
      abi: readL2Abi(),
      functionName: 'withdraw',
      args: [
        assetId,
        encodeAbiParameters(
          [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
          [4n * 10n ** 18n, accounts.carol, l2Token],
        ),
      ],
    })
    await h.l2.a.settle()
    const params = await finalizeParams(h.l2.a, l2Hash, L2_ASSET_ROUTER)
    expect((await finalize(params)).status).toBe('success')
    expect(
      await h.l1.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [accounts.carol] }),
    ).toBe(4n * 10n ** 18n)
  })

  test.runIf(hasChain('c'))(
    'ETH from a ZKsync OS chain: the proof is the recorded RPC error until executed, then metadata-prefixed',
    async () => {
      await depositEthDirect(h.l2.c, accounts.alice, parseEther('2'))
      const l2 = h.l2Wallet(h.l2.c, 'alice')
      const l2Hash = await l2.writeContract({
        address: L2_BASE_TOKEN,
        abi: readL2Abi(),
        functionName: 'withdraw',
        args: [accounts.carol],
        value: parseEther('1'),
      })
      const receipt = (await h
        .l2Client(h.l2.c)
        .request({ method: 'eth_getTransactionReceipt' as any, params: [l2Hash] as any })) as any
      expect(receipt.l1BatchNumber).toBeUndefined()
      await expect(
        h.l2Client(h.l2.c).request({ method: 'zks_getL2ToL1LogProof' as any, params: [l2Hash, 0] as any }),
      ).rejects.toMatchObject({ code: -32603, details: 'transaction has not been included in an L1 batch yet' })
      await h.l2.c.sealBatch()
      await expect(
        h.l2Client(h.l2.c).request({ method: 'zks_getL2ToL1LogProof' as any, params: [l2Hash, 0] as any }),
      ).rejects.toMatchObject({
        code: -32603,
        details: 'L1 batch containing the transaction has not been executed yet',
      })
      await h.l2.c.settle()
      const params = await finalizeParams(h.l2.c, l2Hash, L2_BASE_TOKEN)
      expect(params.merkleProof).toHaveLength(16)
      expect(params.merkleProof[0]).toBe(`0x010f0001${'00'.repeat(28)}`)
      const before = await h.l1.getBalance({ address: accounts.carol })
      expect((await finalize(params)).status).toBe('success')
      expect((await h.l1.getBalance({ address: accounts.carol })) - before).toBe(parseEther('1'))
    },
  )
})

describe('failed deposits', () => {
  test.runIf(hasChain('a'))(
    'a TwoBridges deposit that fails on L2 is recovered with bridgeRecoverFailedTransfer',
    async () => {
      const token = h.deployment.tokens.testToken
      h.l2.a.failPriorityTxs()
      const start = await h.l1.readContract({
        address: token,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [accounts.alice],
      })
      const receipt = await depositErc20(h.l2.a, token, 3n * 10n ** 18n)
      const l2Hash = l2HashOf(receipt, h.deployment.chainA.diamond)
      const l2Receipt = await h.l2Client(h.l2.a).getTransactionReceipt({ hash: l2Hash })
      expect(l2Receipt.status).toBe('reverted')
      await h.l2.a.settle()
      const raw = (await h
        .l2Client(h.l2.a)
        .request({ method: 'eth_getTransactionReceipt' as any, params: [l2Hash] as any })) as any
      const logIndex = raw.l2ToL1Logs.findIndex((l: any) => l.key === l2Hash)
      const proof = (await h
        .l2Client(h.l2.a)
        .request({ method: 'zks_getL2ToL1LogProof' as any, params: [l2Hash, logIndex] as any })) as Proof
      const args = [
        271n,
        accounts.alice,
        ntvAssetId(31337, token),
        encodeAbiParameters(
          [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
          [3n * 10n ** 18n, zeroAddress, zeroAddress],
        ),
        l2Hash,
        BigInt(raw.l1BatchNumber),
        BigInt(proof.id),
        Number(BigInt(raw.l1BatchTxIndex)),
        proof.proof,
      ] as const
      const claim = () =>
        h.bob.writeContract({
          address: h.deployment.l1Nullifier,
          abi: nullifierAbi,
          functionName: 'bridgeRecoverFailedTransfer',
          args,
        })
      const hash = await h.bob.writeContract({
        address: h.deployment.l1Nullifier,
        abi: nullifierAbi,
        functionName: 'bridgeRecoverFailedTransfer',
        args,
      })
      expect((await h.l1.waitForTransactionReceipt({ hash })).status).toBe('success')
      const end = await h.l1.readContract({
        address: token,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [accounts.alice],
      })
      expect(end).toBe(start)
      expect(await expectRevert(claim)).toBe('DepositDoesNotExist')
    },
  )
})

test.runIf(hasChain('a'))('the deployed L2 canonical hash of a deposit equals keccak256 of its encoding', async () => {
  const receipt = await depositEthDirect(h.l2.a, accounts.carol, 1n)
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== h.deployment.chainA.diamond.toLowerCase()) continue
    const ev = decodeEventLog({ abi: mailboxAbi, data: log.data, topics: log.topics }) as any
    if (ev.eventName !== 'NewPriorityRequest') continue
    const abiItem = (mailboxAbi as any[]).find((i) => i.type === 'event' && i.name === 'NewPriorityRequest')
    const txParam = abiItem.inputs.find((i: any) => i.name === 'transaction')
    expect(keccak256(encodeAbiParameters([txParam], [ev.args.transaction]))).toBe(ev.args.txHash)
    return
  }
  throw new Error('no NewPriorityRequest')
})

/**
 * What the draft-v31 contracts change for the harness's own deployment and settlement (the fact sheet's §0), checked
 * with raw calls: each test names the contract line it depends on.
 */
describe('v31: the draft-v31 contracts', () => {
  const ETH_ASSET_ID = ntvAssetId(31337, '0x0000000000000000000000000000000000000001')

  test.runIf(protocolMinor >= 31)(
    'a new chain starts with deposits paused (DepositsPaused) until its admin calls unpauseDeposits',
    async () => {
      // `ChainTypeManagerBase.createNewChain` pauses the new chain (`state-transition/ChainTypeManagerBase.sol:663`);
      // the Mailbox refuses every request while paused (`facets/Mailbox.sol:597`); chain 275 is left that way
      const paused = h.deployment.chainPaused!
      const node = await h.startL2(paused, 'era')
      const depositsPaused = () =>
        h.l1.readContract({ address: paused.diamond, abi: mailboxAbi, functionName: 'depositsPaused' })
      expect(await depositsPaused()).toBe(true)
      expect(await expectRevert(() => depositEthDirect(node, accounts.carol, 1n))).toBe('DepositsPaused')
      const admin = createWalletClient({ chain: l1Chain, transport: http(h.anvil.rpcUrl) })
      await h.l1.waitForTransactionReceipt({
        hash: await admin.writeContract({
          address: paused.diamond,
          abi: readArtifact('MigratorFacet').abi,
          functionName: 'unpauseDeposits',
          account: accounts.chainAdmin,
        }),
      })
      expect(await depositsPaused()).toBe(false)
      expect((await depositEthDirect(node, accounts.carol, 1n)).status).toBe('success')
    },
  )

  test.runIf(protocolMinor >= 31)(
    'a deposit moves the chain balance in the L1AssetTracker; the vault keeps only the deprecated mapping',
    async () => {
      // `L1AssetTracker.handleChainBalanceIncreaseOnL1` (`bridge/asset-tracker/L1AssetTracker.sol:221`);
      // `L1NativeTokenVault.chainBalance` returns `DEPRECATED_chainBalance` (`bridge/ntv/L1NativeTokenVault.sol:100-102`)
      const trackerBalance = () =>
        h.l1.readContract({
          address: h.deployment.l1AssetTracker!,
          abi: readArtifact('L1AssetTracker').abi,
          functionName: 'chainBalance',
          args: [271n, ETH_ASSET_ID],
        }) as Promise<bigint>
      const before = await trackerBalance()
      const { receipt } = await depositBase(h, h.l2.a, accounts.carol, parseEther('1'))
      const mailbox = receipt.logs
        .filter((l) => l.address.toLowerCase() === h.deployment.chainA.diamond.toLowerCase())
        .map((l) => decodeEventLog({ abi: mailboxAbi, data: l.data, topics: l.topics }) as any)
        .find((ev) => ev.eventName === 'NewPriorityRequest')
      const mintValue = mailbox.args.transaction.reserved[0] as bigint
      expect((await trackerBalance()) - before).toBe(mintValue)
      expect(
        await h.l1.readContract({
          address: h.deployment.l1NativeTokenVault,
          abi: readArtifact('L1NativeTokenVault').abi,
          functionName: 'chainBalance',
          args: [271n, ETH_ASSET_ID],
        }),
      ).toBe(0n)
    },
  )

  test.runIf(protocolMinor >= 31)(
    'execute writes the batch root to L1MessageRoot; a base-token withdrawal must name 0x800a (WrongL2Sender)',
    async () => {
      await depositEthDirect(h.l2.a, accounts.alice, parseEther('2'))
      const l2Hash = await h.l2Wallet(h.l2.a, 'alice').writeContract({
        address: L2_BASE_TOKEN,
        abi: readL2Abi(),
        functionName: 'withdraw',
        args: [accounts.carol],
        value: parseEther('1'),
      })
      await h.l2.a.settle()
      const params = await finalizeParams(h.l2.a, l2Hash, L2_BASE_TOKEN)
      // the real execute appends the root (`facets/Executor.sol:150`, `:213`); proofs are checked against it
      // (`core/message-root/MessageRootBase.sol:308`)
      const proof = (await h
        .l2Client(h.l2.a)
        .request({ method: 'zks_getL2ToL1LogProof' as any, params: [l2Hash, 0] as any })) as Proof
      expect(
        await h.l1.readContract({
          address: h.deployment.messageRoot,
          abi: readArtifact('L1MessageRoot').abi,
          functionName: 'chainBatchRoots',
          args: [271n, params.l2BatchNumber],
        }),
      ).toBe(proof.root)
      // v29 and z30 put 0x800a in place of any sender of a base-token message; v31 refuses another
      // (`bridge/L1Nullifier.sol:538`)
      expect(await expectRevert(() => finalize({ ...params, l2Sender: L2_ASSET_ROUTER }))).toBe('WrongL2Sender')
      expect((await finalize(params)).status).toBe('success')
    },
  )

  test.runIf(protocolMinor >= 31 && hasChain('c'))(
    'the ZKsync OS minimum L2 gas limit is 280,800: the Era minimum 253,884 is refused',
    async () => {
      // `TransactionValidator.validateL1ToL2Transaction` with the ZKsync OS constants of `common/Config.sol:115-125`
      // (native 2,875,420 and 351 per pubdata byte): with empty calldata, 351 * 800 dominates
      for (const l2GasLimit of [253_884n, 280_799n])
        expect(await expectRevert(() => depositEthDirect(h.l2.c, accounts.carol, 1n, l2GasLimit))).toBe(
          'ValidateTxnNotEnoughGas',
        )
      expect((await depositEthDirect(h.l2.c, accounts.carol, 1n, 280_800n)).status).toBe('success')
    },
  )
})

describe('ZKsync OS diamonds', () => {
  test.runIf(hasChain('c'))(
    'a priority request carries the ZKsync OS tx type 127, and its hash is keccak256 of its encoding',
    async () => {
      const { receipt } = await depositBase(h, h.l2.c, accounts.carol, 1n)
      const requests = receipt.logs
        .filter((l) => l.address.toLowerCase() === h.deployment.chainC.diamond.toLowerCase())
        .flatMap((l) => {
          try {
            const ev = decodeEventLog({ abi: mailboxAbi, data: l.data, topics: l.topics }) as any
            return ev.eventName === 'NewPriorityRequest' ? [ev.args] : []
          } catch {
            return []
          }
        })
      expect(requests).toHaveLength(1)
      // 127 on a ZKsync OS diamond, 255 on an Era one (`ZKChainBase.sol:111-112`, `Config.sol:24-30`, zkos-v0.30.2)
      expect(requests[0].transaction.txType).toBe(127n)
      const abiItem = (mailboxAbi as any[]).find((i) => i.type === 'event' && i.name === 'NewPriorityRequest')
      const txParam = abiItem.inputs.find((i: any) => i.name === 'transaction')
      expect(keccak256(encodeAbiParameters([txParam], [requests[0].transaction]))).toBe(requests[0].txHash)
    },
  )

  test.runIf(hasChain('c') && protocolMinor === 30)(
    'the ZKsync OS minimum L2 gas limit at 0.30 is 70,400, below the Era minimum',
    async () => {
      // max(21,000 + 16 per calldata byte, native * 10 / maxFeePerGas + 88 * 800) with the native term 0 at a
      // derived L2 gas price of at least 2.5e8 (`TransactionValidator.sol:116-149`, `Config.sol:93-114`)
      expect(await expectRevert(() => depositEthDirect(h.l2.c, accounts.carol, 1n, 70_399n))).toBe(
        'ValidateTxnNotEnoughGas',
      )
      expect((await depositEthDirect(h.l2.c, accounts.carol, 1n, 70_400n)).status).toBe('success')
    },
  )

  test.runIf(hasChain('d'))(
    'the custom-base ZKsync OS chain takes BTB for a base-token deposit and credits it as the native balance',
    async () => {
      const btb = h.deployment.tokens.baseTokenB
      const amount = 7n * 10n ** 18n
      const price = await gasPrice(h)
      const cost = await baseCost(h, h.l2.d.chainId, price, 300_000n)
      const before = await l1TokenBalance(h, btb, accounts.alice)
      const { receipt } = await depositBase(h, h.l2.d, accounts.carol, amount)
      expect(receipt.status).toBe('success')
      expect(before - (await l1TokenBalance(h, btb, accounts.alice))).toBe(cost + amount)
      expect(await h.l2.d.balanceOf(accounts.carol)).toBe(amount)
    },
  )

  test.runIf(hasChain('d'))(
    'ETH into the custom-base ZKsync OS chain is a bridged token; BTB withdrawn from it is paid on L1',
    async () => {
      const eth: Address = '0x0000000000000000000000000000000000000001'
      const { receipt } = await depositToken(h, h.l2.d, eth, parseEther('2'))
      expect(receipt.status).toBe('success')
      const l2Eth = await h.l2.d.l2TokenAddress(eth)
      expect(await h.l2.d.tokenBalanceOf(l2Eth, accounts.alice)).toBe(parseEther('2'))

      await depositBase(h, h.l2.d, accounts.alice, 5n * 10n ** 18n)
      const l2Hash = await h.l2Wallet(h.l2.d, 'alice').writeContract({
        address: L2_BASE_TOKEN,
        abi: readL2Abi(),
        functionName: 'withdraw',
        args: [accounts.carol],
        value: 3n * 10n ** 18n,
      })
      await h.l2.d.settle()
      const params = await finalizeParams(h.l2.d, l2Hash, L2_BASE_TOKEN)
      const before = await l1TokenBalance(h, h.deployment.tokens.baseTokenB, accounts.carol)
      expect((await finalize(params)).status).toBe('success')
      expect((await l1TokenBalance(h, h.deployment.tokens.baseTokenB, accounts.carol)) - before).toBe(3n * 10n ** 18n)
      expect(await expectRevert(() => finalize(params))).toBe('WithdrawalAlreadyFinalized')
    },
  )
})

function readL2Abi() {
  return [
    {
      type: 'function',
      name: 'withdraw',
      stateMutability: 'payable',
      inputs: [{ name: 'l1Receiver', type: 'address' }],
      outputs: [],
    },
    {
      type: 'function',
      name: 'withdraw',
      stateMutability: 'nonpayable',
      inputs: [
        { name: 'assetId', type: 'bytes32' },
        { name: 'assetData', type: 'bytes' },
      ],
      outputs: [],
    },
  ] as const
}
