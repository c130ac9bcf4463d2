import { encodeAbiParameters, keccak256 } from 'viem'
import { expect, test } from 'vitest'
import { encodeNtvTransferData } from '../../src/utils/encodeNtvTransferData.js'
import { getDepositTxDataHash } from '../../src/utils/getDepositTxDataHash.js'

// Records the real L1Nullifier stored in `depositHappened` for two ERC-20 deposits of 12,345 units of the harness test
// token into chain 271, from 0x3C44…93BC to itself, once with each second-bridge encoding.
const sender = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'
const token = '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575'
const assetId = '0x9ffa303444ee75f85993718cd83cc2f1e2f72dcf172a4ce677a2676af9dd38c4'

test('legacy deposit: the hash the real nullifier stored', () => {
  expect(getDepositTxDataHash({ encoding: 'legacy', sender, token, amount: 12345n })).toBe(
    '0x8e3f858820d47156f1773529e0ccc7154f153736d46796a2e08f3255b3d6dd6f',
  )
})

test('0x01 deposit: the hash the real nullifier stored', () => {
  const transferData = encodeNtvTransferData({ amount: 12345n, receiver: sender, token })
  expect(getDepositTxDataHash({ encoding: 'assetId', sender, assetId, transferData })).toBe(
    '0x8f449d5f53290583b25fc91e399c86ad80a8f2a8906141ef059bfd8c65e6ada5',
  )
})

test('0x01 deposit: any change to the transfer data changes the hash (the claim needs the exact bytes)', () => {
  const original = encodeNtvTransferData({ amount: 12345n, receiver: sender, token })
  const withoutToken = encodeNtvTransferData({
    amount: 12345n,
    receiver: sender,
    token: '0x0000000000000000000000000000000000000000',
  })
  expect(getDepositTxDataHash({ encoding: 'assetId', sender, assetId, transferData: withoutToken })).not.toBe(
    getDepositTxDataHash({ encoding: 'assetId', sender, assetId, transferData: original }),
  )
})

test('legacy ETH deposit hashes ETH as 0x…01 whichever spelling is given', () => {
  const expected = keccak256(
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'address' }, { type: 'uint256' }],
      [sender, '0x0000000000000000000000000000000000000001', 5n],
    ),
  )
  expect(
    getDepositTxDataHash({
      encoding: 'legacy',
      sender,
      token: '0x0000000000000000000000000000000000000000',
      amount: 5n,
    }),
  ).toBe(expected)
  expect(
    getDepositTxDataHash({
      encoding: 'legacy',
      sender,
      token: '0x0000000000000000000000000000000000000001',
      amount: 5n,
    }),
  ).toBe(expected)
})
