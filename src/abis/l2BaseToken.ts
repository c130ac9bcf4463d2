/**
 * `L2BaseToken` at `0x…800a` (`system-contracts/contracts/L2BaseToken.sol`, interface `IBaseToken.sol`):
 * the L2 balance of the chain's base token and the start of its withdrawals. No artifact: checked by selector.
 */
export const l2BaseTokenAbi = [
  {
    type: 'function',
    name: 'withdraw',
    stateMutability: 'payable',
    inputs: [{ name: 'l1Receiver', type: 'address' }],
    outputs: [],
  },
  {
    type: 'function',
    name: 'withdrawWithMessage',
    stateMutability: 'payable',
    inputs: [
      { name: 'l1Receiver', type: 'address' },
      { name: 'additionalData', type: 'bytes' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'balanceOf',
    stateMutability: 'view',
    inputs: [{ name: 'account', type: 'uint256' }],
    outputs: [{ name: '', type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'totalSupply',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'uint256' }],
  },
  {
    type: 'event',
    name: 'Withdrawal',
    inputs: [
      { indexed: true, name: 'l2Sender', type: 'address' },
      { indexed: true, name: 'l1Receiver', type: 'address' },
      { indexed: false, name: 'amount', type: 'uint256' },
    ],
    anonymous: false,
  },
  {
    type: 'event',
    name: 'WithdrawalWithMessage',
    inputs: [
      { indexed: true, name: 'l2Sender', type: 'address' },
      { indexed: true, name: 'l1Receiver', type: 'address' },
      { indexed: false, name: 'amount', type: 'uint256' },
      { indexed: false, name: 'additionalData', type: 'bytes' },
    ],
    anonymous: false,
  },
] as const
