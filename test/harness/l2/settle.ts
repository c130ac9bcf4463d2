/**
 * Settles a batch of the simulated L2 on the real L1 contracts: commit -> prove -> execute through the
 * ValidatorTimelock, as a validator does, with the testnet verifier accepting the empty proof.
 * Afterwards the diamond holds the batch's L2 -> L1 logs root, and `proveL2MessageInclusion` (and so
 * every finalization and claim) checks real Merkle proofs against it.
 */
import {
  type Address,
  concat,
  decodeEventLog,
  encodeAbiParameters,
  type Hex,
  keccak256,
  numberToHex,
  type PublicClient,
  pad,
  type WalletClient,
  zeroAddress,
  zeroHash,
} from 'viem'
import { readArtifact } from '../artifacts.js'
import { protocolMinor } from '../versions.js'
import { type L2ToL1Log, serializeLog } from './merkle.js'

export const storedBatchInfo = {
  type: 'tuple',
  components: [
    { name: 'batchNumber', type: 'uint64' },
    { name: 'batchHash', type: 'bytes32' },
    { name: 'indexRepeatedStorageChanges', type: 'uint64' },
    { name: 'numberOfLayer1Txs', type: 'uint256' },
    { name: 'priorityOperationsHash', type: 'bytes32' },
    { name: 'dependencyRootsRollingHash', type: 'bytes32' },
    { name: 'l2LogsTreeRoot', type: 'bytes32' },
    { name: 'timestamp', type: 'uint256' },
    { name: 'commitment', type: 'bytes32' },
  ],
} as const

const commitBatchInfo = {
  type: 'tuple[]',
  components: [
    { name: 'batchNumber', type: 'uint64' },
    { name: 'timestamp', type: 'uint64' },
    { name: 'indexRepeatedStorageChanges', type: 'uint64' },
    { name: 'newStateRoot', type: 'bytes32' },
    { name: 'numberOfLayer1Txs', type: 'uint256' },
    { name: 'priorityOperationsHash', type: 'bytes32' },
    { name: 'bootloaderHeapInitialContentsHash', type: 'bytes32' },
    { name: 'eventsQueueStateHash', type: 'bytes32' },
    { name: 'systemLogs', type: 'bytes' },
    { name: 'operatorDAInput', type: 'bytes' },
  ],
} as const

const priorityOpsBatchInfo = {
  type: 'tuple[]',
  components: [
    { name: 'leftPath', type: 'bytes32[]' },
    { name: 'rightPath', type: 'bytes32[]' },
    { name: 'itemHashes', type: 'bytes32[]' },
  ],
} as const

const interopRoots = {
  type: 'tuple[][]',
  components: [
    { name: 'chainId', type: 'uint256' },
    { name: 'blockOrBatchNumber', type: 'uint256' },
    { name: 'sides', type: 'bytes32[]' },
  ],
} as const

/** `L2Log` (`common/Messaging.sol`), an element of the draft-v31 execute data */
const l2Logs = {
  type: 'tuple[][]',
  components: [
    { name: 'l2ShardId', type: 'uint8' },
    { name: 'isService', type: 'bool' },
    { name: 'txNumberInBatch', type: 'uint16' },
    { name: 'sender', type: 'address' },
    { name: 'key', type: 'bytes32' },
    { name: 'value', type: 'bytes32' },
  ],
} as const

export type StoredBatchInfo = {
  batchNumber: bigint
  batchHash: Hex
  indexRepeatedStorageChanges: bigint
  numberOfLayer1Txs: bigint
  priorityOperationsHash: Hex
  dependencyRootsRollingHash: Hex
  l2LogsTreeRoot: Hex
  timestamp: bigint
  commitment: Hex
}

export const EMPTY_STRING_KECCAK = keccak256('0x')
const BOOTLOADER: Address = '0x0000000000000000000000000000000000008001'
const L1_MESSENGER: Address = '0x0000000000000000000000000000000000008008'
const SYSTEM_CONTEXT: Address = '0x000000000000000000000000000000000000800b'

