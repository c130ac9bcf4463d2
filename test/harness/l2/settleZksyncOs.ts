/**
 * Settles a batch of a ZKsync OS chain on the real L1 contracts of zkos-v0.30.2, as its operator does: commit in the
 * ZKsync OS encoding, prove with the mock proof the testnet verifier accepts, execute, all through the
 * ValidatorTimelock. Read from era-contracts 9ddc915c85d1f44c79b5d55e160d384138ed5105 (`l1-contracts/contracts/`):
 * - commit data: `0x03 ‖ abi.encode(StoredBatchInfo, CommitBatchInfoZKsyncOS[])` (`state-transition/libraries/
 *   BatchDecoder.sol:20`, `:69`), the struct at `state-transition/chain-interfaces/IExecutor.sol:141`; no system logs:
 *   the Executor takes the L2 -> L1 logs root, the DA scheme and the block range as they are given
 *   (`state-transition/chain-deps/facets/Executor.sol:143-256`);
 * - the stored batch: `batchHash` = the state commitment, `indexRepeatedStorageChanges` and `timestamp` 0, the
 *   commitment = the batch output hash, `keccak256(abi.encodePacked(chainId, firstBlockTimestamp, lastBlockTimestamp,
 *   uint256(daCommitmentScheme), daCommitment, numberOfLayer1Txs, priorityOperationsHash, l2LogsTreeRoot,
 *   upgradeTxHash, dependencyRootsRollingHash))` (`Executor.sol:203-216`), with the genesis upgrade tx hash in the
 *   first batch (`Executor.sol:562`, `:671`); computed here and checked against the `BlockCommit` event;
 * - proof public input: `keccak256(prevStateCommitment ‖ stateCommitment ‖ commitment) >> 32` (`Executor.sol:886-896`);
 *   the mock proof `[3 (mock, verifier version 0), 0 (no previous hash), 13, publicInput]`
 *   (`state-transition/verifiers/ZKsyncOSDualVerifier.sol:54-84`, `ZKsyncOSTestnetVerifier.sol:24-35`);
 * - execute: the Era encoding, common to both VMs at this version (`BatchDecoder.sol:17`, `:255`).
 * Priority operations are not processed on L1 (0 per batch), as in the Era settlement (`settle.ts`).
 */
import {
  concat,
  decodeEventLog,
  encodeAbiParameters,
  encodePacked,
  type Hex,
  hexToBigInt,
  keccak256,
  numberToHex,
  zeroHash,
} from 'viem'
import { readArtifact } from '../artifacts.js'
import { protocolMinor } from '../versions.js'
import {
  committerAbi,
  EMPTY_STRING_KECCAK,
  proveAndExecuteBatch,
  type SettleContext,
  type StoredBatchInfo,
  sendAndWait,
  storedBatchInfo,
} from './settle.js'

/**
 * `SUPPORTED_ENCODING_VERSION_COMMIT_ZKSYNC_OS`: 3 at zkos-v0.30.2 (`BatchDecoder.sol:20`), 4 at draft-v31
 * (`state-transition/libraries/BatchDecoder.sol:27`), whose struct adds `numberOfLayer2Txs` and `slChainId`.
 */
const COMMIT_ENCODING_ZKSYNC_OS = protocolMinor >= 31 ? '0x04' : '0x03'

/** `ZKSYNC_OS_MOCK_VERIFICATION_TYPE` (`ZKsyncOSDualVerifier.sol:22`), verifier version 0. */
const MOCK_VERIFICATION_TYPE = 3n
/** the first word of the mock proof `ZKsyncOSTestnetVerifier.mockVerify` expects (`ZKsyncOSTestnetVerifier.sol:28`) */
const MOCK_PROOF_MAGIC = 13n
/** `PUBLIC_INPUT_SHIFT` (`common/Config.sol:59`) */
const PUBLIC_INPUT_SHIFT = 32n

