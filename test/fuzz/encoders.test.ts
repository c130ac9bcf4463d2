/**
 * Property tests (fast-check, 1,000 cases each) of the pure encoders and parsers, against independent references:
 * second-bridge calldata roundtrip, asset ids vs a hand-built keccak, aliasing and its inverse (mod 2^160 edges),
 * priority-request extraction among unrelated logs, and withdrawal messages (roundtrip per kind; random bytes never
 * throw). The contract oracles are in `oracle.test.ts`.
 */
import fc from 'fast-check'
import {
  type Address,
  concatHex,
  encodeAbiParameters,
  encodeEventTopics,
  getAddress,
  type Hex,
  keccak256,
  numberToHex,
  pad,
  toHex,
} from 'viem'
import { describe, expect, test } from 'vitest'
import { zkChainAbi } from '../../src/abis/zkChain.js'
import { decodeSecondBridgeCalldata } from '../../src/utils/decodeSecondBridgeCalldata.js'
import { encodeAssetRouterWithdrawalMessage } from '../../src/utils/encodeAssetRouterWithdrawalMessage.js'
import { encodeBaseTokenWithdrawalMessage } from '../../src/utils/encodeBaseTokenWithdrawalMessage.js'
import { encodeLegacyErc20WithdrawalMessage } from '../../src/utils/encodeLegacyErc20WithdrawalMessage.js'
import { encodeSecondBridgeCalldata } from '../../src/utils/encodeSecondBridgeCalldata.js'
import { extractPriorityRequests } from '../../src/utils/extractPriorityRequests.js'
import {
  getL2CanonicalTransactionHash,
  type L2CanonicalTransaction,
} from '../../src/utils/getL2CanonicalTransactionHash.js'
import { getNtvAssetId } from '../../src/utils/getNtvAssetId.js'
import { applyL1ToL2Alias, undoL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'
import { parseWithdrawalMessage } from '../../src/utils/parseWithdrawalMessage.js'

const RUNS = { numRuns: 1000 }
const MOD = 2n ** 160n
const OFFSET = 0x1111000000000000000000000000000000001111n

const uint256 = fc.bigInt({ min: 0n, max: 2n ** 256n - 1n })
const bytes = (max = 200) => fc.uint8Array({ maxLength: max }).map((b) => toHex(b))
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => toHex(b))
/** addresses biased to the edges: 0, 1, ETH sentinels, system contracts, around the alias offset and 2^160 */
const address = fc
  .oneof(
    { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: MOD - 1n }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        0n,
        1n,
        0x8001n,
        0x800an,
        0x10003n,
        OFFSET - 1n,
        OFFSET,
        MOD - OFFSET,
        MOD - OFFSET - 1n,
        MOD - 1n,
      ),
    },
  )
  .map((n) => getAddress(numberToHex(n, { size: 20 })))
const lower = (a: Address) => a.toLowerCase()

describe('second-bridge calldata', () => {
  test('legacy: decode(encode(x)) = x, ETH as 0x…00 encoded as 0x…01, and the data is three words', () => {
    fc.assert(
      fc.property(address, uint256, address, (token, amount, l2Receiver) => {
        const data = encodeSecondBridgeCalldata({ encoding: 'legacy', token, amount, l2Receiver })
        expect(data.length).toBe(2 + 3 * 64)
        const decoded = decodeSecondBridgeCalldata(data)
        const expectedToken = BigInt(token) === 0n ? '0x0000000000000000000000000000000000000001' : token
        expect(decoded).toEqual({ encoding: 'legacy', token: getAddress(expectedToken), amount, l2Receiver })
      }),
      RUNS,
    )
  })

  test('assetId (0x01): decode(encode(x)) = x and the transfer data is abi.encode(amount, receiver, token)', () => {
    fc.assert(
      fc.property(bytes32, uint256, address, address, (assetId, amount, l2Receiver, token) => {
        const data = encodeSecondBridgeCalldata({ encoding: 'assetId', assetId, amount, l2Receiver, token })
        expect(data.slice(0, 4)).toBe('0x01')
        const decoded = decodeSecondBridgeCalldata(data)
        expect(decoded).toEqual({
          encoding: 'assetId',
          assetId,
          transferData: encodeAbiParameters(
            [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
            [amount, l2Receiver, token],
          ),
          amount,
          l2Receiver,
          token,
        })
      }),
      RUNS,
    )
  })

  test('any first byte other than 0x00/0x01 decodes as unknown with that version, never as a deposit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 255 }), bytes(300), (version, rest) => {
        const data = concatHex([numberToHex(version, { size: 1 }), rest])
        expect(decodeSecondBridgeCalldata(data)).toEqual({
          encoding: 'unknown',
          version: numberToHex(version, { size: 1 }),
        })
      }),
      RUNS,
    )
  })
})