export function genesisStoredBatch(genesis: {
  batchHash: Hex
  indexRepeatedStorageChanges: number
  batchCommitment: Hex
}): StoredBatchInfo {
  return {
    batchNumber: 0n,
    batchHash: genesis.batchHash,
    indexRepeatedStorageChanges: BigInt(genesis.indexRepeatedStorageChanges),
    numberOfLayer1Txs: 0n,
    priorityOperationsHash: EMPTY_STRING_KECCAK,
    dependencyRootsRollingHash: zeroHash,
    l2LogsTreeRoot: zeroHash,
    timestamp: 0n,
    commitment: genesis.batchCommitment,
  }
}

export type SettleContext = {
  publicClient: PublicClient
  walletClient: WalletClient
  validator: Address
  validatorTimelock: Address
  diamond: Address
  l2DAValidator: Address
  /**
   * From zkos-v0.30.2 on, system log 6 carries the chain's `L2DACommitmentScheme` instead of the L2 DA validator
   * address (`Executor.sol:390` there, `Committer.sol:654` at draft-v31)
   */
  l2DACommitmentScheme?: number | undefined
}

/**
 * The facet that emits `BlockCommit`: the Executor, or from draft-v31 on the new Committer facet
 * (`state-transition/chain-deps/facets/Committer.sol:152`), which the ValidatorTimelock calls for the commit.
 */
export const committerAbi = () => readArtifact(protocolMinor >= 31 ? 'CommitterFacet' : 'ExecutorFacet').abi

export async function sendAndWait(ctx: SettleContext, functionName: string, args: readonly unknown[]) {
  const { abi } = readArtifact('ValidatorTimelock')
  const hash = await ctx.walletClient.writeContract({
    address: ctx.validatorTimelock,
    abi,
    functionName,
    args,
    account: ctx.validator,
    chain: null,
  })
  const receipt = await ctx.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 5 })
  if (receipt.status !== 'success') throw new Error(`${functionName} reverted`)
  return receipt
}

const log = (key: number, sender: Address, value: Hex): L2ToL1Log => ({
  l2ShardId: 0,
  isService: true,
  txNumberInBatch: 0,
  sender,
  key: numberToHex(key, { size: 32 }),
  value,
})

