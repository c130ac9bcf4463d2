/**
 * `Bridgehub` (`l1-contracts/contracts/bridgehub/Bridgehub.sol`), the L1 entry point of every priority transaction.
 * Fragments of the ABI compiled from era-contracts v29.4 (`c66f46bcf`); only the entries this library uses.
 */
export const bridgehubAbi = [
  {
    type: 'function',
    name: 'requestL2TransactionDirect',
    stateMutability: 'payable',
    inputs: [
      {
        name: 'request',
        type: 'tuple',
        components: [
          { name: 'chainId', type: 'uint256' },
          { name: 'mintValue', type: 'uint256' },
          { name: 'l2Contract', type: 'address' },
          { name: 'l2Value', type: 'uint256' },
          { name: 'l2Calldata', type: 'bytes' },
          { name: 'l2GasLimit', type: 'uint256' },
          { name: 'l2GasPerPubdataByteLimit', type: 'uint256' },
          { name: 'factoryDeps', type: 'bytes[]' },
          { name: 'refundRecipient', type: 'address' },
        ],
      },
    ],
    outputs: [{ name: 'canonicalTxHash', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'requestL2TransactionTwoBridges',
    stateMutability: 'payable',
    inputs: [
      {
        name: 'request',
        type: 'tuple',
        components: [
          { name: 'chainId', type: 'uint256' },
          { name: 'mintValue', type: 'uint256' },
          { name: 'l2Value', type: 'uint256' },
          { name: 'l2GasLimit', type: 'uint256' },
          { name: 'l2GasPerPubdataByteLimit', type: 'uint256' },
          { name: 'refundRecipient', type: 'address' },
          { name: 'secondBridgeAddress', type: 'address' },
          { name: 'secondBridgeValue', type: 'uint256' },
          { name: 'secondBridgeCalldata', type: 'bytes' },
        ],
      },
    ],
    outputs: [{ name: 'canonicalTxHash', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'l2TransactionBaseCost',
    stateMutability: 'view',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'gasPrice', type: 'uint256' },
      { name: 'l2GasLimit', type: 'uint256' },
      { name: 'l2GasPerPubdataByteLimit', type: 'uint256' },
    ],
    outputs: [{ name: '', type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'assetRouter',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'getZKChain',
    stateMutability: 'view',
    inputs: [{ name: 'chainId', type: 'uint256' }],
    outputs: [{ name: 'chainAddress', type: 'address' }],
  },
  {
    type: 'function',
    name: 'baseToken',
    stateMutability: 'view',
    inputs: [{ name: 'chainId', type: 'uint256' }],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'baseTokenAssetId',
    stateMutability: 'view',
    inputs: [{ name: 'chainId', type: 'uint256' }],
    outputs: [{ name: '', type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'chainTypeManager',
    stateMutability: 'view',
    inputs: [{ name: 'chainId', type: 'uint256' }],
    outputs: [{ name: '', type: 'address' }],
  },
  {
    type: 'function',
    name: 'proveL2MessageInclusion',
    stateMutability: 'view',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'batchNumber', type: 'uint256' },
      { name: 'index', type: 'uint256' },
      {
        name: 'message',
        type: 'tuple',
        components: [
          { name: 'txNumberInBatch', type: 'uint16' },
          { name: 'sender', type: 'address' },
          { name: 'data', type: 'bytes' },
        ],
      },
      { name: 'proof', type: 'bytes32[]' },
    ],
    outputs: [{ name: '', type: 'bool' }],
  },
  {
    type: 'function',
    name: 'proveL1ToL2TransactionStatus',
    stateMutability: 'view',
    inputs: [
      { name: 'chainId', type: 'uint256' },
      { name: 'l2TxHash', type: 'bytes32' },
      { name: 'l2BatchNumber', type: 'uint256' },
      { name: 'l2MessageIndex', type: 'uint256' },
      { name: 'l2TxNumberInBatch', type: 'uint16' },
      { name: 'merkleProof', type: 'bytes32[]' },
      { name: 'status', type: 'uint8' },
    ],
    outputs: [{ name: '', type: 'bool' }],
  },
  { type: 'error', name: 'AssetHandlerNotRegistered', inputs: [{ name: 'assetId', type: 'bytes32' }] },
  { type: 'error', name: 'AssetIdNotSupported', inputs: [{ name: 'assetId', type: 'bytes32' }] },
  { type: 'error', name: 'ChainIdNotRegistered', inputs: [{ name: 'chainId', type: 'uint256' }] },
  { type: 'error', name: 'EmptyAssetId', inputs: [] },
  {
    type: 'error',
    name: 'MsgValueMismatch',
    inputs: [
      { name: 'expectedMsgValue', type: 'uint256' },
      { name: 'providedMsgValue', type: 'uint256' },
    ],
  },
  {
    type: 'error',
    name: 'NotCurrentSL',
    inputs: [
      { name: 'settlementLayerChainId', type: 'uint256' },
      { name: 'blockChainId', type: 'uint256' },
    ],
  },
  {
    type: 'error',
    name: 'NotL1',
    inputs: [
      { name: 'l1ChainId', type: 'uint256' },
      { name: 'blockChainId', type: 'uint256' },
    ],
  },
  { type: 'error', name: 'Reentrancy', inputs: [] },
  {
    type: 'error',
    name: 'SecondBridgeAddressTooLow',
    inputs: [
      { name: 'secondBridgeAddress', type: 'address' },
      { name: 'minSecondBridgeAddress', type: 'address' },
    ],
  },
  { type: 'error', name: 'SharedBridgeNotSet', inputs: [] },
  { type: 'error', name: 'Unauthorized', inputs: [{ name: 'caller', type: 'address' }] },
  {
    type: 'error',
    name: 'WrongMagicValue',
    inputs: [
      { name: 'expectedMagicValue', type: 'uint256' },
      { name: 'providedMagicValue', type: 'uint256' },
    ],
  },
  { type: 'error', name: 'ZeroAddress', inputs: [] },
  { type: 'error', name: 'ZeroChainId', inputs: [] },
] as const
