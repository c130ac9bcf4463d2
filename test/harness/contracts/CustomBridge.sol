// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The L2 -> L1 message as the Bridgehub proves it.
struct L2Message {
    uint16 txNumberInBatch;
    address sender;
    bytes data;
}

interface IBridgehubProver {
    function proveL2MessageInclusion(
        uint256 chainId,
        uint256 batchNumber,
        uint256 index,
        L2Message calldata message,
        bytes32[] calldata proof
    ) external view returns (bool);
}

interface ITransferable {
    function transfer(address to, uint256 amount) external returns (bool);
}

/// @notice A minimal custom (non-asset-router) L1 bridge, as a USDC-style bridge is shaped:
/// withdrawals are finalized with the legacy `finalizeWithdrawal` signature and the bridge keeps
/// its own finalized map. Its L2 counterpart sends `abi.encodePacked(selector, l1Receiver, l1Token, amount)`.
/// Written for this project's test harness.
contract CustomBridge {
    IBridgehubProver public immutable bridgehub;
    address public immutable l2Bridge;

    mapping(uint256 => mapping(uint256 => mapping(uint256 => bool))) public isWithdrawalFinalized;

    event WithdrawalFinalized(address indexed to, address indexed l1Token, uint256 amount);

    error AlreadyFinalized();
    error BadProof();
    error BadMessage();

    constructor(IBridgehubProver bridgehub_, address l2Bridge_) {
        bridgehub = bridgehub_;
        l2Bridge = l2Bridge_;
    }

    function finalizeWithdrawal(
        uint256 chainId,
        uint256 l2BatchNumber,
        uint256 l2MessageIndex,
        uint16 l2TxNumberInBatch,
        bytes calldata message,
        bytes32[] calldata merkleProof
    ) external {
        if (isWithdrawalFinalized[chainId][l2BatchNumber][l2MessageIndex]) revert AlreadyFinalized();
        if (message.length != 76) revert BadMessage();
        L2Message memory m = L2Message({txNumberInBatch: l2TxNumberInBatch, sender: l2Bridge, data: message});
        if (!bridgehub.proveL2MessageInclusion(chainId, l2BatchNumber, l2MessageIndex, m, merkleProof)) revert BadProof();
        isWithdrawalFinalized[chainId][l2BatchNumber][l2MessageIndex] = true;
        address to = address(bytes20(message[4:24]));
        address token = address(bytes20(message[24:44]));
        uint256 amount = uint256(bytes32(message[44:76]));
        ITransferable(token).transfer(to, amount);
        emit WithdrawalFinalized(to, token, amount);
    }
}
