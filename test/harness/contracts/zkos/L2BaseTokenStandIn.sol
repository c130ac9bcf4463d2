// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/*
 * Stand-in for the base token of a ZKsync OS chain, placed at 0x000000000000000000000000000000000000800A.
 *
 * What it stands for: on ZKsync OS this address is a system hook written in Rust (matter-labs/zksync-os,
 * `system_hooks/src/l2_base_token.rs`, followed at commit 02fa3818e1c4e218ac814172b5ac4f561193713e; the older
 * snapshot 0a82da0f808adad543d4cff4f8ab4bd89b9b68c3 sent the message with the caller as sender and emitted no
 * event). Balances live in the accounts themselves, so the hook implements only the two withdrawal calls of
 * the Era `L2BaseToken` (era-contracts 9ddc915c85d1f44c79b5d55e160d384138ed5105,
 * `system-contracts/contracts/L2BaseToken.sol` lines 76 and 89); any other selector, and a plain transfer,
 * fail.
 *
 * - `withdraw(address _l1Receiver)` (0x51cff8d9), payable: burns `msg.value`, sends the L2->L1 message
 *   `0x6c0960f9 ‖ _l1Receiver (20 bytes) ‖ amount (32 bytes)` with this address as its sender, then emits
 *   `Withdrawal(msg.sender, _l1Receiver, amount)`.
 * - `withdrawWithMessage(address _l1Receiver, bytes _additionalData)` (0x84bc3eb0), payable: the same with the
 *   message `0x6c0960f9 ‖ _l1Receiver ‖ amount ‖ msg.sender (20 bytes) ‖ _additionalData`, then emits
 *   `WithdrawalWithMessage(msg.sender, _l1Receiver, amount, _additionalData)`.
 *
 * 0x6c0960f9 is `IMailbox.finalizeEthWithdrawal`; the L1 side (era-contracts `L1Nullifier._parseL2WithdrawalMessage`,
 * l1-contracts/contracts/bridge/L1Nullifier.sol:562-570 at the commit above, same in v29) reads the receiver at
 * byte 4 and the amount at byte 24 and needs at least 56 bytes.
 *
 * Where it differs: the hook records the message natively; here it goes through the messenger stand-in at
 * 0x8008, so the resulting `L1MessageSent` event (sender 0x800a) and the L2->L1 message are the same. The hook
 * burns the value by lowering this address's balance again; EVM code cannot destroy ether, so this stand-in
 * KEEPS it: the balance of 0x800a grows by every withdrawn amount and reads as the total burned. Gas is EVM gas.
 */
interface IL1MessengerForBaseToken {
    function sendToL1(bytes calldata _message) external returns (bytes32);
}

contract L2BaseTokenStandIn {
    /// @notice Same signatures as the Era `IBaseToken` events, which the ZKsync OS hook emits from 0x800a.
    event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount);
    event WithdrawalWithMessage(
        address indexed _l2Sender,
        address indexed _l1Receiver,
        uint256 _amount,
        bytes _additionalData
    );

    IL1MessengerForBaseToken private constant MESSENGER = IL1MessengerForBaseToken(address(0x8008));

    /// @dev `IMailbox.finalizeEthWithdrawal(uint256,uint256,uint16,bytes,bytes32[])`, the tag L1 parses.
    bytes4 private constant FINALIZE_ETH_WITHDRAWAL = 0x6c0960f9;

    /// @notice The hook refuses delegatecalls and callcodes; so does this stand-in.
    error NotCalledDirectly();

    modifier onlyDirect() {
        if (address(this) != address(0x800A)) revert NotCalledDirectly();
        _;
    }

    /// @notice Burns `msg.value` and starts its withdrawal to `_l1Receiver` on L1.
    function withdraw(address _l1Receiver) external payable onlyDirect {
        MESSENGER.sendToL1(abi.encodePacked(FINALIZE_ETH_WITHDRAWAL, _l1Receiver, msg.value));
        emit Withdrawal(msg.sender, _l1Receiver, msg.value);
    }

    /// @notice Burns `msg.value` and starts its withdrawal to `_l1Receiver`, carrying the sender and extra data.
    function withdrawWithMessage(address _l1Receiver, bytes calldata _additionalData) external payable onlyDirect {
        MESSENGER.sendToL1(
            abi.encodePacked(FINALIZE_ETH_WITHDRAWAL, _l1Receiver, msg.value, msg.sender, _additionalData)
        );
        emit WithdrawalWithMessage(msg.sender, _l1Receiver, msg.value, _additionalData);
    }
}