describe('asset ids', () => {
  test('getNtvAssetId = keccak(uint256 chainId ‖ pad(0x…10004) ‖ pad(token)), built word by word', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }), address, (originChainId, token) => {
        const t = BigInt(token) === 0n ? '0x0000000000000000000000000000000000000001' : token
        const reference = keccak256(
          concatHex([numberToHex(originChainId, { size: 32 }), pad('0x010004'), pad(lower(t) as Hex)]),
        )
        expect(getNtvAssetId({ originChainId, token })).toBe(reference)
      }),
      RUNS,
    )
  })

  test('a chain id given as number or bigint gives the same id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), address, (id, token) => {
        expect(getNtvAssetId({ originChainId: id, token })).toBe(getNtvAssetId({ originChainId: BigInt(id), token }))
      }),
      RUNS,
    )
  })
})

describe('address aliasing', () => {
  test('apply = (a + 0x1111…1111) mod 2^160, undo is its inverse both ways, results are checksummed', () => {
    fc.assert(
      fc.property(address, (a) => {
        const aliased = applyL1ToL2Alias(a)
        expect(BigInt(aliased)).toBe((BigInt(a) + OFFSET) % MOD)
        expect(aliased).toBe(getAddress(aliased))
        expect(undoL1ToL2Alias(aliased)).toBe(getAddress(a))
        expect(applyL1ToL2Alias(undoL1ToL2Alias(a))).toBe(getAddress(a))
        expect(BigInt(undoL1ToL2Alias(a))).toBe((BigInt(a) - OFFSET + MOD) % MOD)
      }),
      RUNS,
    )
  })

  test('lowercase and checksummed inputs alias alike', () => {
    fc.assert(
      fc.property(address, (a) => {
        expect(applyL1ToL2Alias(lower(a) as Address)).toBe(applyL1ToL2Alias(a))
      }),
      RUNS,
    )
  })
})

const transaction: fc.Arbitrary<L2CanonicalTransaction> = fc.record({
  txType: fc.constantFrom(0xffn, 0x7fn),
  from: fc.bigInt({ min: 0n, max: MOD - 1n }),
  to: fc.bigInt({ min: 0n, max: MOD - 1n }),
  gasLimit: uint256,
  gasPerPubdataByteLimit: fc.constant(800n),
  maxFeePerGas: uint256,
  maxPriorityFeePerGas: fc.constant(0n),
  paymaster: fc.constant(0n),
  nonce: fc.bigInt({ min: 0n, max: 2n ** 64n }),
  value: uint256,
  reserved: fc.tuple(uint256, fc.bigInt({ min: 0n, max: MOD - 1n }), fc.constant(0n), fc.constant(0n)),
  data: bytes(100),
  signature: fc.constant('0x' as Hex),
  factoryDeps: fc.array(uint256, { maxLength: 2 }),
  paymasterInput: fc.constant('0x' as Hex),
  reservedDynamic: fc.constant('0x' as Hex),
})

const NEW_PRIORITY_REQUEST = encodeEventTopics({ abi: zkChainAbi, eventName: 'NewPriorityRequest' })[0]
const DIAMOND: Address = '0x1234567890123456789012345678901234567890'

function priorityLog(address: Address, txId: bigint, tx: L2CanonicalTransaction) {
  const event = zkChainAbi.find((x) => x.type === 'event' && x.name === 'NewPriorityRequest')!
  const data = encodeAbiParameters(
    event.inputs as never,
    [txId, getL2CanonicalTransactionHash(tx), 0n, tx, []] as never,
  )
  return { address, topics: [NEW_PRIORITY_REQUEST] as Hex[], data }
}

