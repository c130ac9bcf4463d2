// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/*
 * Stand-in for the L1 messenger of a ZKsync OS chain, placed at 0x0000000000000000000000000000000000008008.
 *
 * What it stands for: on ZKsync OS this address is not a contract but a system hook written in Rust
 * (matter-labs/zksync-os, `system_hooks/src/l1_messenger.rs`; read at commit 0a82da0f808adad543d4cff4f8ab4bd89b9b68c3
 * and in the later layout where `send_to_l1_inner` takes the sender as an argument, which `l2_base_token.rs` at
 * commit 02fa3818e1c4e218ac814172b5ac4f561193713e calls). The hook accepts `sendToL1(bytes)` (selector 0x62f84b24),
 * records an L2->L1 message whose sender is the caller, emits `L1MessageSent(address indexed _sender,
 * bytes32 indexed _hash, bytes _message)` from this address and returns the hash. era-contracts at zkos-v0.30.2
 * (9ddc915c85d1f44c79b5d55e160d384138ed5105) has no ZKsync OS messenger contract; its Era counterpart is
 * `system-contracts/contracts/L1Messenger.sol` (`sendToL1` at line 121), whose interface and event this follows.
 *
 * Behaviour kept from the hook: no value is accepted; a static call fails (emitting is impossible there); the
 * call must not be a delegatecall; the argument must be encoded strictly (offset 32, whole 32-byte words),
 * otherwise the call reverts; the returned hash is keccak256 of the message.
 *
 * Where it differs: it does not record the L2->L1 log itself (there is no EVM place for it). Whoever runs this
 * chain builds the log `{shard 0, isService true, txNumberInBatch, sender 0x8008, key = _sender, value = _hash}`
 * from the `L1MessageSent` events of the block. It charges ordinary EVM gas, not the hook's pubdata price.
 * It emits nothing else (the Era contract's `L2ToL1LogSent` is not emitted by ZKsync OS either).
 */
contract L1MessengerStandIn {
    /// @notice Same signature as the Era `IL2ToL1Messenger.L1MessageSent` and the ZKsync OS hook's event.
    event L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message);

    /// @notice The call was not a direct call with the strict ABI encoding the hook requires.
    error MalformedSendToL1();

    address private constant SELF = address(0x8008);

    /// @notice Sends `_message` to L1 on behalf of the caller and returns keccak256(_message).
    function sendToL1(bytes calldata _message) external returns (bytes32 hash) {
        if (address(this) != SELF) revert MalformedSendToL1();
        uint256 offset;
        assembly {
            offset := calldataload(4)
        }
        if (offset != 32 || (msg.data.length - 4) % 32 != 0) revert MalformedSendToL1();
        hash = keccak256(_message);
        emit L1MessageSent(msg.sender, hash, _message);
    }
}
