// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Reads the L1 addresses that serve a ZK chain in one `eth_call`. It is never deployed: run as creation code
/// (an `eth_call` without `to`), its constructor returns nine words instead of runtime code: the L1AssetRouter, the
/// chain's diamond, its base token, the base token's asset id, the L1Nullifier, the L1NativeTokenVault, a bit set
/// (bit i for word i) of the reads that failed (reverted, or answered less than a word), whose words are left zero,
/// then the code sizes of `account` and `other` (`extcodesize`, what the contracts' `code.length` sees when they decide
/// to alias a refund recipient). Written in assembly to keep the bytes that every action carries few.
contract L1ContractsReader {
    constructor(address bridgehub, uint256 chainId, address account, address other) {
        assembly {
            // Bridgehub: assetRouter(), getZKChain(id), baseToken(id), baseTokenAssetId(id);
            // then the L1AssetRouter it names: L1_NULLIFIER(), nativeTokenVault()
            let selectors := 0xbc0aac10e680c4c159ec65a2e52db4cae60ccaba64e130cf0000000000000000
            let failed := 0
            let target := bridgehub
            for { let i := 0 } lt(i, 6) { i := add(i, 1) } {
                if eq(i, 4) { target := mload(0x80) }
                let slot := add(0x80, mul(i, 0x20))
                // the call data in scratch space: the selector, then the chain id for the three that take it
                mstore(0x00, shl(224, shr(224, shl(mul(i, 32), selectors))))
                mstore(0x04, chainId)
                let size := 4
                if and(gt(i, 0), lt(i, 4)) { size := 0x24 }
                let ok := staticcall(gas(), target, 0x00, size, slot, 0x20)
                if or(iszero(ok), lt(returndatasize(), 0x20)) {
                    failed := or(failed, shl(i, 1))
                    mstore(slot, 0)
                }
            }
            mstore(0x140, failed)
            mstore(0x160, extcodesize(account))
            mstore(0x180, extcodesize(other))
            return(0x80, 0x120)
        }
    }
}
