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

// ZKsync OS chains (`TransactionValidator.getMinimalPriorityTransactionGasLimit`, zksyncOS branch: :124-149 at
// zkos-v0.30.2 9ddc915c, :141-163 at draft-v31 4859b6fd). The worked minima at 800 gas per pubdata and the derived L2
// gas price 3.75e8 (10 gwei on L1 with the harness's fee parameters) were measured on the Mailbox of each version:
// 70,400 at 0.30 and 280,800 at 0.31 (where the Era floor 253,884 reverts `ValidateTxnNotEnoughGas`).
const V30 = 0x1e00000002n
const V31 = 0x1f00000000n
const zksyncOs = (calldataLength: number, protocolVersion: bigint, l2GasPrice: bigint) =>
  getMinimumL2GasLimit({ calldataLength, vm: 'zksync-os', protocolVersion, l2GasPrice })

test.each([
  // the pubdata term rules at the prices of a live chain: 88 (0.30) or 351 (0.31) times 800
  { calldataLength: 0, protocolVersion: V30, l2GasPrice: 375_000_000n, minimum: 70_400n },
  { calldataLength: 0, protocolVersion: V31, l2GasPrice: 375_000_000n, minimum: 280_800n },
  { calldataLength: 676, protocolVersion: V30, l2GasPrice: 375_000_000n, minimum: 70_400n },
  { calldataLength: 676, protocolVersion: V31, l2GasPrice: 375_000_000n, minimum: 280_800n },
  // the native term at a low L2 gas price: native = static + 6 keccak rounds * 17500 (800 bytes) + calldata
  // 0.30: (132500 + 105000) * 10 / 1e4 = 237; 0.31: (2875420 + 105000) * 10 / 1e5 = 298
  { calldataLength: 0, protocolVersion: V30, l2GasPrice: 10_000n, minimum: 70_400n + 237n },
  { calldataLength: 0, protocolVersion: V31, l2GasPrice: 100_000n, minimum: 280_800n + 298n },
  // a zero price buys native / 10000 gas
  { calldataLength: 0, protocolVersion: V30, l2GasPrice: 0n, minimum: 70_400n + 23n },
  { calldataLength: 0, protocolVersion: V31, l2GasPrice: 0n, minimum: 280_800n + 298n },
  // the calldata term rules for long calldata: 21000 + 16 per byte
  { calldataLength: 10_000, protocolVersion: V30, l2GasPrice: 375_000_000n, minimum: 181_000n },
  { calldataLength: 20_000, protocolVersion: V31, l2GasPrice: 375_000_000n, minimum: 341_000n },
  // versions before 0.30 had no ZKsync OS chains; a later 0.3x keeps the 0.31 constants
  { calldataLength: 0, protocolVersion: 0x2000000000n, l2GasPrice: 375_000_000n, minimum: 280_800n },
])(
  'ZKsync OS, protocol $protocolVersion, $calldataLength bytes at L2 gas price $l2GasPrice: $minimum',
  ({ calldataLength, protocolVersion, l2GasPrice, minimum }) => {
    expect(zksyncOs(calldataLength, protocolVersion, l2GasPrice)).toBe(minimum)
  },
)

test('ZKsync OS: each calldata byte beyond the keccak rounds adds native; the pubdata term scales with gasPerPubdata', () => {
  const at = (l2GasPrice: bigint, calldataLength: number) => zksyncOs(calldataLength, V31, l2GasPrice)
  // at price 10 the native term is the native resource itself: 2875420 + 7 * 17500 (32 bytes -> 832) + 32
  expect(at(10n, 32)).toBe(2_875_420n + 7n * 17_500n + 32n + 280_800n)
  expect(
    getMinimumL2GasLimit({
      calldataLength: 0,
      vm: 'zksync-os',
      protocolVersion: V30,
      l2GasPrice: 375_000_000n,
      gasPerPubdata: 1600n,
    }),
  ).toBe(140_800n)
})

test('the Era floor does not depend on the protocol version', () => {
  expect(getMinimumL2GasLimit({ calldataLength: 0, vm: 'era' })).toBe(253_884n)
})
