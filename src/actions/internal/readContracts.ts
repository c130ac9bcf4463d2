import {
  type Abi,
  type Address,
  type Chain,
  type Client,
  type ContractFunctionParameters,
  multicall3Abi,
  type Transport,
} from 'viem'
import { getBalance, multicall, readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { ETH_TOKEN_ADDRESS } from '../../constants/addresses.js'

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

/** One read's outcome, as Multicall3 with `allowFailure` reports it. */
export type ReadResult = { status: 'success'; result: unknown } | { status: 'failure'; error: Error }

/** A view call; `getEthBalance` (Multicall3's) is answered with `eth_getBalance` when there is no Multicall3. */
export type ReadCall = { address: Address; abi: readonly unknown[]; functionName: string; args?: readonly unknown[] }

/**
 * Internal: like `readContracts`, but each failure is returned in its place instead of thrown: one multicall with
 * `allowFailure` when the chain has Multicall3 and there is more than one call, else parallel `eth_call`s.
 */
export async function readContractsSettled(
  client: Client<Transport, Chain | undefined>,
  calls: readonly ReadCall[],
): Promise<ReadResult[]> {
  if (calls.length === 0) return []
  if (calls.length > 1 && client.chain?.contracts?.multicall3)
    return (await getAction(
      client,
      multicall,
      'multicall',
    )({ contracts: calls as never, allowFailure: true })) as ReadResult[]
  const settled = await Promise.allSettled(
    calls.map((c) =>
      c.functionName === 'getEthBalance'
        ? getAction(client, getBalance, 'getBalance')({ address: c.args![0] as Address })
        : getAction(client, readContract, 'readContract')(c as never),
    ),
  )
  return settled.map((r) =>
    r.status === 'fulfilled' ? { status: 'success', result: r.value } : { status: 'failure', error: r.reason as Error },
  )
}

/** The value of a settled read, or its error thrown. */
export function unwrapRead<T>(read: ReadResult | undefined): T {
  if (!read) throw new Error('missing read')
  if (read.status === 'failure') throw read.error
  return read.result as T
}

/** A read of `owner`'s ETH balance: Multicall3's `getEthBalance`, answered with `eth_getBalance` without a Multicall3. */
export function ethBalanceCall(client: Client<Transport, Chain | undefined>, owner: Address): ReadCall {
  const multicall3 = client.chain?.contracts?.multicall3?.address
  return {
    address: multicall3 ?? ETH_TOKEN_ADDRESS,
    abi: multicall3Abi,
    functionName: 'getEthBalance',
    args: [owner],
  }
}
