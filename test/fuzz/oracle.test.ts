/**
 * Property tests where a contract on the harness is the oracle: 1,000 random deposits each, checked in batches of 250
 * per `eth_call` through Multicall3 (4 requests per property).
 * - `getDepositTxDataHash` (the record a failed deposit is claimed against) equals `L1Nullifier.encodeTxDataHash`,
 *   for the `0x01` encoding (any asset id, any transfer data) and the legacy encoding (the registered tokens, whose
 *   address the nullifier looks up in the vault).
 * - `getNtvAssetId` equals what `L1NativeTokenVault.assetId` stores, for every token registered on the harness (a
 *   handful: the vault has no pure view for an unregistered token; the keccak reference in `encoders.test.ts` covers
 *   the rest).
 */
import fc from 'fast-check'
import { type Address, getAddress, type Hex, numberToHex, toHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { l1NativeTokenVaultAbi } from '../../src/abis/l1NativeTokenVault.js'
import { l1NullifierAbi } from '../../src/abis/l1Nullifier.js'
import { encodeNtvTransferData } from '../../src/utils/encodeNtvTransferData.js'
import { getDepositTxDataHash } from '../../src/utils/getDepositTxDataHash.js'
import { getNtvAssetId } from '../../src/utils/getNtvAssetId.js'
import { readArtifact } from '../harness/artifacts.js'
import { useHarness } from '../harness/index.js'

const h = useHarness({ chains: [] })

/** TST and NRT are registered in the vault by their first deposit; register them here (anyone may). */
async function registerTokens() {
  const { testToken, noReturnToken } = h.deployment.tokens
  for (const token of [testToken, noReturnToken])
    await h.l1.waitForTransactionReceipt({
      hash: await h.alice.writeContract({
        address: h.deployment.l1NativeTokenVault,
        abi: readArtifact('L1NativeTokenVault').abi,
        functionName: 'registerToken',
        args: [token],
      }),
    })
}
const BATCH = 250
const BATCHES = { numRuns: 4, endOnFailure: true } // 4 x 250 = 1,000 cases per property; no shrinking of a batch
const L1_CHAIN_ID = 31337n

const uint256 = fc.bigInt({ min: 0n, max: 2n ** 256n - 1n })
const address = fc.bigInt({ min: 0n, max: 2n ** 160n - 1n }).map((n) => getAddress(numberToHex(n, { size: 20 })))
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => toHex(b))

/** One eth_call for a batch of encodeTxDataHash calls. */
async function oracle(calls: { version: Hex; sender: Address; assetId: Hex; transferData: Hex }[]) {
  return h.l1.multicall({
    allowFailure: false,
    batchSize: 0,
    contracts: calls.map((c) => ({
      address: h.deployment.l1Nullifier,
      abi: l1NullifierAbi,
      functionName: 'encodeTxDataHash' as const,
      args: [c.version, c.sender, c.assetId, c.transferData] as const,
    })),
  })
}

describe('the L1Nullifier is the oracle of getDepositTxDataHash', () => {
  test('0x01 encoding: 1,000 random (sender, asset id, transfer data)', async () => {
    const deposit = fc.record({
      sender: address,
      assetId: bytes32,
      transferData: fc.oneof(
        fc
          .tuple(uint256, address, address)
          .map(([amount, receiver, token]) => encodeNtvTransferData({ amount, receiver, token })),
        fc.uint8Array({ maxLength: 160 }).map((b) => toHex(b)), // any bytes: the record hashes them as given
      ),
    })
    let checked = 0
    await fc.assert(
      fc.asyncProperty(fc.array(deposit, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const expected = await oracle(batch.map((d) => ({ version: '0x01', ...d })))
        expect(batch.map((d) => getDepositTxDataHash({ encoding: 'assetId', ...d }))).toEqual(expected)
        checked += batch.length
      }),
      BATCHES,
    )
    expect(checked).toBe(1_000)
  })

  test('legacy encoding: 1,000 random (sender, registered token, amount)', async () => {
    await registerTokens()
    const { testToken, noReturnToken, baseTokenB } = h.deployment.tokens
    const deposit = fc.record({
      sender: address,
      token: fc.constantFrom<Address>(
        testToken,
        noReturnToken,
        baseTokenB,
        '0x0000000000000000000000000000000000000001',
      ),
      amount: uint256,
      receiver: address,
    })
    let checked = 0
    await fc.assert(
      fc.asyncProperty(fc.array(deposit, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const expected = await oracle(
          batch.map((d) => ({
            version: '0x00',
            sender: d.sender,
            assetId: getNtvAssetId({ originChainId: L1_CHAIN_ID, token: d.token }),
            transferData: encodeNtvTransferData({ amount: d.amount, receiver: d.receiver, token: d.token }),
          })),
        )
        const ours = batch.map((d) =>
          getDepositTxDataHash({ encoding: 'legacy', sender: d.sender, token: d.token, amount: d.amount }),
        )
        expect(ours).toEqual(expected)
        checked += batch.length
      }),
      BATCHES,
    )
    expect(checked).toBe(1_000)
  })
})

describe('the L1NativeTokenVault is the oracle of getNtvAssetId', () => {
  test('every registered harness token (ETH as 0x…00 and 0x…01 alike)', async () => {
    await registerTokens()
    const { testToken, noReturnToken, baseTokenB } = h.deployment.tokens
    const tokens: Address[] = [
      testToken,
      noReturnToken,
      baseTokenB,
      '0x0000000000000000000000000000000000000001',
      '0x0000000000000000000000000000000000000000',
    ]
    const stored = await h.l1.multicall({
      allowFailure: false,
      contracts: tokens.map((token) => ({
        address: h.deployment.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName: 'assetId' as const,
        args: [BigInt(token) === 0n ? '0x0000000000000000000000000000000000000001' : token] as const,
      })),
    })
    expect(tokens.map((token) => getNtvAssetId({ originChainId: L1_CHAIN_ID, token }))).toEqual(stored)
  })
})
