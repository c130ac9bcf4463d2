import type { Account, Address, Chain, Hex } from 'viem'

/** L1/L2 fee fields as viem takes them: a legacy `gasPrice`, or the EIP-1559 pair, never both. */
export type TransactionFeeParameters =
  | { gasPrice: bigint; maxFeePerGas?: undefined; maxPriorityFeePerGas?: undefined }
  | { gasPrice?: undefined; maxFeePerGas?: bigint | undefined; maxPriorityFeePerGas?: bigint | undefined }

/** A plain transaction request, ready for viem's `sendTransaction`. */
export type PreparedTransactionRequest = {
  account?: Account | Address | undefined
  chain?: Chain | null | undefined
  to: Address
  data: Hex
  value?: bigint | undefined
  gas?: bigint | undefined
  nonce?: number | undefined
} & TransactionFeeParameters

/** Internal: the request with the caller's account, nonce and fees, leaving out what was not given. */
export function withOverrides<request extends { to: Address; data: Hex; value?: bigint | undefined }>(
  request: request,
  overrides: {
    account?: Account | Address | undefined
    chain?: Chain | null | undefined
    nonce?: number | undefined
  } & TransactionFeeParameters,
): request & PreparedTransactionRequest {
  const { account, chain, nonce, gasPrice, maxFeePerGas, maxPriorityFeePerGas } = overrides
  return {
    ...request,
    chain: chain ?? null,
    ...(account ? { account } : {}),
    ...(nonce !== undefined ? { nonce } : {}),
    ...(gasPrice !== undefined
      ? { gasPrice }
      : {
          ...(maxFeePerGas !== undefined ? { maxFeePerGas } : {}),
          ...(maxPriorityFeePerGas !== undefined ? { maxPriorityFeePerGas } : {}),
        }),
  } as request & PreparedTransactionRequest
}
