import { expect, test } from 'vitest'
import { getNtvAssetId } from '../../src/utils/getNtvAssetId.js'

test('ETH on L1 chain 1 has the mainnet ETH asset id', () => {
  expect(getNtvAssetId({ originChainId: 1n, token: '0x0000000000000000000000000000000000000001' })).toBe(
    '0x05e1c3ae4b9732444ae25217ac7666e46fa365fee1768de00c9fcb65532b7609',
  )
})

test('ETH given as the zero address gets the same id as 0x…01', () => {
  expect(getNtvAssetId({ originChainId: 1, token: '0x0000000000000000000000000000000000000000' })).toBe(
    '0x05e1c3ae4b9732444ae25217ac7666e46fa365fee1768de00c9fcb65532b7609',
  )
})

// Ids the real Bridgehub and L1NativeTokenVault registered on the anvil L1 (chain id 31337) of the test harness.
test('ETH and an ERC-20 on L1 31337 match the ids the real contracts registered', () => {
  expect(getNtvAssetId({ originChainId: 31337n, token: '0x0000000000000000000000000000000000000001' })).toBe(
    '0x8df3463b1850eb1d8d1847743ea155aef6b16074db8ba81d897dc30554fb2085',
  )
  expect(getNtvAssetId({ originChainId: 31337n, token: '0x36C02dA8a0983159322a80FFE9F24b1acfF8B570' })).toBe(
    '0xd5ddf93bbbff69f6e8d1481a3691a809387de8a7e027e352f5f558e60670557c',
  )
  expect(getNtvAssetId({ originChainId: 31337n, token: '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575' })).toBe(
    '0x9ffa303444ee75f85993718cd83cc2f1e2f72dcf172a4ce677a2676af9dd38c4',
  )
})

test('the origin chain and the address case matter as the contracts say: chain yes, case no', () => {
  const token = '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575'
  expect(getNtvAssetId({ originChainId: 1n, token })).not.toBe(getNtvAssetId({ originChainId: 31337n, token }))
  expect(getNtvAssetId({ originChainId: 1n, token: token.toLowerCase() as typeof token })).toBe(
    getNtvAssetId({ originChainId: 1n, token }),
  )
})
