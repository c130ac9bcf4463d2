import {
  type Abi,
  type Address,
  type Chain,
  type Client,
  concat,
  decodeFunctionResult,
  encodeAbiParameters,
  encodeFunctionData,
  getContractError,
  type Hex,
  numberToHex,
  RawContractError,
  size,
  slice,
  type Transport,
} from 'viem'
import { call } from 'viem/actions'
import { getAction } from 'viem/utils'
import { l1ContractsReaderBytecode } from '../../abis/l1ContractsReader.js'
import type { ReadCall, ReadResult } from './readContracts.js'

/** A read the L1 reader runs: a view call, the ETH balance of an address (`{ balanceOf }`) or its code size (`{ codeSizeOf }`). */
export type L1Read = ReadCall | { balanceOf: Address } | { codeSizeOf: Address }

const REF_PREFIX = 'fffffffffffffffffffffffffffffffffffffe'

/**
 * The stand-in for the answer of the `index`-th read of the same reader call (an address, or a bytes32 as a word):
 * a read whose target, or any word of whose arguments, is a stand-in takes the earlier answer there.
 */
export function answerOf(index: number): Address {
  return `0x${REF_PREFIX}${index.toString(16).padStart(2, '0')}`
}

/** The index of the read an address stands for, or `undefined` for a real address. */
export function referenced(value: string | undefined): number | undefined {
  if (typeof value !== 'string') return undefined
  const hex = value.toLowerCase()
  const tail = hex.length === 42 ? hex.slice(2) : hex.length === 66 && /^0x0{24}/.test(hex) ? hex.slice(26) : undefined
  return tail?.startsWith(REF_PREFIX) ? Number.parseInt(tail.slice(38), 16) : undefined
}

/**
 * The reads packed as the reader's program (`scripts/reader/L1ContractsReader.sol`), calls with their whole answers
 * (op 3), and for each read the earlier reads it takes a word from (its target's and its arguments').
 */
function encodeProgram(reads: readonly L1Read[]): { program: Hex; uses: number[][] } {
  // a number as `bytes` bytes of hex, without 0x
  const hex = (value: number, bytes: number) => numberToHex(value, { size: bytes }).slice(2)
  const parts: string[] = [hex(reads.length, 1)]
  const uses: number[][] = []
  for (const read of reads) {
    const target = 'abi' in read ? read.address : 'balanceOf' in read ? read.balanceOf : read.codeSizeOf
    const ref = referenced(target)
    const used = ref === undefined ? [] : [ref]
    uses.push(used)
    const op = 'abi' in read ? '03' : 'balanceOf' in read ? '01' : '02'
    parts.push(op, ref === undefined ? `ff${target.slice(2)}` : hex(ref, 1))
    if (!('abi' in read)) continue
    const data = encodeFunctionData({ abi: read.abi as Abi, functionName: read.functionName, args: read.args } as never)
    const patches: string[] = []
    for (let at = 4; at + 32 <= size(data); at += 32) {
      const from = referenced(`0x${data.slice(2 + at * 2, 2 + (at + 32) * 2)}`)
      if (from === undefined) continue
      // the reader makes no call when a read it patches a word from failed, as for its target
      used.push(from)
      patches.push(hex(at, 2), hex(from, 1))
    }
    parts.push(hex(size(data), 2), data.slice(2), hex(patches.length / 2, 1), ...patches)
  }
  return { program: `0x${parts.join('')}`, uses }
}

/**
 * Internal: runs `reads` in one `eth_call` of the project's reader (creation code, never deployed: no Multicall3 and
 * no deployed contract needed, one request whatever the calldata's length), where a read may name the answer of an
 * earlier one (`answerOf(i)`) as its target or in its arguments. Each read's outcome in its place, decoded as a
 * multicall with `allowFailure` reports it (a revert as viem's contract error, with the selector the reader kept);
 * `undefined` when the node refuses the call.
 */
export async function runL1Reader(
  client: Client<Transport, Chain | undefined>,
  reads: readonly L1Read[],
): Promise<ReadResult[] | undefined> {
  if (reads.length > 255) return undefined
  const { program, uses } = encodeProgram(reads)
  const answer = await getAction(
    client,
    call,
    'call',
  )({ data: concat([l1ContractsReaderBytecode, encodeAbiParameters([{ type: 'bytes' }], [program])]) }).then(
    ({ data }) => data,
    () => undefined,
  )
  const words = 32 * (reads.length + 1)
  if (!answer || size(answer) < words) return undefined
  const failed = BigInt(slice(answer, 0, 32))
  const isFailed = (i: number) => (failed & (1n << BigInt(i))) !== 0n
  let tail = words
  const results: ReadResult[] = []
  for (const [i, read] of reads.entries()) {
    if (!('abi' in read)) {
      results.push({ status: 'success', result: BigInt(slice(answer, 32 * (i + 1), 32 * (i + 2))) })
      continue
    }
    const { abi, address, functionName, args } = read as ReadCall & { abi: Abi }
    // a call is made, and its whole answer returned, unless a read it takes a word from failed
    let data: Hex | undefined
    if (!uses[i]!.some(isFailed)) {
      const length = Number(BigInt(slice(answer, tail, tail + 32)))
      data = length > 0 ? slice(answer, tail + 32, tail + 32 + length) : undefined
      tail += 32 + Math.ceil(length / 32) * 32
    }
    if (isFailed(i)) {
      const error = getContractError(new RawContractError({ data }), {
        abi,
        address,
        functionName,
        args: args as never,
      })
      results.push({ status: 'failure', error })
      continue
    }
    try {
      results.push({ status: 'success', result: decodeFunctionResult({ abi, functionName, data } as never) })
    } catch (error) {
      results.push({ status: 'failure', error: error as Error })
    }
  }
  return results
}
