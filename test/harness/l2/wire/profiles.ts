/**
 * Recorded wire formats of real L2 servers, one profile per server version. Every fact has a `sources` entry; the
 * human-readable record (with the reasoning and what could not be confirmed) is README.md beside this file.
 */
import type { Shape, Source, WireError, WireProfile } from './types.js'

const OS_REPO = 'matter-labs/zksync-os-server'
const ERA_REPO = 'matter-labs/zksync-era'

const OS_V011 = '196e7cc40c138cbb0008a3d774f49fb6afbbecd4'
const OS_V080 = '1a4c2d57ed0be04b21d8a287448a42c1a52134ff'
/** `lib/rpc_api/src/types.rs` as stored in the code index at this commit (after v0.18.0, see README) */
const OS_NEW_TYPES = '04103d332177bef8fef21e38d8092fb8bd9c1b37'
/** `lib/rpc/src/zks_impl.rs` at a v0.8.x commit (NotExecutedYet message) */
const OS_V08X_ZKS = '75221ef771dd65830131774232dcc6ce34566e96'
/** `lib/rpc/src/result.rs` at a commit after v0.8.0 (ZksError still maps to -32603) */
const OS_RESULT_LATER = '423cb9bad3fb5420b4c862e242e5277b876c3ea2'
/** squash commits of the PRs that changed the wire (from CHANGELOG.md) */
const OS_PR_875 = '26ea56f6e84febede0278995dbdd5c670c36eb88'
const OS_PR_923 = '9f8bcdd472af299615b08ea8718f98b3a67a853f'
const OS_PR_1064 = 'daad6431d1965347ad4966c0b740abd4e08c5dd6'
const OS_PR_704 = '117faa85db69889ff76bffe781fa4ed754d2a6e7'
const OS_PR_560 = '44a228151fb814d122b9afb75e88e980176c9902'
const OS_PR_500 = 'a1f28ab7bfabe659bffc9902bee036fadd7ed406'
const OS_CHANGELOG_V083 = '343d6cf8454b9f23658063d92970f3665533cef3'

const ERA_HEAD = '3e29e4a08d2e746c3eac0098f5e9bb3a5b3945aa'

const os = (commit: string, at: string): Source => ({ repo: OS_REPO, commit, at })
const era = (at: string): Source => ({ repo: ERA_REPO, commit: ERA_HEAD, at })

/** jsonrpsee's answer for an unknown method (both servers are jsonrpsee servers) */
const METHOD_NOT_FOUND: WireError = { code: -32601, message: 'Method not found' }

/** zksync-os-server: `ZksError` / `EthCallError` go through `internal_rpc_err` (-32603, Display string) */
const INTERNAL = -32603
const OS_NOT_BATCHED: WireError = {
  code: INTERNAL,
  message: 'transaction has not been included in an L1 batch yet',
}
const OS_NOT_EXECUTED: WireError = {
  code: INTERNAL,
  message: 'L1 batch containing the transaction has not been executed yet',
}
const OS_INDEX_OOB: WireError = {
  code: INTERNAL,
  message: 'provided L2->L1 log index ({index}) does not exist; there are only {count} L2->L1 logs in the transaction',
}
const OS_STATE_OVERRIDES: WireError = { code: INTERNAL, message: 'state overrides are not supported in `eth_call`' }
/** value above balance: the request is refused before execution; `{fee}` is the request's value (Rust Debug form) */
const OS_LACK_OF_FUNDS: WireError = {
  code: INTERNAL,
  message: 'invalid transaction: LackOfFundForMaxFee { fee: {fee}, balance: {balance} }',
}

// ---------------------------------------------------------------------------------------------------------------
// Shared alloy-derived shapes (zksync-os-server serializes through alloy's RPC types)

/** alloy `Log` inside a receipt; `blockTimestamp` is skipped when None */
const alloyLog: Shape = {
  object: {
    address: 'address',
    topics: { arrayOf: 'bytes32' },
    data: 'data',
    blockHash: ['bytes32', 'null'],
    blockNumber: ['quantity', 'null'],
    blockTimestamp: { optional: 'quantity' },
    transactionHash: ['bytes32', 'null'],
    transactionIndex: ['quantity', 'null'],
    logIndex: ['quantity', 'null'],
    removed: 'bool',
  },
}

