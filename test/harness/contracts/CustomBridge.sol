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
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

/// @notice What a Bridgehub second bridge returns from `bridgehubDeposit`.
struct L2TransactionRequestTwoBridgesInner {
    bytes32 magicValue;
    address l2Contract;
    bytes l2Calldata;
    bytes[] factoryDeps;
    bytes32 txDataHash;
}

/// @notice A minimal custom (non-asset-router) L1 bridge, as a USDC-style bridge is shaped:
/// withdrawals are finalized with the legacy `finalizeWithdrawal` signature and the bridge keeps
/// its own finalized map. Its L2 counterpart sends `abi.encodePacked(selector, l1Receiver, l1Token, amount)`.
/// It is also a Bridgehub second bridge: `bridgehubDeposit` takes the legacy data `abi.encode(l1Token, amount,
/// l2Receiver)`, pulls the tokens from the caller (who approves this bridge) and asks the L2 bridge to
/// `finalizeDeposit(l1Sender, l2Receiver, l1Token, amount, "")`.
/// Written for this project's test harness.
contract CustomBridge {
    IBridgehubProver public immutable bridgehub;
    address public immutable l2Bridge;

    mapping(uint256 => mapping(uint256 => mapping(uint256 => bool))) public isWithdrawalFinalized;

    bytes32 internal constant TWO_BRIDGES_MAGIC_VALUE =
        0xa175e001c0e5684bc26302c2f9a55aec9f3936fe2aef558034003ef4da7fc77d;

    /// @notice The L2 transaction hash of each confirmed deposit, by chain and deposit data hash.
    mapping(uint256 => mapping(bytes32 => bytes32)) public depositL2TxHash;

    event WithdrawalFinalized(address indexed to, address indexed l1Token, uint256 amount);
    event DepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, address to, address l1Token, uint256 amount);

    error AlreadyFinalized();
    error BadProof();
    error BadMessage();
    error NotBridgehub();
    error ValueNotAccepted();
    error TransferFailed();

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

    function l2BridgeAddress(uint256) external view returns (address) {
        return l2Bridge;
    }

    function bridgehubDeposit(uint256 chainId, address originalCaller, uint256 l2Value, bytes calldata data)
        external
        payable
        returns (L2TransactionRequestTwoBridgesInner memory request)
    {
        if (msg.sender != address(bridgehub)) revert NotBridgehub();
        if (msg.value != 0 || l2Value != 0) revert ValueNotAccepted();
        (address l1Token, uint256 amount, address l2Receiver) = abi.decode(data, (address, uint256, address));
        if (!ITransferable(l1Token).transferFrom(originalCaller, address(this), amount)) revert TransferFailed();
        bytes32 txDataHash = keccak256(abi.encode(originalCaller, l1Token, amount));
        emit DepositInitiated(chainId, txDataHash, originalCaller, l2Receiver, l1Token, amount);
        request = L2TransactionRequestTwoBridgesInner({
            magicValue: TWO_BRIDGES_MAGIC_VALUE,
            l2Contract: l2Bridge,
            l2Calldata: abi.encodeWithSignature(
                "finalizeDeposit(address,address,address,uint256,bytes)", originalCaller, l2Receiver, l1Token, amount, ""
            ),
            factoryDeps: new bytes[](0),
            txDataHash: txDataHash
        });
    }

    function bridgehubConfirmL2Transaction(uint256 chainId, bytes32 txDataHash, bytes32 txHash) external {
        if (msg.sender != address(bridgehub)) revert NotBridgehub();
        depositL2TxHash[chainId][txDataHash] = txHash;
    }
}
