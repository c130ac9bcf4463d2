// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice Runs a list of reads against L1 in one `eth_call`, where a read may take its target, or any word of its
/// calldata, from the answer of an earlier read (the addresses a Bridgehub names, then the reads of the contracts at
/// those addresses). It is never deployed: run as creation code (an `eth_call` without `to`), its constructor returns
/// the answers instead of runtime code: a bit set of the reads that failed (bit i for read i: reverted, answered less
/// than a word, or took a word from a read that failed), one word per read (the first word of its answer, of its
/// revert data when it reverted), then for each read of op 3, in order, the length of its whole answer and the answer.
///
/// The program is packed: the number of reads, then one read after the other: an op byte (0 a static call, 1 the ETH
/// balance of the target, 2 its code size, 3 a static call whose whole answer is returned too), a target byte (0xff:
/// the 20-byte address follows; else the index of the earlier read whose word is the target), then for a call a 2-byte
/// calldata length, the calldata, a patch count byte and per patch a 2-byte offset into the calldata and the index of
/// the read whose word is written there. Written in assembly to keep the bytes that every action carries few.
contract L1ContractsReader {
    constructor(bytes memory program) {
        assembly {
            let p := add(program, 0x21)
            let end := add(add(program, 0x20), mload(program))
            let out := mload(0x40)
            // the whole answers of op 3 after the words, at the end of memory used
            mstore(0x40, add(out, shl(5, add(byte(0, mload(sub(p, 1))), 1))))
            let failed := 0
            let n := 0
            for {} lt(p, end) { n := add(n, 1) } {
                let op := byte(0, mload(p))
                let target := byte(1, mload(p))
                p := add(p, 2)
                let bad := 0
                switch target
                case 0xff {
                    target := shr(96, mload(p))
                    p := add(p, 20)
                }
                default {
                    bad := and(shr(target, failed), 1)
                    target := mload(add(out, shl(5, add(target, 1))))
                }
                let word := 0
                switch op
                case 1 { word := balance(target) }
                case 2 { word := extcodesize(target) }
                default {
                    // the calldata, assembled far after the answers
                    let len := shr(240, mload(p))
                    p := add(p, 2)
                    for { let i := 0 } lt(i, len) { i := add(i, 0x20) } {
                        mstore(add(add(out, 0x10000), i), mload(add(p, i)))
                    }
                    p := add(p, len)
                    let patches := byte(0, mload(p))
                    p := add(p, 1)
                    for {} patches { patches := sub(patches, 1) } {
                        mstore(add(add(out, 0x10000), shr(240, mload(p))), mload(add(out, shl(5, add(byte(2, mload(p)), 1)))))
                        bad := or(bad, and(shr(byte(2, mload(p)), failed), 1))
                        p := add(p, 3)
                    }
                    if iszero(bad) {
                        let ok := staticcall(gas(), target, add(out, 0x10000), len, 0, 0)
                        mstore(0, 0)
                        returndatacopy(0, 0, xor(returndatasize(), mul(gt(returndatasize(), 0x20), xor(returndatasize(), 0x20))))
                        word := mload(0)
                        bad := or(iszero(ok), lt(returndatasize(), 0x20))
                        if eq(op, 3) {
                            let tail := mload(0x40)
                            mstore(tail, returndatasize())
                            returndatacopy(add(tail, 0x20), 0, returndatasize())
                            mstore(0x40, add(tail, and(add(returndatasize(), 0x3f), not(0x1f))))
                        }
                    }
                }
                if bad { failed := or(failed, shl(n, 1)) }
                mstore(add(out, shl(5, add(n, 1))), word)
            }
            mstore(out, failed)
            return(out, sub(mload(0x40), out))
        }
    }
}