const commitBatchInfoZksyncOs = {
  type: 'tuple[]',
  components: [
    { name: 'batchNumber', type: 'uint64' },
    { name: 'newStateCommitment', type: 'bytes32' },
    { name: 'numberOfLayer1Txs', type: 'uint256' },
    { name: 'priorityOperationsHash', type: 'bytes32' },
    { name: 'dependencyRootsRollingHash', type: 'bytes32' },
    { name: 'l2LogsTreeRoot', type: 'bytes32' },
    { name: 'daCommitmentScheme', type: 'uint8' },
    { name: 'daCommitment', type: 'bytes32' },
    { name: 'firstBlockTimestamp', type: 'uint64' },
    { name: 'firstBlockNumber', type: 'uint64' },
    { name: 'lastBlockTimestamp', type: 'uint64' },
    { name: 'lastBlockNumber', type: 'uint64' },
    { name: 'chainId', type: 'uint256' },
    { name: 'operatorDAInput', type: 'bytes' },
  ],
} as const

/**
 * `CommitBatchInfoZKsyncOS` at draft-v31 (`state-transition/chain-interfaces/ICommitter.sol:52-69`): the number of L2
 * transactions after the L1 ones, and the settlement layer's chain id last, which must be `block.chainid`
 * (`Committer.sol:474`, `SettlementLayerChainIdMismatch`).
 */
const commitBatchInfoZksyncOsV31 = {
  type: 'tuple[]',
  components: [
    ...commitBatchInfoZksyncOs.components.slice(0, 3),
    { name: 'numberOfLayer2Txs', type: 'uint256' },
    ...commitBatchInfoZksyncOs.components.slice(3),
    { name: 'slChainId', type: 'uint256' },
  ],
} as const

export type ZksyncOsSettleContext = SettleContext & {
  chainId: number
  /** the scheme of the chain's `setDAValidatorPair`; every commit must repeat it (`MismatchL2DACommitmentScheme`) */
  l2DACommitmentScheme: number
}

/** The L2 blocks a batch holds, the range the commit reports (`ReportCommittedBatchRangeZKsyncOS`). */
export type BlockRange = { first: bigint; last: bigint }