/** Commits one batch whose L2 -> L1 logs tree root is `root`. Returns the stored batch info. */
export async function commitBatch(
  ctx: SettleContext,
  prev: StoredBatchInfo,
  root: Hex,
): Promise<{ stored: StoredBatchInfo; hash: Hex }> {
  const batchNumber = prev.batchNumber + 1n
  const block = await ctx.publicClient.getBlock()
  const ts = block.timestamp > prev.timestamp ? block.timestamp : prev.timestamp + 1n
  const gettersAbi = readArtifact('GettersFacet').abi
  const upgradeTxHash = (await ctx.publicClient.readContract({
    address: ctx.diamond,
    abi: gettersAbi,
    functionName: 'getL2SystemContractsUpgradeTxHash',
  })) as Hex
  const upgradeBatch = (await ctx.publicClient.readContract({
    address: ctx.diamond,
    abi: gettersAbi,
    functionName: 'getL2SystemContractsUpgradeBatchNumber',
  })) as bigint
  const logs: L2ToL1Log[] = [
    log(0, L1_MESSENGER, root),
    log(1, SYSTEM_CONTEXT, numberToHex((ts << 128n) | ts, { size: 32 })),
    log(2, BOOTLOADER, EMPTY_STRING_KECCAK),
    log(3, BOOTLOADER, zeroHash),
    log(4, SYSTEM_CONTEXT, prev.batchHash),
    log(5, L1_MESSENGER, zeroHash),
    log(
      6,
      L1_MESSENGER,
      ctx.l2DACommitmentScheme === undefined
        ? pad(ctx.l2DAValidator, { size: 32 })
        : numberToHex(ctx.l2DACommitmentScheme, { size: 32 }),
    ),
    log(7, BOOTLOADER, zeroHash),
    log(8, BOOTLOADER, zeroHash),
  ]
  // draft-v31 adds key 9, the settlement layer's chain id, which must be the chain settling (`block.chainid`,
  // `Committer.sol:676`), and moves the upgrade transaction's hash to key 10 (`system-contracts/contracts/
  // Constants.sol:113-128`)
  if (protocolMinor >= 31) logs.push(log(9, BOOTLOADER, numberToHex(await ctx.publicClient.getChainId(), { size: 32 })))
  const upgradeKey = protocolMinor >= 31 ? 10 : 9
  if (upgradeTxHash !== zeroHash && upgradeBatch === 0n) logs.push(log(upgradeKey, BOOTLOADER, upgradeTxHash))
  const newStateRoot = keccak256(concat([prev.batchHash, numberToHex(batchNumber, { size: 32 })]))
  const commitData = concat([
    '0x01',
    encodeAbiParameters(
      [storedBatchInfo, commitBatchInfo],
      [
        prev,
        [
          {
            batchNumber,
            timestamp: ts,
            indexRepeatedStorageChanges: prev.indexRepeatedStorageChanges + 1n,
            newStateRoot,
            numberOfLayer1Txs: 0n,
            priorityOperationsHash: EMPTY_STRING_KECCAK,
            bootloaderHeapInitialContentsHash: zeroHash,
            eventsQueueStateHash: zeroHash,
            systemLogs: concat(logs.map(serializeLog)),
            operatorDAInput: zeroHash,
          },
        ],
      ],
    ),
  ])
  const receipt = await sendAndWait(ctx, 'commitBatchesSharedBridge', [
    ctx.diamond,
    batchNumber,
    batchNumber,
    commitData,
  ])
  const abi = committerAbi()
  let commitment: Hex | undefined
  for (const l of receipt.logs) {
    if (l.address.toLowerCase() !== ctx.diamond.toLowerCase()) continue
    try {
      const ev = decodeEventLog({ abi, data: l.data, topics: l.topics })
      if (ev.eventName === 'BlockCommit') commitment = (ev.args as unknown as { commitment: Hex }).commitment
    } catch {}
  }
  if (!commitment) throw new Error('BlockCommit event not found')
  return {
    hash: receipt.transactionHash,
    stored: {
      batchNumber,
      batchHash: newStateRoot,
      indexRepeatedStorageChanges: prev.indexRepeatedStorageChanges + 1n,
      numberOfLayer1Txs: 0n,
      priorityOperationsHash: EMPTY_STRING_KECCAK,
      dependencyRootsRollingHash: zeroHash,
      l2LogsTreeRoot: root,
      timestamp: ts,
      commitment,
    },
  }
}

/**
 * Proves and executes a committed batch. The proof is what the chain's testnet verifier accepts: empty for Era's
 * (the default), the mock proof for ZKsync OS's (`settleZksyncOs.ts`). Both encodings are common to the two VMs.
 */
export async function proveAndExecuteBatch(
  ctx: SettleContext,
  prev: StoredBatchInfo,
  stored: StoredBatchInfo,
  proof: readonly bigint[] = [],
): Promise<Hex> {
  const n = stored.batchNumber
  const proofData = concat([
    '0x01',
    encodeAbiParameters(
      [storedBatchInfo, { type: 'tuple[]', components: storedBatchInfo.components }, { type: 'uint256[]' }],
      [prev, [stored], proof],
    ),
  ])
  await sendAndWait(ctx, 'proveBatchesSharedBridge', [ctx.diamond, n, n, proofData])
  const batches = { type: 'tuple[]', components: storedBatchInfo.components } as const
  const priorityOps = [{ leftPath: [], rightPath: [], itemHashes: [] }]
  const executeData = concat([
    '0x01',
    protocolMinor >= 31
      ? // draft-v31: the 7-tuple, whose logs, messages and multichain roots (what a Gateway relays) must be empty
        // on L1 (`state-transition/libraries/BatchDecoder.sol:268`, `Executor.sol:177-180`); no settlement fee payer
        encodeAbiParameters(
          [
            batches,
            priorityOpsBatchInfo,
            interopRoots,
            l2Logs,
            { type: 'bytes[][]' },
            { type: 'bytes32[]' },
            { type: 'address' },
          ],
          [[stored], priorityOps, [[]], [], [], [], zeroAddress],
        )
      : encodeAbiParameters([batches, priorityOpsBatchInfo, interopRoots], [[stored], priorityOps, [[]]]),
  ])
  const receipt = await sendAndWait(ctx, 'executeBatchesSharedBridge', [ctx.diamond, n, n, executeData])
  return receipt.transactionHash
}
