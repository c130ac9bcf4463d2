import { BaseError, MethodNotFoundRpcError, MethodNotSupportedRpcError } from 'viem'

/** Internal: the node does not serve the method asked (JSON-RPC -32601, or -32004 "method not supported"). */
export function isMethodMissing(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  return !!error.walk(
    (e) =>
      e instanceof MethodNotFoundRpcError ||
      e instanceof MethodNotSupportedRpcError ||
      (e as { code?: number }).code === -32601 ||
      (e as { code?: number }).code === -32004,
  )
}