/** the alloy `TransactionReceipt` outer fields, common to every receipt */
const alloyReceiptOuter = {
  transactionHash: 'bytes32',
  transactionIndex: ['quantity', 'null'],
  blockHash: ['bytes32', 'null'],
  blockNumber: ['quantity', 'null'],
  gasUsed: 'quantity',
  effectiveGasPrice: 'quantity',
  blobGasUsed: { optional: 'quantity' },
  blobGasPrice: { optional: 'quantity' },
  from: 'address',
  to: ['address', 'null'],
  contractAddress: ['address', 'null'],
} as const satisfies { readonly [key: string]: Shape }

/** `ZkReceipt` (camelCase, status flattened) inside the tagged `ZkReceiptEnvelope` */
const zkReceiptInner = (l2ToL1Log: Shape) =>
  ({
    status: 'quantity',
    cumulativeGasUsed: 'quantity',
    logs: { arrayOf: alloyLog },
    logsBloom: 'data',
    l2ToL1Logs: { arrayOf: l2ToL1Log },
  }) as const satisfies { readonly [key: string]: Shape }

const osReceipt = (l2ToL1Log: Shape): Shape => ({
  object: { ...alloyReceiptOuter, ...zkReceiptInner(l2ToL1Log), type: 'string' },
})

/** the node-internal `L2ToL1Log` (no serde rename): snake_case keys, plain JSON numbers (v0.1.1 .. v0.15.x) */
const osL2ToL1LogSnake: Shape = {
  object: {
    l2_shard_id: 'number',
    is_service: 'bool',
    tx_number_in_block: 'number',
    sender: 'address',
    key: 'bytes32',
    value: 'bytes32',
  },
}

/** the API `L2ToL1Log` of `lib/rpc_api` (camelCase, Era-like), since v0.16.0 (#875) */
const osL2ToL1LogApi: Shape = {
  object: {
    blockHash: ['bytes32', 'null'],
    blockNumber: ['quantity', 'null'],
    blockTimestamp: ['quantity', 'null'],
    transactionHash: ['bytes32', 'null'],
    transactionIndex: ['quantity', 'null'],
    logIndex: ['quantity', 'null'],
    transactionLogIndex: ['quantity', 'null'],
    shardId: 'quantity',
    isService: 'bool',
    sender: 'address',
    key: 'bytes32',
    value: 'bytes32',
  },
}

/** alloy RPC `Transaction` block/sender fields around a flattened envelope */
const alloyTxOuter = {
  blockHash: ['bytes32', 'null'],
  blockNumber: ['quantity', 'null'],
  transactionIndex: ['quantity', 'null'],
  from: 'address',
  gasPrice: { optional: 'quantity' },
} as const satisfies { readonly [key: string]: Shape }

/** an EIP-1559 transaction as alloy serializes it */
const alloyEip1559Tx: Shape = {
  object: {
    ...alloyTxOuter,
    type: 'string',
    chainId: 'quantity',
    nonce: 'quantity',
    gas: 'quantity',
    maxFeePerGas: 'quantity',
    maxPriorityFeePerGas: 'quantity',
    to: ['address', 'null'],
    value: 'quantity',
    accessList: { arrayOf: { object: { address: 'address', storageKeys: { arrayOf: 'bytes32' } } } },
    input: 'data',
    r: 'quantity',
    s: 'quantity',
    yParity: 'quantity',
    v: { optional: 'quantity' },
    hash: 'bytes32',
  },
}