/** Commits one batch whose L2 -> L1 logs tree root is `root`. Returns the stored batch info. */
export async function commitBatchZksyncOs(
  ctx: ZksyncOsSettleContext,
  prev: StoredBatchInfo,
  root: Hex,
  blocks: BlockRange,
): Promise<{ stored: StoredBatchInfo; hash: Hex }> {
  const batchNumber = prev.batchNumber + 1n
  // the L1 clock bounds the block timestamps (`TimeNotReached`, `L2TimestampTooBig`); the L2 anvil's clock is
  // another one, so the batch is dated by L1 (as the Era settlement does)
  const timestamp = (await ctx.publicClient.getBlock()).timestamp
  const gettersAbi = readArtifact('GettersFacet').abi
  const [upgradeTxHash, upgradeBatch] = (await Promise.all(
    ['getL2SystemContractsUpgradeTxHash', 'getL2SystemContractsUpgradeBatchNumber'].map((functionName) =>
      ctx.publicClient.readContract({ address: ctx.diamond, abi: gettersAbi, functionName }),
    ),
  )) as [Hex, bigint]
  const batch = {
    batchNumber,
    newStateCommitment: keccak256(concat([prev.batchHash, numberToHex(batchNumber, { size: 32 })])),
    numberOfLayer1Txs: 0n,
    priorityOperationsHash: EMPTY_STRING_KECCAK,
    dependencyRootsRollingHash: zeroHash,
    l2LogsTreeRoot: root,
    daCommitmentScheme: ctx.l2DACommitmentScheme,
    daCommitment: zeroHash,
    firstBlockTimestamp: timestamp,
    firstBlockNumber: blocks.first,
    lastBlockTimestamp: timestamp,
    lastBlockNumber: blocks.last,
    chainId: BigInt(ctx.chainId),
    // the Validium DA validator takes a 32-byte state diff hash (`ValidiumL1DAValidator.sol:18`)
    operatorDAInput: zeroHash,
  }
  // the genesis upgrade transaction goes into the first batch committed after it
  const expectedUpgradeTxHash = upgradeTxHash !== zeroHash && upgradeBatch === 0n ? upgradeTxHash : zeroHash
  let commitment: Hex
  let commitData: Hex
  if (protocolMinor >= 31) {
    // draft-v31: the L2 transaction count and the settlement layer enter the batch output hash
    // (`state-transition/chain-deps/facets/Committer.sol:480-493`); the L2 transactions are not counted here (as the
    // L1 ones are not), the mock proof only opens the hash
    const v31 = { ...batch, numberOfLayer2Txs: 0n, slChainId: BigInt(await ctx.publicClient.getChainId()) }
    commitment = keccak256(
      encodePacked(
        [
          'uint256',
          'uint64',
          'uint64',
          'uint256',
          'bytes32',
          'uint256',
          'uint256',
          'bytes32',
          'bytes32',
          'bytes32',
          'bytes32',
          'uint256',
        ],
        [
          v31.chainId,
          v31.firstBlockTimestamp,
          v31.lastBlockTimestamp,
          BigInt(v31.daCommitmentScheme),
          v31.daCommitment,
          v31.numberOfLayer1Txs,
          v31.numberOfLayer2Txs,
          v31.priorityOperationsHash,
          v31.l2LogsTreeRoot,
          expectedUpgradeTxHash,
          v31.dependencyRootsRollingHash,
          v31.slChainId,
        ],
      ),
    )
    commitData = concat([
      COMMIT_ENCODING_ZKSYNC_OS,
      encodeAbiParameters([storedBatchInfo, commitBatchInfoZksyncOsV31], [prev, [v31]]),
    ])
  } else {
    commitment = keccak256(
      encodePacked(
        ['uint256', 'uint64', 'uint64', 'uint256', 'bytes32', 'uint256', 'bytes32', 'bytes32', 'bytes32', 'bytes32'],
        [
          batch.chainId,
          batch.firstBlockTimestamp,
          batch.lastBlockTimestamp,
          BigInt(batch.daCommitmentScheme),
          batch.daCommitment,
          batch.numberOfLayer1Txs,
          batch.priorityOperationsHash,
          batch.l2LogsTreeRoot,
          expectedUpgradeTxHash,
          batch.dependencyRootsRollingHash,
        ],
      ),
    )
    commitData = concat([
      COMMIT_ENCODING_ZKSYNC_OS,
      encodeAbiParameters([storedBatchInfo, commitBatchInfoZksyncOs], [prev, [batch]]),
    ])
  }
  const receipt = await sendAndWait(ctx, 'commitBatchesSharedBridge', [
    ctx.diamond,
    batchNumber,
    batchNumber,
    commitData,
  ])
  const executorAbi = committerAbi()
  let committed: Hex | undefined
  for (const l of receipt.logs) {
    if (l.address.toLowerCase() !== ctx.diamond.toLowerCase()) continue
    try {
      const ev = decodeEventLog({ abi: executorAbi, data: l.data, topics: l.topics })
      if (ev.eventName === 'BlockCommit') committed = (ev.args as unknown as { commitment: Hex }).commitment
    } catch {}
  }
  if (committed !== commitment) throw new Error(`BlockCommit commitment ${committed}, computed ${commitment}`)
  return {
    hash: receipt.transactionHash,
    stored: {
      batchNumber,
      batchHash: batch.newStateCommitment,
      indexRepeatedStorageChanges: 0n,
      numberOfLayer1Txs: 0n,
      priorityOperationsHash: EMPTY_STRING_KECCAK,
      dependencyRootsRollingHash: zeroHash,
      l2LogsTreeRoot: root,
      timestamp: 0n,
      commitment,
    },
  }
}

/** The mock proof of one batch on top of `prev`, as `ZKsyncOSTestnetVerifier` checks it. */
export function mockProofZksyncOs(prev: StoredBatchInfo, stored: StoredBatchInfo): bigint[] {
  const publicInput =
    hexToBigInt(keccak256(concat([prev.batchHash, stored.batchHash, stored.commitment]))) >> PUBLIC_INPUT_SHIFT
  return [MOCK_VERIFICATION_TYPE, 0n, MOCK_PROOF_MAGIC, publicInput]
}

/** Proves (mock proof) and executes a committed batch. */
export function proveAndExecuteBatchZksyncOs(
  ctx: ZksyncOsSettleContext,
  prev: StoredBatchInfo,
  stored: StoredBatchInfo,
): Promise<Hex> {
  return proveAndExecuteBatch(ctx, prev, stored, mockProofZksyncOs(prev, stored))
}
