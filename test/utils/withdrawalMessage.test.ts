import { concatHex, encodeAbiParameters, type Hex, size } from 'viem'
import { describe, expect, test } from 'vitest'
import { encodeAssetRouterWithdrawalMessage } from '../../src/utils/encodeAssetRouterWithdrawalMessage.js'
import { encodeBaseTokenWithdrawalMessage } from '../../src/utils/encodeBaseTokenWithdrawalMessage.js'
import { encodeLegacyErc20WithdrawalMessage } from '../../src/utils/encodeLegacyErc20WithdrawalMessage.js'
import { parseWithdrawalMessage } from '../../src/utils/parseWithdrawalMessage.js'

const l1Receiver = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const l2Sender = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const l1Token = '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575'
const assetId = '0x9ffa303444ee75f85993718cd83cc2f1e2f72dcf172a4ce677a2676af9dd38c4'
const erc20Metadata = concatHex([
  '0x01',
  encodeAbiParameters(
    [{ type: 'uint256' }, { type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }],
    [
      31337n,
      encodeAbiParameters([{ type: 'string' }], ['Test']),
      encodeAbiParameters([{ type: 'string' }], ['TST']),
      encodeAbiParameters([{ type: 'uint8' }], [18]),
    ],
  ),
])

describe('base-token messages (L2BaseToken, 0x6c0960f9)', () => {
  test('withdraw: 56 bytes, selector ‖ receiver ‖ amount', () => {
    const message = encodeBaseTokenWithdrawalMessage({ l1Receiver, amount: 10n ** 18n })
    expect(message).toBe(
      '0x6c0960f970997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000000000000de0b6b3a7640000',
    )
    expect(size(message)).toBe(56)
    expect(parseWithdrawalMessage(message)).toEqual({
      kind: 'base-token',
      l1Receiver,
      amount: 10n ** 18n,
      l2Sender: undefined,
      additionalData: undefined,
    })
  })

  test('withdrawWithMessage: appends the L2 sender and the additional data', () => {
    const message = encodeBaseTokenWithdrawalMessage({ l1Receiver, amount: 5n, l2Sender, additionalData: '0xdeadbeef' })
    expect(size(message)).toBe(80)
    expect(parseWithdrawalMessage(message)).toEqual({
      kind: 'base-token',
      l1Receiver,
      amount: 5n,
      l2Sender,
      additionalData: '0xdeadbeef',
    })
  })

  test('withdrawWithMessage with empty additional data: 76 bytes', () => {
    const message = encodeBaseTokenWithdrawalMessage({ l1Receiver, amount: 5n, l2Sender })
    expect(size(message)).toBe(76)
    expect(parseWithdrawalMessage(message)).toMatchObject({ kind: 'base-token', l2Sender, additionalData: '0x' })
  })

  test('shorter than 56 bytes is not a message the L1 accepts', () => {
    const message = encodeBaseTokenWithdrawalMessage({ l1Receiver, amount: 5n })
    expect(parseWithdrawalMessage(message.slice(0, -2) as Hex)).toEqual({ kind: 'unknown', selector: '0x6c0960f9' })
  })
})

describe('asset-router messages (L2AssetRouter, 0x9c884fd1)', () => {
  const parameters = {
    l2ChainId: 271n,
    assetId,
    originalCaller: l2Sender,
    l1Receiver,
    originToken: l1Token,
    amount: 12345n,
    erc20Metadata,
  } as const

  test('is packed: selector ‖ chain id ‖ asset id ‖ abi.encode(mint data), no offset word', () => {
    const message = encodeAssetRouterWithdrawalMessage(parameters)
    expect(message.slice(0, 10)).toBe('0x9c884fd1')
    expect(message.slice(10, 74)).toBe(271n.toString(16).padStart(64, '0'))
    expect(`0x${message.slice(74, 138)}`).toBe(assetId)
    // The mint data starts right after, with the original caller's address word.
    expect(message.slice(138, 202)).toBe(`000000000000000000000000${l2Sender.slice(2).toLowerCase()}`)
  })

  test('parses back to its fields', () => {
    expect(parseWithdrawalMessage(encodeAssetRouterWithdrawalMessage(parameters))).toEqual({
      kind: 'asset-router',
      ...parameters,
    })
  })

  test('without mint data it is unknown (not an NTV withdrawal)', () => {
    const message = encodeAssetRouterWithdrawalMessage(parameters).slice(0, 2 + 68 * 2) as Hex
    expect(parseWithdrawalMessage(message)).toEqual({ kind: 'unknown', selector: '0x9c884fd1' })
  })
})

describe('legacy ERC-20 messages (0x11a2ccc1)', () => {
  test('exactly 76 bytes: selector ‖ receiver ‖ token ‖ amount', () => {
    const message = encodeLegacyErc20WithdrawalMessage({ l1Receiver, l1Token, amount: 42n })
    expect(size(message)).toBe(76)
    expect(parseWithdrawalMessage(message)).toEqual({ kind: 'legacy-erc20', l1Receiver, l1Token, amount: 42n })
  })

  test('any other length is unknown, as the nullifier rejects it', () => {
    const message = encodeLegacyErc20WithdrawalMessage({ l1Receiver, l1Token, amount: 42n })
    expect(parseWithdrawalMessage(`${message}00`)).toEqual({ kind: 'unknown', selector: '0x11a2ccc1' })
    expect(parseWithdrawalMessage(message.slice(0, -2) as Hex)).toEqual({ kind: 'unknown', selector: '0x11a2ccc1' })
  })
})

describe('anything else', () => {
  test('another selector is unknown, with the selector', () => {
    expect(parseWithdrawalMessage(`0x12345678${'00'.repeat(60)}`)).toEqual({ kind: 'unknown', selector: '0x12345678' })
  })

  test('empty or shorter than a selector does not throw', () => {
    expect(parseWithdrawalMessage('0x')).toEqual({ kind: 'unknown', selector: '0x' })
    expect(parseWithdrawalMessage('0x6c09')).toEqual({ kind: 'unknown', selector: '0x6c09' })
  })

  test('upper-case hex is read the same', () => {
    const message = encodeBaseTokenWithdrawalMessage({ l1Receiver, amount: 1n })
    const upper = `0x${message.slice(2).toUpperCase()}` as Hex
    expect(parseWithdrawalMessage(upper)).toMatchObject({ kind: 'base-token', l1Receiver, amount: 1n })
  })
})