/** the L1 (priority) transaction body, camelCase; `gas` is the gas limit (renamed since #438, v0.7.5) */
const osL1TxBody = {
  type: 'string',
  hash: 'bytes32',
  initiator: 'address',
  to: 'address',
  gas: 'quantity',
  gasPerPubdataByteLimit: 'quantity',
  maxFeePerGas: 'quantity',
  maxPriorityFeePerGas: 'quantity',
  nonce: 'quantity',
  value: 'quantity',
  toMint: 'quantity',
  refundRecipient: 'address',
  input: 'data',
  factoryDeps: { arrayOf: 'bytes32' },
} as const satisfies { readonly [key: string]: Shape }

// ---------------------------------------------------------------------------------------------------------------
// zksync-os-server

const osV011: WireProfile = {
  id: 'zksync-os-server@v0.1.1',
  flavour: 'zksync-os',
  repo: OS_REPO,
  ref: 'v0.1.1',
  commit: OS_V011,
  date: '2025-08-19T09:21:31+03:00',
  receipt: { l2: osReceipt(osL2ToL1LogSnake), priority: osReceipt(osL2ToL1LogSnake) },
  transaction: {
    l2: alloyEip1559Tx,
    priority: {
      object: {
        ...alloyTxOuter,
        type: 'string',
        hash: 'bytes32',
        from: 'address',
        to: 'address',
        gasLimit: 'quantity',
        gasPerPubdataByteLimit: 'quantity',
        maxFeePerGas: 'quantity',
        maxPriorityFeePerGas: 'quantity',
        nonce: 'quantity',
        value: 'quantity',
        toMint: 'quantity',
        refundRecipient: 'address',
        input: 'data',
        factoryDeps: { arrayOf: 'bytes32' },
      },
    },
  },
  priorityTxType: '0xff',
  priorityTxTypeByHash: '0x2a',
  proof: { object: { batch_number: 'number', proof: { arrayOf: 'bytes32' }, id: 'number', root: 'bytes32' } },
  proofNotReady: {
    unknownTx: 'null',
    notInBatch: OS_NOT_BATCHED,
    notExecuted: 'answers',
    indexOutOfRange: OS_INDEX_OOB,
  },
  methodNotFound: METHOD_NOT_FOUND,
  l1ToL2Estimate: {
    method: 'eth_estimateGas',
    type: 'none',
    minimalGasLimit: 0n,
    stateOverride: OS_STATE_OVERRIDES,
  },
  insufficientFunds: OS_LACK_OF_FUNDS,
  unservedMethods: ['zks_estimateGasL1ToL2', 'zks_getBaseTokenL1Address'],
  caveats: [
    'the receipt envelope tags an L1 tx "0xff" but eth_getTransactionByHash tags it "0x2a" (type 42, a stand-in used ' +
      'because 0xff is not EIP-2718-encodable); `priorityTxType` records the receipt value',
    'no L1->L2 estimator: the request `type` is ignored by eth_estimateGas (added in #370, v0.6.0); `type: "none"` and ' +
      '`minimalGasLimit: 0n` mean "not available"',
    'eth_getTransactionByHash of an L1 tx: the alloy `from` and the body `from` coincide (same key); see README',
  ],
  sources: {
    'proof.batch_number': os(OS_V011, 'lib/types/src/rpc.rs:8'),
    proof: os(OS_V011, 'lib/types/src/rpc.rs:6'),
    'receipt.camelCase': os(OS_V011, 'lib/types/src/receipt/mod.rs:16'),
    'receipt.l2ToL1Logs': os(OS_V011, 'lib/types/src/receipt/mod.rs:30'),
    'receipt.l2ToL1Logs[]': os(OS_V011, 'lib/types/src/log.rs:18'),
    'receipt.l2ToL1Logs[].tx_number_in_block': os(OS_V011, 'lib/types/src/log.rs:32'),
    'receipt.type.priority': os(OS_V011, 'lib/types/src/receipt/envelope.rs:52'),
    'transaction.priority.type': os(OS_V011, 'lib/types/src/transaction/mod.rs:28'),
    'transaction.priority': os(OS_V011, 'lib/types/src/transaction/l1.rs:28'),
    'proofNotReady.unknownTx': os(OS_V011, 'lib/rpc/src/zks_impl.rs:36'),
    'proofNotReady.notInBatch': os(OS_V011, 'lib/rpc/src/zks_impl.rs:151'),
    'proofNotReady.indexOutOfRange': os(OS_V011, 'lib/rpc/src/zks_impl.rs:162'),
    'errors.code': os(OS_V011, 'lib/rpc/src/result.rs:130'),
    'l1ToL2Estimate.stateOverride': os(OS_V011, 'lib/rpc/src/eth_call_handler.rs:199'),
    insufficientFunds: os(OS_V011, 'lib/rpc/src/eth_call_handler.rs:258'),
    'methods.zks': os(OS_V011, 'lib/rpc_api/src/zks.rs:10'),
  },
}

