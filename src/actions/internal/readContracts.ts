import { type Address, type Chain, type Client, size, type Transport } from 'viem'
import { getBalance, getCode, readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { type L1Read, runL1Reader } from './l1Reader.js'

/** One read's outcome, as Multicall3 with `allowFailure` reports it. */
export type ReadResult = { status: 'success'; result: unknown } | { status: 'failure'; error: Error }

/** A view call. */
export type ReadCall = { address: Address; abi: readonly unknown[]; functionName: string; args?: readonly unknown[] }

/**
 * Internal: several reads, each failure returned in its place instead of thrown, in one `eth_call` of the project's
 * reader (no Multicall3 needed, one request whatever their length), or, when the node refuses it (or `reader` is
 * `false`: it refused before), in parallel requests (`eth_getBalance` and `eth_getCode` for balances and code sizes).
 */
export async function readContractsSettled(
  client: Client<Transport, Chain | undefined>,
  reads: readonly L1Read[],
  reader = true,
): Promise<ReadResult[]> {
  if (reads.length === 0) return []
  const answered = reader && reads.length > 1 ? await runL1Reader(client, reads) : undefined
  if (answered) return answered
  const settled = await Promise.allSettled(
    reads.map(async (r) => {
      if ('balanceOf' in r) return getAction(client, getBalance, 'getBalance')({ address: r.balanceOf })
      if ('codeSizeOf' in r) {
        const code = await getAction(client, getCode, 'getCode')({ address: r.codeSizeOf })
        return BigInt(code ? size(code) : 0)
      }
      return getAction(client, readContract, 'readContract')(r as never)
    }),
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

/** A read of `owner`'s ETH balance. */
export function ethBalanceCall(owner: Address): L1Read {
  return { balanceOf: owner }
}
