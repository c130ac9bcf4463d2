import { expect, test } from 'vitest'
import { decodeFeeParams } from '../../src/utils/decodeFeeParams.js'
import { deriveL2GasPrice } from '../../src/utils/deriveL2GasPrice.js'

// The word at slot 38 of both harness diamonds, written by the real DiamondInit from the deploy's fee params.
const feeParamsWord = '0x00000000000000000000000ee6b280000182b804c4b4000001d4c0000f424000'
const feeParams = {
  pubdataPricingMode: 0,
  batchOverheadL1Gas: 1_000_000n,
  maxPubdataPerBatch: 120_000n,
  maxL2GasPerBatch: 80_000_000n,
  priorityTxMaxPubdata: 99_000n,
  minimalL2GasPrice: 250_000_000n,
}

test('decodeFeeParams unpacks the packed FeeParams word of a real diamond', () => {
  expect(decodeFeeParams(feeParamsWord)).toEqual(feeParams)
})

// `l2TransactionBaseCost(gasPrice, 1, 800)` of the real MailboxFacet: chain 271 (ETH, multiplier 1/1) and chain 272
// (ERC-20 base token, multiplier 5/2).
test.each([
  { gasPrice: 0n, nominator: 1n, denominator: 1n, expected: 250_000_000n },
  { gasPrice: 7n, nominator: 1n, denominator: 1n, expected: 250_000_000n },
  { gasPrice: 1_000_000_000n, nominator: 1n, denominator: 1n, expected: 262_500_000n },
  { gasPrice: 30_000_000_000n, nominator: 1n, denominator: 1n, expected: 950_000_000n },
  { gasPrice: 123_456_789_012n, nominator: 1n, denominator: 1n, expected: 3_909_464_986n },
  { gasPrice: 0n, nominator: 5n, denominator: 2n, expected: 250_000_000n },
  { gasPrice: 1_000_000_000n, nominator: 5n, denominator: 2n, expected: 281_250_000n },
  { gasPrice: 30_000_000_000n, nominator: 5n, denominator: 2n, expected: 2_375_000_000n },
  { gasPrice: 123_456_789_012n, nominator: 5n, denominator: 2n, expected: 9_773_662_464n },
])(
  'gas price $gasPrice, multiplier $nominator/$denominator: $expected per L2 gas, as the Mailbox',
  ({ gasPrice, nominator, denominator, expected }) => {
    expect(
      deriveL2GasPrice({
        gasPrice,
        feeParams,
        baseTokenGasPriceMultiplierNominator: nominator,
        baseTokenGasPriceMultiplierDenominator: denominator,
      }),
    ).toBe(expected)
  },
)

test('a validium pays no pubdata price: the minimal price plus the batch overhead share', () => {
  const price = deriveL2GasPrice({
    gasPrice: 30_000_000_000n,
    feeParams: { ...feeParams, pubdataPricingMode: 1 },
    baseTokenGasPriceMultiplierNominator: 1n,
    baseTokenGasPriceMultiplierDenominator: 1n,
  })
  expect(price).toBe(250_000_000n + (1_000_000n * 30_000_000_000n) / 80_000_000n)
})

test('is monotone in the gas price', () => {
  let previous = 0n
  for (let gasPrice = 0n; gasPrice < 200_000_000_000n; gasPrice += 3_333_333_333n) {
    const price = deriveL2GasPrice({
      gasPrice,
      feeParams,
      baseTokenGasPriceMultiplierNominator: 5n,
      baseTokenGasPriceMultiplierDenominator: 2n,
    })
    expect(price).toBeGreaterThanOrEqual(previous)
    previous = price
  }
})

test('throws when the multiplier denominator is 0, as the contract reverts', () => {
  expect(() =>
    deriveL2GasPrice({
      gasPrice: 1n,
      feeParams,
      baseTokenGasPriceMultiplierNominator: 1n,
      baseTokenGasPriceMultiplierDenominator: 0n,
    }),
  ).toThrow(/denominator is 0/)
})