const osV080: WireProfile = {
  id: 'zksync-os-server@v0.8.0',
  flavour: 'zksync-os',
  repo: OS_REPO,
  ref: 'v0.8.0',
  commit: OS_V080,
  date: '2025-10-09T19:36:02+03:00',
  receipt: { l2: osReceipt(osL2ToL1LogSnake), priority: osReceipt(osL2ToL1LogSnake) },
  transaction: {
    l2: alloyEip1559Tx,
    priority: { object: { ...alloyTxOuter, ...osL1TxBody } },
  },
  priorityTxType: '0x7f',
  proof: { object: { batch_number: 'number', proof: { arrayOf: 'bytes32' }, id: 'number', root: 'bytes32' } },
  proofNotReady: {
    unknownTx: 'null',
    notInBatch: OS_NOT_BATCHED,
    notExecuted: OS_NOT_EXECUTED,
    indexOutOfRange: OS_INDEX_OOB,
  },
  methodNotFound: METHOD_NOT_FOUND,
  l1ToL2Estimate: {
    method: 'eth_estimateGas',
    type: '0x7f',
    minimalGasLimit: 200_000n,
    stateOverride: OS_STATE_OVERRIDES,
  },
  insufficientFunds: OS_LACK_OF_FUNDS,
  unservedMethods: ['zks_estimateGasL1ToL2', 'zks_getBaseTokenL1Address'],
  caveats: [
    'v, r, s, yParity on an L1 tx appear only from v0.8.1 (#500); v0.8.0 sends none of them',
    'upgrade txs are typed "0x7e"; eth_estimateGas with type 0x7e answers "upgrade transactions cannot be estimated"',
  ],
  sources: {
    proof: os(OS_V080, 'lib/rpc_api/src/types.rs:34'),
    'proof.batch_number': os(OS_V080, 'lib/rpc_api/src/types.rs:36'),
    'receipt.camelCase': os(OS_V080, 'lib/types/src/receipt/mod.rs:16'),
    'receipt.l2ToL1Logs': os(OS_V080, 'lib/types/src/receipt/mod.rs:30'),
    'receipt.l2ToL1Logs[]': os(OS_V080, 'lib/types/src/log.rs:19'),
    'receipt.l2ToL1Logs[].tx_number_in_block': os(OS_V080, 'lib/types/src/log.rs:33'),
    'receipt.type.priority': os(OS_V080, 'lib/types/src/receipt/envelope.rs:52'),
    'transaction.priority.type': os(OS_V080, 'lib/types/src/transaction/mod.rs:30'),
    'transaction.priority': os(OS_V080, 'lib/types/src/transaction/l1.rs:53'),
    priorityTxType: os(OS_V080, 'lib/types/src/transaction/l1.rs:39'),
    'proofNotReady.unknownTx': os(OS_V080, 'lib/rpc/src/zks_impl.rs:43'),
    'proofNotReady.notInBatch': os(OS_V080, 'lib/rpc/src/zks_impl.rs:180'),
    'proofNotReady.notExecuted': os(OS_V080, 'lib/rpc/src/zks_impl.rs:182'),
    'proofNotReady.notExecuted.check': os(OS_V080, 'lib/rpc/src/zks_impl.rs:74'),
    'proofNotReady.indexOutOfRange': os(OS_V080, 'lib/rpc/src/zks_impl.rs:193'),
    'errors.code': os(OS_V080, 'lib/rpc/src/result.rs:73'),
    'l1ToL2Estimate.type': os(OS_V080, 'lib/rpc/src/eth_call_handler.rs:109'),
    'l1ToL2Estimate.toMint': os(OS_V080, 'lib/rpc/src/eth_call_handler.rs:120'),
    'l1ToL2Estimate.minimalGasLimit': os(OS_V080, 'lib/types/src/transaction/l1.rs:29'),
    'l1ToL2Estimate.stateOverride': os(OS_V080, 'lib/rpc/src/eth_call_handler.rs:278'),
    insufficientFunds: os(OS_V080, 'lib/rpc/src/eth_call_handler.rs:333'),
    'methods.zks': os(OS_V080, 'lib/rpc_api/src/zks.rs:11'),
  },
}