describe('L2 hash extraction from receipts', () => {
  test('returns exactly the diamond’s NewPriorityRequest logs, in order, among logs of other addresses and topics', () => {
    const other = fc.oneof(
      // another contract emitting the same event (another chain's diamond, a Gateway)
      fc
        .tuple(address, fc.bigInt({ min: 0n, max: 2n ** 64n }), transaction)
        .map(([a, id, tx]) =>
          BigInt(a) === BigInt(DIAMOND)
            ? { address: a, topics: [keccak256('0x01')], data: '0x' as Hex }
            : priorityLog(a, id, tx),
        ),
      // the diamond emitting something else (NewPriorityRequestId, random topics, no topic)
      fc.tuple(fc.array(bytes32, { maxLength: 4 }), bytes(96)).map(([topics, data]) => ({
        address: DIAMOND,
        topics: topics.filter((t) => t !== NEW_PRIORITY_REQUEST) as Hex[],
        data,
      })),
    )
    const entry = fc.oneof(
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.bigInt({ min: 0n, max: 2n ** 64n }), transaction)
          .map(([id, tx]) => ({ mine: true as const, id, tx })),
      },
      { weight: 2, arbitrary: other.map((log) => ({ mine: false as const, log })) },
    )
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), fc.boolean(), (entries, lowercase) => {
        const logs = entries.map((e) => (e.mine ? priorityLog(DIAMOND, e.id, e.tx) : e.log))
        const diamondAddress = (lowercase ? lower(DIAMOND) : DIAMOND) as Address
        const found = extractPriorityRequests({ logs, diamondAddress })
        const mine = entries.filter((e) => e.mine)
        expect(found.map((r) => r.txId)).toEqual(mine.map((e) => e.id))
        expect(found.map((r) => r.txHash)).toEqual(mine.map((e) => getL2CanonicalTransactionHash(e.tx)))
        for (const r of found) expect(getL2CanonicalTransactionHash(r.transaction)).toBe(r.txHash)
      }),
      RUNS,
    )
  })
})

describe('withdrawal messages', () => {
  test('base token (56 bytes, or ≥ 76 with sender and data): parse(encode(x)) = x', () => {
    fc.assert(
      fc.property(address, uint256, fc.option(fc.tuple(address, bytes(80))), (l1Receiver, amount, extended) => {
        const message = extended
          ? encodeBaseTokenWithdrawalMessage({ l1Receiver, amount, l2Sender: extended[0], additionalData: extended[1] })
          : encodeBaseTokenWithdrawalMessage({ l1Receiver, amount })
        expect(parseWithdrawalMessage(message)).toEqual({
          kind: 'base-token',
          l1Receiver,
          amount,
          l2Sender: extended ? extended[0] : undefined,
          additionalData: extended ? extended[1] : undefined,
        })
      }),
      RUNS,
    )
  })

  test('asset router: parse(encode(x)) = x', () => {
    fc.assert(
      fc.property(
        uint256,
        bytes32,
        address,
        address,
        address,
        uint256,
        bytes(200),
        (l2ChainId, assetId, originalCaller, l1Receiver, originToken, amount, erc20Metadata) => {
          const x = { l2ChainId, assetId, originalCaller, l1Receiver, originToken, amount, erc20Metadata }
          expect(parseWithdrawalMessage(encodeAssetRouterWithdrawalMessage(x))).toEqual({ kind: 'asset-router', ...x })
        },
      ),
      RUNS,
    )
  })

  test('legacy ERC-20 (exactly 76 bytes): parse(encode(x)) = x; one byte more or less is unknown', () => {
    fc.assert(
      fc.property(address, address, uint256, fc.constantFrom(-1, 0, 1), (l1Receiver, l1Token, amount, delta) => {
        const message = encodeLegacyErc20WithdrawalMessage({ l1Receiver, l1Token, amount })
        const changed = (delta < 0 ? message.slice(0, -2) : delta > 0 ? `${message}00` : message) as Hex
        expect(parseWithdrawalMessage(changed)).toEqual(
          delta === 0
            ? { kind: 'legacy-erc20', l1Receiver, l1Token, amount }
            : { kind: 'unknown', selector: '0x11a2ccc1' },
        )
      }),
      RUNS,
    )
  })

  test('random bytes, and random bytes behind each known selector, never throw', () => {
    const selector = fc.constantFrom('0x', '0x6c0960f9', '0x9c884fd1', '0x11a2ccc1')
    fc.assert(
      fc.property(selector, bytes(400), (s, rest) => {
        const parsed = parseWithdrawalMessage(concatHex([s as Hex, rest]))
        expect(['base-token', 'asset-router', 'legacy-erc20', 'unknown']).toContain(parsed.kind)
      }),
      RUNS,
    )
  })
})
