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
  zeroHash,
} from 'viem'
import { readArtifact } from '../artifacts.js'
import { type L2ToL1Log, serializeLog } from './merkle.js'

const storedBatchInfo = {
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

const EMPTY_STRING_KECCAK = keccak256('0x')
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
}

async function sendAndWait(ctx: SettleContext, functionName: string, args: readonly unknown[]) {
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
    log(6, L1_MESSENGER, pad(ctx.l2DAValidator, { size: 32 })),
    log(7, BOOTLOADER, zeroHash),
    log(8, BOOTLOADER, zeroHash),
  ]
  if (upgradeTxHash !== zeroHash && upgradeBatch === 0n) logs.push(log(9, BOOTLOADER, upgradeTxHash))
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
  const executorAbi = readArtifact('ExecutorFacet').abi
  let commitment: Hex | undefined
  for (const l of receipt.logs) {
    if (l.address.toLowerCase() !== ctx.diamond.toLowerCase()) continue
    try {
      const ev = decodeEventLog({ abi: executorAbi, data: l.data, topics: l.topics })
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

/** Proves (empty proof, testnet verifier) and executes a committed batch. */
export async function proveAndExecuteBatch(
  ctx: SettleContext,
  prev: StoredBatchInfo,
  stored: StoredBatchInfo,
): Promise<Hex> {
  const n = stored.batchNumber
  const proofData = concat([
    '0x01',
    encodeAbiParameters(
      [storedBatchInfo, { type: 'tuple[]', components: storedBatchInfo.components }, { type: 'uint256[]' }],
      [prev, [stored], []],
    ),
  ])
  await sendAndWait(ctx, 'proveBatchesSharedBridge', [ctx.diamond, n, n, proofData])
  const executeData = concat([
    '0x01',
    encodeAbiParameters(
      [{ type: 'tuple[]', components: storedBatchInfo.components }, priorityOpsBatchInfo, interopRoots],
      [[stored], [{ leftPath: [], rightPath: [], itemHashes: [] }], [[]]],
    ),
  ])
  const receipt = await sendAndWait(ctx, 'executeBatchesSharedBridge', [ctx.diamond, n, n, executeData])
  return receipt.transactionHash
}
