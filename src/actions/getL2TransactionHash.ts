import type { Chain, Client, Hash, Transport } from 'viem'
import type { ErrorType } from '../errors/base.js'
import { L2TransactionHashNotFoundError, type L2TransactionHashNotFoundErrorType } from '../errors/deposit.js'
import { getL1Contracts } from './getL1Contracts.js'
import {
  type GetL2TransactionHashesErrorType,
  type GetL2TransactionHashesParameters,
  getL2TransactionHashes,
} from './getL2TransactionHashes.js'

export type GetL2TransactionHashParameters = GetL2TransactionHashesParameters

/** The L2 hash of the one priority transaction the L1 transaction enqueued. */
export type GetL2TransactionHashReturnType = Hash

export type GetL2TransactionHashErrorType =
  | GetL2TransactionHashesErrorType
  | L2TransactionHashNotFoundErrorType
  | ErrorType

/**
 * The L2 hash of a deposit or `requestExecute`: the single priority request its L1 transaction enqueued on the chain.
 * Throws `L2TransactionHashNotFoundError` when there is none (not a deposit, or another chain) or several.
 *
 * @example
 * import { getL2TransactionHash } from 'zksync-l1-actions'
 *
 * const l2Hash = await getL2TransactionHash(publicClient, { chainId: 324, hash: '0x…' as `0x${string}` })
 */
export async function getL2TransactionHash<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL2TransactionHashParameters,
): Promise<GetL2TransactionHashReturnType> {
  // `getL2TransactionHashes` checks the parameters before its first request
  const hashes = await getL2TransactionHashes(client, parameters)
  if (hashes.length === 1) return hashes[0]!
  const { diamond } = await getL1Contracts(client, parameters)
  throw new L2TransactionHashNotFoundError({
    hash: parameters.hash ?? parameters.receipt!.transactionHash,
    diamond,
    count: hashes.length,
  })
}
