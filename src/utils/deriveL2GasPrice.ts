import { BaseError } from 'viem'
import {
  L1_GAS_PER_PUBDATA_BYTE,
  PUBDATA_PRICING_MODE_ROLLUP,
  REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
} from '../constants/gas.js'

/** A chain's `FeeParams` (`ZKChainStorage.sol`); no getter exposes them; `decodeFeeParams` reads them from
 * diamond storage slot 38. */
export type FeeParams = {
  /** `0` Rollup (pays L1 pubdata), `1` Validium. */
  pubdataPricingMode: number
  batchOverheadL1Gas: bigint
  maxPubdataPerBatch: bigint
  maxL2GasPerBatch: bigint
  priorityTxMaxPubdata: bigint
  minimalL2GasPrice: bigint
}

export type DeriveL2GasPriceParameters = {
  /** The L1 gas price the request is sent with (`tx.gasprice`). */
  gasPrice: bigint
  /** Default `800n`. */
  gasPerPubdata?: bigint | undefined
  feeParams: Pick<
    FeeParams,
    'pubdataPricingMode' | 'batchOverheadL1Gas' | 'maxPubdataPerBatch' | 'maxL2GasPerBatch' | 'minimalL2GasPrice'
  >
  /** `baseTokenGasPriceMultiplierNominator()` of the diamond. */
  baseTokenGasPriceMultiplierNominator: bigint
  /** `baseTokenGasPriceMultiplierDenominator()` of the diamond; must not be 0. */
  baseTokenGasPriceMultiplierDenominator: bigint
}

/**
 * The L2 gas price, in the chain's base token, that the Mailbox charges a priority transaction sent at `gasPrice`
 * (`Mailbox._deriveL2GasPrice`); the base cost is this times `l2GasLimit`. Monotone in `gasPrice`. Throws, like the
 * contract (`BaseTokenGasPriceDenominatorNotSet`), when the denominator is 0.
 *
 * @example
 * import { deriveL2GasPrice } from 'zksync-l1-actions/utils'
 *
 * const l2GasPrice = deriveL2GasPrice({
 *   gasPrice: 30_000_000_000n,
 *   feeParams: {
 *     pubdataPricingMode: 0,
 *     batchOverheadL1Gas: 1_000_000n,
 *     maxPubdataPerBatch: 120_000n,
 *     maxL2GasPerBatch: 80_000_000n,
 *     minimalL2GasPrice: 250_000_000n,
 *   },
 *   baseTokenGasPriceMultiplierNominator: 1n,
 *   baseTokenGasPriceMultiplierDenominator: 1n,
 * }) // 950_000_000n
 * const baseCost = l2GasPrice * 300_000n
 */
export function deriveL2GasPrice({
  gasPrice,
  gasPerPubdata = REQUIRED_L2_GAS_PRICE_PER_PUBDATA,
  feeParams,
  baseTokenGasPriceMultiplierNominator,
  baseTokenGasPriceMultiplierDenominator,
}: DeriveL2GasPriceParameters): bigint {
  if (baseTokenGasPriceMultiplierDenominator === 0n)
    throw new BaseError('The base token gas price multiplier denominator is 0.', {
      metaMessages: ['The chain has no token multiplier set (`BaseTokenGasPriceDenominatorNotSet`).'],
    })
  const converted = (gasPrice * baseTokenGasPriceMultiplierNominator) / baseTokenGasPriceMultiplierDenominator
  const pubdataPrice =
    feeParams.pubdataPricingMode === PUBDATA_PRICING_MODE_ROLLUP ? L1_GAS_PER_PUBDATA_BYTE * converted : 0n
  const batchOverhead = feeParams.batchOverheadL1Gas * converted
  const fullPubdataPrice = pubdataPrice + batchOverhead / feeParams.maxPubdataPerBatch
  const l2GasPrice = feeParams.minimalL2GasPrice + batchOverhead / feeParams.maxL2GasPerBatch
  const minL2GasPriceForPubdata = (fullPubdataPrice + gasPerPubdata - 1n) / gasPerPubdata
  return l2GasPrice > minL2GasPriceForPubdata ? l2GasPrice : minL2GasPriceForPubdata
}
