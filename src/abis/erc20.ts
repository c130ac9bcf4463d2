/**
 * The ERC-20 ABI (`approve`, `allowance`, `balanceOf`, `decimals`, `symbol`, `name`, `transfer`, …): viem's own,
 * re-exported so every ABI the library uses comes from one place.
 */
export { erc20Abi } from 'viem'
