import { type Abi, decodeErrorResult, type Hex } from 'viem'

/** Internal: the name of the custom error a failed call reverted with, decoded with `abi`, if any. */
export function getRevertName(error: unknown, abi: Abi): string | undefined {
  let e = error as { data?: unknown; cause?: unknown; details?: unknown; message?: unknown } | undefined
  while (e) {
    // some nodes (anvil among them) give the selector only in the message
    const selector = /custom error (0x[0-9a-fA-F]{8})/.exec(`${e.details ?? ''} ${e.message ?? ''}`)?.[1]
    if (selector) {
      try {
        return decodeErrorResult({ abi, data: selector as Hex }).errorName
      } catch {}
    }
    const data = e.data as { errorName?: string } | string | undefined
    if (data && typeof data === 'object' && typeof data.errorName === 'string') return data.errorName
    if (typeof data === 'string' && data.startsWith('0x') && data.length >= 10) {
      try {
        return decodeErrorResult({ abi, data: data as Hex }).errorName
      } catch {}
    }
    e = e.cause as typeof e
  }
  return undefined
}
