/**
 * `L1Messenger` at `0x…8008` (`system-contracts/contracts/L1Messenger.sol`, interface `IL1Messenger.sol`): every
 * L2->L1 message goes through it. No artifact: checked by selector and topic.
 */
export const l1MessengerAbi = [
  {
    type: 'function',
    name: 'sendToL1',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'message', type: 'bytes' }],
    outputs: [{ name: '', type: 'bytes32' }],
  },
  {
    type: 'event',
    name: 'L1MessageSent',
    inputs: [
      { indexed: true, name: 'sender', type: 'address' },
      { indexed: true, name: 'hash', type: 'bytes32' },
      { indexed: false, name: 'message', type: 'bytes' },
    ],
    anonymous: false,
  },
] as const
