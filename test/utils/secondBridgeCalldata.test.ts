import { concatHex, encodeAbiParameters, type Hex, size, sliceHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { decodeSecondBridgeCalldata } from '../../src/utils/decodeSecondBridgeCalldata.js'
import { encodeNtvTransferData } from '../../src/utils/encodeNtvTransferData.js'
import { encodeSecondBridgeCalldata } from '../../src/utils/encodeSecondBridgeCalldata.js'

const token = '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575'
const l2Receiver = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const assetId = '0x9ffa303444ee75f85993718cd83cc2f1e2f72dcf172a4ce677a2676af9dd38c4'

describe('encodeSecondBridgeCalldata', () => {
  test('legacy form is abi.encode(token, amount, l2Receiver), 96 bytes starting with 0x00', () => {
    const data = encodeSecondBridgeCalldata({ encoding: 'legacy', token, amount: 12345n, l2Receiver })
    expect(data).toBe(
      encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }, { type: 'address' }], [token, 12345n, l2Receiver]),
    )
    expect(size(data)).toBe(96)
    expect(sliceHex(data, 0, 1)).toBe('0x00')
  })

  test('legacy form encodes ETH given as the zero address as 0x…01', () => {
    const data = encodeSecondBridgeCalldata({
      encoding: 'legacy',
      token: '0x0000000000000000000000000000000000000000',
      amount: 1n,
      l2Receiver,
    })
    expect(sliceHex(data, 0, 32)).toBe(`0x${'00'.repeat(31)}01`)
  })

  // The exact bytes the real L1AssetRouter accepted in the harness deposit that stored the 0x8f449d5f… record.
  test('0x01 form is 0x01 ‖ abi.encode(assetId, abi.encode(amount, l2Receiver, token))', () => {
    const data = encodeSecondBridgeCalldata({ encoding: 'assetId', assetId, amount: 12345n, l2Receiver, token })
    const transferData: Hex =
      '0x00000000000000000000000000000000000000000000000000000000000030390000000000000000000000003c44cdddb6a900fa2b585dd299e03d12fa4293bc000000000000000000000000b7278a61aa25c888815afc32ad3cc52ff24fe575'
    expect(encodeNtvTransferData({ amount: 12345n, receiver: l2Receiver, token })).toBe(transferData)
    expect(data).toBe(
      concatHex(['0x01', encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes' }], [assetId, transferData])]),
    )
  })

  test('0x01 form keeps a zero token as is (the "asset id alone" case)', () => {
    const zero = '0x0000000000000000000000000000000000000000'
    const data = encodeSecondBridgeCalldata({ encoding: 'assetId', assetId, amount: 1n, l2Receiver, token: zero })
    const decoded = decodeSecondBridgeCalldata(data)
    expect(decoded.encoding === 'assetId' && decoded.token).toBe(zero)
  })
})

describe('decodeSecondBridgeCalldata', () => {
  test('inverts the legacy form', () => {
    const data = encodeSecondBridgeCalldata({ encoding: 'legacy', token, amount: 10n ** 30n, l2Receiver })
    expect(decodeSecondBridgeCalldata(data)).toEqual({ encoding: 'legacy', token, amount: 10n ** 30n, l2Receiver })
  })

  test('inverts the 0x01 form and returns the raw transfer data', () => {
    const data = encodeSecondBridgeCalldata({ encoding: 'assetId', assetId, amount: 7n, l2Receiver, token })
    expect(decodeSecondBridgeCalldata(data)).toEqual({
      encoding: 'assetId',
      assetId,
      transferData: encodeNtvTransferData({ amount: 7n, receiver: l2Receiver, token }),
      amount: 7n,
      l2Receiver,
      token,
    })
  })

  test('reports other version bytes as unknown', () => {
    const data = concatHex([
      '0x02',
      encodeAbiParameters([{ type: 'bytes32' }, { type: 'address' }], [assetId, l2Receiver]),
    ])
    expect(decodeSecondBridgeCalldata(data)).toEqual({ encoding: 'unknown', version: '0x02' })
  })

  test('throws on a truncated legacy calldata', () => {
    expect(() => decodeSecondBridgeCalldata(`0x${'00'.repeat(64)}`)).toThrow()
  })
})
