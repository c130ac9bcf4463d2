import type { Chain, Client, GetTransactionReceiptErrorType, Hash, TransactionReceipt, Transport } from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import type { ErrorType } from '../errors/base.js'
import { InvalidParameterError, type InvalidParameterErrorType } from '../errors/common.js'
import { extractPriorityRequests } from '../utils/extractPriorityRequests.js'
import {
  assertL2TargetParameters,
  type GetL1ContractsErrorType,
  getL1Contracts,
  type L2TargetParameters,
} from './getL1Contracts.js'
import { assertHash } from './internal/assertParameters.js'

export type GetL2TransactionHashesParameters = L2TargetParameters &
  (
    | { /** The L1 transaction. */ hash: Hash; receipt?: undefined }
    | {
        /** Its receipt, if already at hand (saves a request). */ receipt: Pick<
          TransactionReceipt,
          'logs' | 'transactionHash'
        >
        hash?: undefined
      }
  )

/** The L2 hashes of the priority transactions the L1 transaction enqueued on the chain, in log order. */
export type GetL2TransactionHashesReturnType = Hash[]

export type GetL2TransactionHashesErrorType =
  | GetL1ContractsErrorType
  | GetTransactionReceiptErrorType
  | InvalidParameterErrorType
  | ErrorType

/**
 * The L2 transaction hashes of an L1 transaction's priority requests (deposits, `requestExecute`): the `txHash` of every
 * `NewPriorityRequest` log the target chain's own diamond emitted (logs of other diamonds, e.g. a Gateway relaying
 * the request, are ignored).
 *
 * @example
 * import { getL2TransactionHashes } from 'zksync-l1-actions'
 *
 * const [l2Hash] = await getL2TransactionHashes(publicClient, { chainId: 324, hash: '0x…' as `0x${string}` })
 */
export async function getL2TransactionHashes<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL2TransactionHashesParameters,
): Promise<GetL2TransactionHashesReturnType> {
  const { receipt: given } = parameters
  // a receipt at hand needs its logs and hash; otherwise the hash is looked up
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || !Array.isArray(given.logs))
      throw new InvalidParameterError({
        parameter: 'receipt',
        value: given,
        expected: 'a transaction receipt (with `logs` and `transactionHash`)',
      })
    assertHash('receipt.transactionHash', given.transactionHash)
  } else assertHash('hash', parameters.hash)
  assertL2TargetParameters(parameters)
  const [{ diamond }, receipt] = await Promise.all([
    getL1Contracts(client, parameters),
    parameters.receipt ??
      getAction(client, getTransactionReceipt, 'getTransactionReceipt')({ hash: parameters.hash as Hash }),
  ])
  return extractPriorityRequests({ logs: receipt.logs, diamondAddress: diamond }).map((r) => r.txHash)
}