const osNew: WireProfile = {
  id: 'zksync-os-server@04103d3',
  flavour: 'zksync-os',
  repo: OS_REPO,
  ref: 'main after v0.18.0 (release not determined; v0.20.2 could not be pinned)',
  commit: OS_NEW_TYPES,
  date: '2026-03-24',
  receipt: { l2: osReceipt(osL2ToL1LogApi), priority: osReceipt(osL2ToL1LogApi) },
  transaction: {
    l2: alloyEip1559Tx,
    priority: {
      object: {
        ...alloyTxOuter,
        ...osL1TxBody,
        v: 'quantity',
        r: 'quantity',
        s: 'quantity',
        yParity: 'quantity',
      },
    },
  },
  priorityTxType: '0x7f',
  proof: {
    object: {
      batchNumber: 'number',
      proof: { arrayOf: 'bytes32' },
      id: 'number',
      root: 'bytes32',
      gatewayBlockNumber: ['number', 'null'],
    },
  },
  proofNotReady: {
    unknownTx: 'null',
    notInBatch: OS_NOT_EXECUTED,
    notExecuted: OS_NOT_EXECUTED,
    indexOutOfRange: OS_INDEX_OOB,
  },
  methodNotFound: METHOD_NOT_FOUND,
  l1ToL2Estimate: {
    method: 'eth_estimateGas',
    type: '0x7f',
    minimalGasLimit: 200_000n,
    stateOverride: 'supported',
  },
  insufficientFunds: OS_LACK_OF_FUNDS,
  unservedMethods: ['zks_estimateGasL1ToL2', 'zks_getBaseTokenL1Address'],
  caveats: [
    'the code index holds no complete snapshot of one release after v0.8.3: facts are read from single files at ' +
      'different commits (README lists each); `date` is the v0.18.0 release date, a lower bound, not the commit date',
    'since #704 (v0.12.1) the executed check comes first, so a tx in a block not yet executed answers NotExecutedYet ' +
      'whether or not its batch is sealed; an executed block whose batch the node has not indexed answers ' +
      '"L1 batch containing the transaction has not been indexed by this node yet" (-32603)',
    'gatewayBlockNumber (#1064, v0.18.0) has no skip_serializing_if: it is present as null on chains settling on L1',
    'since v0.17.0 (#964) zks_getL2ToL1LogProof takes an optional third parameter (LogProofTarget, camelCase: ' +
      '"l1BatchRoot" default, "messageRoot")',
    'unservedMethods: zks_getBaseTokenL1Address was not seen in any zksync-os-server zks API file read; not confirmed ' +
      'for this version',
  ],
  sources: {
    proof: os(OS_NEW_TYPES, 'lib/rpc_api/src/types.rs (struct L2ToL1LogProof)'),
    'proof.batchNumber': os(OS_PR_923, 'CHANGELOG.md 0.17.0: camelCase batchNumber in L2->L1 log proof (#923)'),
    'proof.gatewayBlockNumber': os(OS_PR_1064, 'CHANGELOG.md 0.18.0: add gatewayBlockNumber (#1064)'),
    'receipt.l2ToL1Logs[]': os(OS_NEW_TYPES, 'lib/rpc_api/src/types.rs (struct L2ToL1Log)'),
    'receipt.l2ToL1Logs.format': os(OS_PR_875, 'CHANGELOG.md 0.16.0: change api l2 l1 log format (#875)'),
    'receipt.envelope': os(OS_NEW_TYPES, 'lib/rpc_api/src/types.rs (type ZkTransactionReceipt)'),
    'transaction.priority.vrs': os(OS_PR_500, 'CHANGELOG.md 0.8.1: default v,r,s,yParity in L1TxType (#500)'),
    'proofNotReady.notExecuted': os(OS_V08X_ZKS, 'lib/rpc/src/zks_impl.rs (ZksError::NotExecutedYet)'),
    'proofNotReady.order': os(OS_PR_704, 'CHANGELOG.md 0.12.1: move executed block check earlier (#704)'),
    'errors.code': os(OS_RESULT_LATER, 'lib/rpc/src/result.rs (impl_to_rpc_result!(ZksError))'),
    'l1ToL2Estimate.stateOverride': os(OS_PR_560, 'CHANGELOG.md 0.9.0: eth_estimateGas state overrides (#560)'),
    changelog: os(OS_CHANGELOG_V083, 'CHANGELOG.md'),
  },
}

