import type { Hex } from 'viem'

/** `NewPriorityRequest(uint256,bytes32,uint64,L2CanonicalTransaction,bytes[])` of a chain's diamond (`IMailboxImpl.sol`). */
export const NEW_PRIORITY_REQUEST_TOPIC =
  '0x4531cd5795773d7101c17bdeb9f5ab7f47d7056017506f937083be5d6e77a382' as const satisfies Hex

/** `NewPriorityRequestId(uint256 indexed,bytes32 indexed)`, emitted from v29 on (`IMailboxImpl.sol`). */
export const NEW_PRIORITY_REQUEST_ID_TOPIC =
  '0x779f441679936c5441b671969f37400b8c3ed0071cb47444431bf985754560df' as const satisfies Hex

/** `L1MessageSent(address indexed,bytes32 indexed,bytes)` of the L2 L1Messenger (`system-contracts/.../IL1Messenger.sol`). */
export const L1_MESSAGE_SENT_TOPIC =
  '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241' as const satisfies Hex

/** `BridgehubDepositInitiated(uint256 indexed,bytes32 indexed,address indexed,bytes32,bytes)` (`IAssetRouterBase.sol`). */
export const BRIDGEHUB_DEPOSIT_INITIATED_TOPIC =
  '0xe21913bc89c1320d9709a5d236ffe06b54cf88aecfc9509ebd68f1adba45781e' as const satisfies Hex

/** `BridgehubDepositBaseTokenInitiated(uint256 indexed,address indexed,bytes32,uint256)` (`IAssetRouterBase.sol`). */
export const BRIDGEHUB_DEPOSIT_BASE_TOKEN_INITIATED_TOPIC =
  '0x0f87e1ea5eb1f034a6071ef630c174063e3d48756f853efaaf4292b929298240' as const satisfies Hex

/** `BridgehubDepositFinalized(uint256 indexed,bytes32 indexed,bytes32 indexed)` of the L1Nullifier (`IL1Nullifier.sol`). */
export const BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC =
  '0xe4def01b981193a97a9e81230d7b9f31812ceaf23f864a828a82c687911cb2df' as const satisfies Hex
