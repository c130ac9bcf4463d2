import { MAX_UINT256 } from '../../../constants/numbers.js'
import { InvalidParameterError } from '../../../errors/common.js'
import { InconsistentValueError } from '../../../errors/deposit.js'

/**
 * Internal, the "price" stage of a priority request: the `mintValue` to send, which must cover the base cost and the
 * L2 value. The library holds every version to that: up to 0.30 the Mailbox reverts `MsgValueTooLow` below it
 * (Mailbox.sol:446 at zkos-v0.30.2), from 0.31 it checks only the base cost (Mailbox.sol:476 at draft-v31: "L2
 * msg.value can be anything, but if it's too low the tx will fail"), so an under-funded L2 value would pass L1 and
 * fail on L2. A given `mintValue` below it is an `InconsistentValueError`; a base cost and value that do not fit in
 * a uint256 together are an `InvalidParameterError` on the value's parameter.
 */
export function getMintValue(parameters: {
  baseCost: bigint
  l2Value: bigint
  /** The caller's `mintValue`, if given. */
  mintValue?: bigint | undefined
  /** The parameter that sets the L2 value: `amount` for a deposit, `l2Value` for `requestExecute`. */
  valueParameter: 'amount' | 'l2Value'
  route: string
}): bigint {
  const { baseCost, l2Value, valueParameter, route } = parameters
  const minimum = baseCost + l2Value
  if (minimum > MAX_UINT256)
    throw new InvalidParameterError({
      parameter: valueParameter,
      value: l2Value,
      expected: `at most ${MAX_UINT256 - baseCost} (2^256 - 1 less the base cost ${baseCost}, both minted on L2)`,
    })
  const mintValue = parameters.mintValue ?? minimum
  if (mintValue < minimum)
    throw new InconsistentValueError({
      parameter: 'mintValue',
      given: mintValue,
      expected: `at least ${minimum} (base cost ${baseCost}${l2Value > 0n ? ` + ${valueParameter} ${l2Value}` : ''})`,
      route,
    })
  return mintValue
}
