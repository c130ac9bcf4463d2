/**
 * The vocabulary of the recorded wire formats (`profiles.ts`, README.md beside this file): what a real L2 server puts
 * on the wire for each JSON-RPC method the library calls, written as shapes that an answer can be checked against.
 */

/** How one JSON value is serialized. */
export type Kind =
  /** a `0x`-prefixed hex quantity (`"0x1a"`), as `alloy::serde::quantity` / `U64` write it */
  | 'quantity'
  /** a JSON number (a plain `u8`/`u16`/`u32`/`u64` serialized by serde without a quantity helper) */
  | 'number'
  | 'bool'
  /** 20-byte hex */
  | 'address'
  /** 32-byte hex */
  | 'bytes32'
  /** hex bytes of any length */
  | 'data'
  | 'string'
  | 'null'

/**
 * A shape: a kind; a union of kinds (`['quantity', 'null']`); an object whose keys are exactly the listed ones
 * (a key whose shape is `{ optional: … }` may be absent); or an array of one shape (`{ arrayOf: … }`).
 */
export type Shape =
  | Kind
  | readonly Kind[]
  | { readonly arrayOf: Shape }
  | { readonly optional: Shape }
  | { readonly object: { readonly [key: string]: Shape } }

/** A JSON-RPC error exactly as the server sends it. `message` may hold `{…}` placeholders for values. */
export type WireError = { readonly code: number; readonly message: string }

/** Where a fact was read: repository, commit and `path:line`. */
export type Source = { readonly repo: string; readonly commit: string; readonly at: string }

export type WireProfile = {
  /** e.g. `zksync-os-server@v0.8.0` */
  readonly id: string
  readonly flavour: 'era' | 'zksync-os'
  readonly repo: string
  /** a tag or branch, and the commit it names */
  readonly ref: string
  readonly commit: string
  /** the commit date, ISO */
  readonly date: string
  /** `eth_getTransactionReceipt` of an L2 transaction (EIP-1559) and of a priority (L1 -> L2) transaction */
  readonly receipt: { readonly l2: Shape; readonly priority: Shape }
  /** `eth_getTransactionByHash` of the same two */
  readonly transaction: { readonly l2: Shape; readonly priority: Shape }
  /** the priority transaction's `type` on the wire (`0x7f` ZKsync OS, `0xff` Era) */
  readonly priorityTxType: string
  /** where `eth_getTransactionByHash` types a priority transaction otherwise than its receipt does */
  readonly priorityTxTypeByHash?: string
  /** `zks_getL2ToL1LogProof` once ready */
  readonly proof: Shape
  /**
   * How `zks_getL2ToL1LogProof` says "not ready": `null` as the result, or an error. `unknownTx` is the answer for a
   * hash the node does not know.
   */
  readonly proofNotReady: {
    readonly unknownTx: 'null' | WireError
    readonly notInBatch: 'null' | WireError
    /** in a batch, but the batch is not yet executed on L1 (`null` where the server answers once committed) */
    readonly notExecuted: 'null' | WireError | 'answers'
    readonly indexOutOfRange: 'null' | WireError
  }
  /** a method the server does not serve */
  readonly methodNotFound: WireError
  /** L2 gas of a priority transaction: the server's own estimator for L1 transactions */
  readonly l1ToL2Estimate:
    | { readonly method: 'zks_estimateGasL1ToL2' }
    | {
        readonly method: 'eth_estimateGas'
        /** the request's `type` that makes the server build an L1 transaction (value minted first) */
        readonly type: string
        /** the server's floor for an L1 transaction's gas (`L1_TX_MINIMAL_GAS_LIMIT`) */
        readonly minimalGasLimit: bigint
        /** whether a state override (third parameter) is accepted, and the error when it is not */
        readonly stateOverride: 'supported' | WireError
      }
  /** the error of an `eth_estimateGas`/`eth_call` whose sender lacks the value */
  readonly insufficientFunds: WireError
  /** every recorded fact, by a dotted name (`receipt.l2ToL1Logs`, `proof.batch_number`, …) */
  readonly sources: { readonly [fact: string]: Source }
  /**
   * Where this profile is weaker than its `ref`/`commit`/`date` suggest (e.g. facts read from a neighbouring version,
   * a date that is a bound rather than the commit date). Absent when every fact was read at `commit`.
   */
  readonly caveats?: readonly string[]
  /** JSON-RPC methods the library calls that this server version does not serve (they answer `methodNotFound`) */
  readonly unservedMethods?: readonly string[]
}
