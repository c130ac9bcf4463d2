import { expect, test } from 'vitest'
import { getMinimumL2GasLimit } from '../../src/utils/getMinimumL2GasLimit.js'

// Measured on the real MailboxFacet (era-contracts v29.4) through the real Bridgehub on anvil: for each case the
// request is accepted with exactly this l2GasLimit and reverts `ValidateTxnNotEnoughGas` with one gas less.
test.each([
  { calldataLength: 0, factoryDepsCount: 0, minimum: 253_884n },
  { calldataLength: 1, factoryDepsCount: 0, minimum: 253_884n },
  { calldataLength: 32, factoryDepsCount: 0, minimum: 253_884n },
  { calldataLength: 33, factoryDepsCount: 0, minimum: 253_884n },
  { calldataLength: 676, factoryDepsCount: 0, minimum: 258_924n },
  { calldataLength: 1000, factoryDepsCount: 0, minimum: 262_124n },
  { calldataLength: 5000, factoryDepsCount: 0, minimum: 313_526n },
  { calldataLength: 0, factoryDepsCount: 1, minimum: 305_084n },
  { calldataLength: 100, factoryDepsCount: 2, minimum: 357_923n },
])(
  '$calldataLength bytes of calldata, $factoryDepsCount factory deps: $minimum',
  ({ calldataLength, factoryDepsCount, minimum }) => {
    expect(getMinimumL2GasLimit({ calldataLength, factoryDepsCount })).toBe(minimum)
  },
)

test('defaults: no factory deps and 800 gas per pubdata byte', () => {
  expect(getMinimumL2GasLimit({ calldataLength: 0 })).toBe(253_884n)
  expect(getMinimumL2GasLimit({ calldataLength: 0, gasPerPubdata: 800n })).toBe(253_884n)
})

test('the pubdata part scales with gasPerPubdata', () => {
  expect(getMinimumL2GasLimit({ calldataLength: 0, gasPerPubdata: 0n })).toBe(253_884n - 800n * 88n)
  expect(getMinimumL2GasLimit({ calldataLength: 0, gasPerPubdata: 1600n })).toBe(253_884n + 800n * 88n)
})

test('grows with calldata only once a new 32-byte word starts', () => {
  const at = (calldataLength: number) => getMinimumL2GasLimit({ calldataLength })
  for (let words = 20; words < 60; words++) {
    expect(at(words * 32)).toBe(at(words * 32 - 31))
    expect(at(words * 32 + 1)).toBeGreaterThan(at(words * 32))
  }
})
