/** `type(uint256).max`, e.g. for an unlimited ERC-20 approval. */
export const MAX_UINT256 = 2n ** 256n - 1n
