import { type Address, getAddress, hexToBigInt, numberToHex } from 'viem'
import { expect, test } from 'vitest'
import { applyL1ToL2Alias, undoL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'

const OFFSET = 0x1111000000000000000000000000000000001111n
const MODULUS = 1n << 160n

test('aliases the L1AssetRouter of the harness to the sender the L2AssetRouter expects', () => {
  expect(applyL1ToL2Alias('0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6')).toBe(
    '0x338AB7A0A67DB372996A5Fab50d91eAA73D2Fcf7',
  )
  expect(undoL1ToL2Alias('0x338AB7A0A67DB372996A5Fab50d91eAA73D2Fcf7')).toBe(
    '0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6',
  )
})

test('wraps around 2^160 in both directions', () => {
  expect(applyL1ToL2Alias('0x0000000000000000000000000000000000000000')).toBe(
    '0x1111000000000000000000000000000000001111',
  )
  expect(applyL1ToL2Alias('0xffffffffffffffffffffffffffffffffffffffff')).toBe(
    '0x1111000000000000000000000000000000001110',
  )
  expect(undoL1ToL2Alias('0x0000000000000000000000000000000000000000')).toBe(
    getAddress('0xeeeeffffffffffffffffffffffffffffffffeeef'),
  )
  expect(undoL1ToL2Alias('0x1111000000000000000000000000000000001110')).toBe(
    getAddress('0xffffffffffffffffffffffffffffffffffffffff'),
  )
})

test('accepts lowercase input and returns checksummed addresses', () => {
  const aliased = applyL1ToL2Alias('0x2279b7a0a67db372996a5fab50d91eaa73d2ebe6')
  expect(aliased).toBe(getAddress(aliased))
})

/** mulberry32: a small seeded PRNG, so the property run is the same every time (fast-check is not a dependency). */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

test('property, 1,000 seeded addresses: undo inverts apply, apply inverts undo, apply adds the offset mod 2^160', () => {
  const random = prng(0x5eed)
  const word = () => BigInt(Math.floor(random() * 2 ** 32))
  for (let i = 0; i < 1_000; i++) {
    // Mix in edge values: near 0 and near 2^160, where the sum wraps.
    let value = (word() << 128n) | (word() << 96n) | (word() << 64n) | (word() << 32n) | word()
    if (i % 10 === 1) value = word()
    if (i % 10 === 2) value = MODULUS - 1n - word()
    const address = numberToHex(value, { size: 20 }) as Address
    const aliased = applyL1ToL2Alias(address)
    expect(hexToBigInt(aliased)).toBe((value + OFFSET) % MODULUS)
    expect(undoL1ToL2Alias(aliased)).toBe(getAddress(address))
    expect(applyL1ToL2Alias(undoL1ToL2Alias(address))).toBe(getAddress(address))
  }
})
