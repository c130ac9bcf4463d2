import type { Abi, Chain, Client, ContractFunctionParameters, Transport } from 'viem'
import { multicall, readContract } from 'viem/actions'
import { getAction } from 'viem/utils'

/**
 * Internal: reads several view functions in one request (Multicall3, when the client's chain names it) or in parallel
 * `eth_call`s otherwise. Throws the first failure.
 */
export async function readContracts<const contracts extends readonly ContractFunctionParameters<Abi>[]>(
  client: Client<Transport, Chain | undefined>,
  contracts: contracts,
): Promise<{ [k in keyof contracts]: unknown }> {
  if (contracts.length > 1 && client.chain?.contracts?.multicall3)
    return (await getAction(
      client,
      multicall,
      'multicall',
    )({ contracts: contracts as never, allowFailure: false })) as never
  return (await Promise.all(
    contracts.map((call) => getAction(client, readContract, 'readContract')(call as never)),
  )) as never
}