// ---------------------------------------------------------------------------------------------------------------
// zksync-era (Era node API server)

const eraLog: Shape = {
  object: {
    address: 'address',
    topics: { arrayOf: 'bytes32' },
    data: 'data',
    blockHash: ['bytes32', 'null'],
    blockNumber: ['quantity', 'null'],
    l1BatchNumber: ['quantity', 'null'],
    transactionHash: ['bytes32', 'null'],
    transactionIndex: ['quantity', 'null'],
    logIndex: ['quantity', 'null'],
    transactionLogIndex: ['quantity', 'null'],
    logType: ['string', 'null'],
    removed: ['bool', 'null'],
    blockTimestamp: ['quantity', 'null'],
  },
}

const eraL2ToL1Log: Shape = {
  object: {
    blockHash: ['bytes32', 'null'],
    blockNumber: 'quantity',
    l1BatchNumber: ['quantity', 'null'],
    logIndex: 'quantity',
    transactionIndex: 'quantity',
    transactionHash: 'bytes32',
    transactionLogIndex: 'quantity',
    txIndexInL1Batch: ['quantity', 'null'],
    shardId: 'quantity',
    isService: 'bool',
    sender: 'address',
    key: 'bytes32',
    value: 'bytes32',
  },
}

const eraReceipt: Shape = {
  object: {
    transactionHash: 'bytes32',
    transactionIndex: 'quantity',
    blockHash: 'bytes32',
    blockNumber: 'quantity',
    l1BatchTxIndex: ['quantity', 'null'],
    l1BatchNumber: ['quantity', 'null'],
    from: 'address',
    to: ['address', 'null'],
    cumulativeGasUsed: 'quantity',
    gasUsed: ['quantity', 'null'],
    contractAddress: ['address', 'null'],
    logs: { arrayOf: eraLog },
    l2ToL1Logs: { arrayOf: eraL2ToL1Log },
    status: 'quantity',
    logsBloom: 'data',
    type: { optional: 'quantity' },
    effectiveGasPrice: ['quantity', 'null'],
  },
}

const eraTransaction: Shape = {
  object: {
    hash: 'bytes32',
    nonce: 'quantity',
    blockHash: ['bytes32', 'null'],
    blockNumber: ['quantity', 'null'],
    transactionIndex: ['quantity', 'null'],
    from: { optional: 'address' },
    to: ['address', 'null'],
    value: 'quantity',
    gasPrice: ['quantity', 'null'],
    gas: 'quantity',
    input: 'data',
    yParity: { optional: 'quantity' },
    v: { optional: 'quantity' },
    r: { optional: 'quantity' },
    s: { optional: 'quantity' },
    raw: { optional: 'data' },
    type: { optional: 'quantity' },
    accessList: { optional: { arrayOf: { object: { address: 'address', storageKeys: { arrayOf: 'bytes32' } } } } },
    maxFeePerGas: { optional: 'quantity' },
    maxPriorityFeePerGas: { optional: 'quantity' },
    chainId: 'quantity',
    l1BatchNumber: { optional: 'quantity' },
    l1BatchTxIndex: { optional: 'quantity' },
  },
}

