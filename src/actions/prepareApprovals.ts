import {
  type Address,
  type CallErrorType,
  type Chain,
  type Client,
  encodeFunctionData,
  type Hex,
  type Transport,
} from 'viem'
import { call } from 'viem/actions'
import { getAction } from 'viem/utils'
import { erc20Abi } from '../abis/erc20.js'
import { MAX_UINT256 } from '../constants/numbers.js'
import type { ErrorType } from '../errors/base.js'
import {
  type InvalidAddressParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
} from '../errors/common.js'
import { assertAddress, assertUint } from './internal/assertParameters.js'

/** A plain L1 transaction request, for `sendTransaction`, `sendCalls` (EIP-5792) or a multisig. */
export type L1TransactionRequest = {
  to: Address
  data: Hex
  value: bigint
  /** L1 gas; absent when it could not be estimated yet (an approval before it is not mined). */
  gas?: bigint | undefined
  gasPrice?: bigint | undefined
  maxFeePerGas?: bigint | undefined
  maxPriorityFeePerGas?: bigint | undefined
}

/** The fee fields every request of one workflow carries. */
export type L1FeeFields = Pick<L1TransactionRequest, 'gasPrice' | 'maxFeePerGas' | 'maxPriorityFeePerGas'>

export type PrepareApprovalsParameters = {
  /** The token owner. */
  account: Address
  approvals: readonly { token: Address; spender: Address; amount: bigint; currentAllowance: bigint }[]
  /** The exact amount needed (default), `'max'` (2^256 - 1), or a given amount (at least the amount needed). */
  approveAmount?: 'max' | bigint | undefined
  /** Fee fields to put on each request. */
  fees?: L1FeeFields | undefined
}

export type PrepareApprovalsReturnType = L1TransactionRequest[]

export type PrepareApprovalsErrorType =
  | CallErrorType
  | InvalidAddressParameterErrorType
  | InvalidParameterErrorType
  | ErrorType

/**
 * ERC-20 `approve` requests for missing allowances. A token with a non-zero, too low allowance whose `approve` to the
 * new amount would revert (USDT-style tokens demand a reset to zero first) gets an `approve(spender, 0)` before it:
 * the new approval is simulated with `eth_call` only in that case.
 *
 * @example
 * import { prepareApprovals } from 'zksync-l1-actions'
 *
 * const requests = await prepareApprovals(publicClient, {
 *   account: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
 *   approvals: [
 *     {
 *       token: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
 *       spender: '0xbeD1EB542f9a5aA6419Ff3deb921A372681111f6',
 *       amount: 1_000_000n,
 *       currentAllowance: 5n,
 *     },
 *   ],
 * })
 */
export async function prepareApprovals<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: PrepareApprovalsParameters,
): Promise<PrepareApprovalsReturnType> {
  assertPrepareApprovalsParameters(parameters)
  const { account, approveAmount, fees = {} } = parameters
  const perToken = await Promise.all(
    parameters.approvals.map(async ({ token, spender, amount, currentAllowance }) => {
      const target =
        approveAmount === 'max'
          ? MAX_UINT256
          : approveAmount !== undefined && approveAmount > amount
            ? approveAmount
            : amount
      const approve = (value: bigint): L1TransactionRequest => ({
        to: token,
        data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender, value] }),
        value: 0n,
        ...fees,
      })
      const request = approve(target)
      if (currentAllowance === 0n) return [request]
      const accepted = await getAction(
        client,
        call,
        'call',
      )({ account, to: token, data: request.data }).then(
        () => true,
        () => false,
      )
      return accepted ? [request] : [approve(0n), request]
    }),
  )
  return perToken.flat()
}

/** The owner, each approval (addresses, uint256 amounts), `approveAmount` and the fee fields, before any request. */
function assertPrepareApprovalsParameters(parameters: PrepareApprovalsParameters) {
  const { approvals, approveAmount, fees } = parameters
  assertAddress('account', parameters.account)
  if (!Array.isArray(approvals))
    throw new InvalidParameterError({
      parameter: 'approvals',
      value: approvals,
      expected: 'an array of { token, spender, amount, currentAllowance }',
    })
  for (const [i, approval] of approvals.entries()) {
    if (typeof approval !== 'object' || approval === null)
      throw new InvalidParameterError({
        parameter: `approvals[${i}]`,
        value: approval,
        expected: '{ token, spender, amount, currentAllowance }',
      })
    for (const key of ['token', 'spender'] as const) assertAddress(`approvals[${i}].${key}`, approval[key])
    for (const key of ['amount', 'currentAllowance'] as const) assertUint(`approvals[${i}].${key}`, approval[key])
  }
  if (approveAmount !== 'max') assertUint('approveAmount', approveAmount, { optional: true })
  if (fees !== undefined && (typeof fees !== 'object' || fees === null))
    throw new InvalidParameterError({ parameter: 'fees', value: fees, expected: 'an object of fee fields' })
  for (const key of ['gasPrice', 'maxFeePerGas', 'maxPriorityFeePerGas'] as const)
    assertUint(`fees.${key}`, fees?.[key], { optional: true })
}