const eraHead: WireProfile = {
  id: `era@${ERA_HEAD.slice(0, 7)}`,
  flavour: 'era',
  repo: ERA_REPO,
  ref: 'main (HEAD of the fetched snapshot)',
  commit: ERA_HEAD,
  date: '2026-07-02T16:03:44+01:00',
  receipt: { l2: eraReceipt, priority: eraReceipt },
  transaction: { l2: eraTransaction, priority: eraTransaction },
  priorityTxType: '0xff',
  proof: { object: { proof: { arrayOf: 'bytes32' }, id: 'number', root: 'bytes32', batchNumber: 'number' } },
  proofNotReady: {
    unknownTx: 'null',
    notInBatch: 'null',
    notExecuted: 'null',
    indexOutOfRange: 'null',
  },
  methodNotFound: METHOD_NOT_FOUND,
  l1ToL2Estimate: { method: 'zks_estimateGasL1ToL2' },
  insufficientFunds: {
    code: 3,
    message: 'insufficient funds for gas + value. balance: {balance}, fee: {fee}, value: {value}',
  },
  caveats: [
    'notExecuted: null until the batch has metadata (committed side) and, post-gateway, an execute transaction on ' +
      'record (eth_sender get_batch_execute_chain_id); pre-gateway protocol versions answer as soon as metadata exists',
    'when an external proof handler (l2_l1_log_proof_handler) is configured the answer comes from it instead',
    'the Era error for insufficient funds carries data "0x" beside code and message',
  ],
  sources: {
    proof: era('core/lib/types/src/api/mod.rs:252'),
    'proof.batchNumber': era('core/lib/types/src/api/mod.rs:260'),
    'proof.batchNumber.kind': era('core/lib/basic_types/src/macros.rs:1'),
    receipt: era('core/lib/types/src/api/mod.rs:284'),
    'receipt.l2ToL1Logs': era('core/lib/types/src/api/mod.rs:327'),
    'receipt.l2ToL1Logs[]': era('core/lib/types/src/api/mod.rs:582'),
    'receipt.logs[]': era('core/lib/types/src/api/mod.rs:486'),
    transaction: era('core/lib/types/src/api/mod.rs:600'),
    priorityTxType: era('core/lib/types/src/lib.rs:80'),
    upgradeTxType: era('core/lib/types/src/lib.rs:83'),
    'proofNotReady.unknownTx': era('core/node/api_server/src/web3/namespaces/zks.rs:325'),
    'proofNotReady.indexOutOfRange': era('core/node/api_server/src/web3/namespaces/zks.rs:200'),
    'proofNotReady.notCommitted': era('core/node/api_server/src/web3/namespaces/zks.rs:209'),
    'proofNotReady.notExecuted': era('core/node/api_server/src/web3/namespaces/zks.rs:246'),
    'l1ToL2Estimate.method': era('core/lib/web3_decl/src/namespaces/zks.rs:33'),
    'l1ToL2Estimate.impl': era('core/node/api_server/src/web3/namespaces/zks.rs:85'),
    'methods.getBaseTokenL1Address': era('core/node/api_server/src/web3/namespaces/zks.rs:556'),
    insufficientFunds: era('core/node/api_server/src/tx_sender/result.rs:19'),
    'insufficientFunds.code': era('core/node/api_server/src/web3/backend_jsonrpsee/mod.rs:47'),
    methodNotFound: era('core/node/api_server/src/web3/backend_jsonrpsee/mod.rs:35'),
  },
}

export const profiles: readonly WireProfile[] = [osV011, osV080, osNew, eraHead]

export const profileById = (id: string): WireProfile => {
  const found = profiles.find((p) => p.id === id)
  if (!found) throw new Error(`no wire profile '${id}' (known: ${profiles.map((p) => p.id).join(', ')})`)
  return found
}
