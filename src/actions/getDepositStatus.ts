import {
  type Chain,
  type Client,
  type GetTransactionReceiptErrorType,
  type Hash,
  type Hex,
  type TransactionReceipt,
  TransactionReceiptNotFoundError,
  type Transport,
  zeroHash,
} from 'viem'
import { getTransactionReceipt } from 'viem/actions'
import { getAction } from 'viem/utils'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { l1NullifierAbi } from '../abis/l1Nullifier.js'
import { zkChainAbi } from '../abis/zkChain.js'
import { L2_BOOTLOADER_ADDRESS } from '../constants/addresses.js'
import { BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC } from '../constants/topics.js'
import type { ErrorType } from '../errors/base.js'
import { L2ClientRequiredError, L2ResponseMalformedError } from '../errors/common.js'
import { type GetL1ContractsErrorType, getL1Contracts, type L2TargetParameters } from './getL1Contracts.js'
import { getL2ToL1LogProof } from './getL2ToL1LogProof.js'
import { type GetL2TransactionHashErrorType, getL2TransactionHash } from './getL2TransactionHash.js'
import { assertHash } from './internal/assertParameters.js'
import { batchPosition, findL2ToL1LogIndex, getL2ReceiptInfo, isSender } from './internal/l2Receipt.js'
import { readContractsSettled, unwrapRead } from './internal/readContracts.js'

export type DepositStatus = 'l1-pending' | 'l1-reverted' | 'l2-pending' | 'l2-executed' | 'l2-failed'

export type GetDepositStatusParameters = L2TargetParameters & {
  /** A client on the L2 (its chain also names the target). */
  l2Client: Client
  /** The L1 transaction of the deposit or `requestExecute`. */
  hash: Hash
  /** The L1 receipt, if already known (saves a request). */
  l1Receipt?: TransactionReceipt | undefined
  /** The L2 hash, if already known (saves reading the chain's contracts). */
  l2Hash?: Hash | undefined
}

export type GetDepositStatusReturnType = {
  status: DepositStatus
  l2Hash?: Hash | undefined
  /**
   * Only for `l2-failed`: `true` when L1 itself verifies the failure (`proveL1ToL2TransactionStatus` with the node's
   * proof, the batch executed) of a second-bridge deposit whose tokens the L1Nullifier still holds, so that
   * `claimFailedDeposit` can recover them now. `false` for direct (base-token) deposits and `requestExecute`, which
   * were refunded on L2, for a deposit claimed already (`claimed`), and while the failure cannot be verified yet
   * (`claimWaitingFor`) or L1 rejects the node's proof of it (`claimProofInvalid`).
   */
  claimable?: boolean | undefined
  /** Only for `l2-failed`: the deposit's tokens were claimed back on L1 already (the L1Nullifier has no record left). */
  claimed?: boolean | undefined
  /** Only for `l2-failed` second-bridge deposits not yet claimable: what the claim waits for. */
  claimWaitingFor?: 'proof' | 'batch-execution' | undefined
  /** Only for `l2-failed`: the node's proof of the failure does not verify on L1 (a wrong or lying node). */
  claimProofInvalid?: boolean | undefined
  l1Receipt?: TransactionReceipt | undefined
  l2Receipt?: TransactionReceipt | undefined
}

export type GetDepositStatusErrorType =
  | GetL1ContractsErrorType
  | GetL2TransactionHashErrorType
  | GetTransactionReceiptErrorType
  | ErrorType

/**
 * Where a deposit stands: its L1 transaction pending or reverted, its L2 transaction pending, executed or failed.
 * A failed deposit is `claimable` when its tokens can be recovered on L1 now, as L1 says: a second-bridge deposit
 * (`BridgehubDepositFinalized` in the L1 receipt) that the L1Nullifier still records, whose failure L1 verifies with
 * the node's proof (`proveL1ToL2TransactionStatus`, batch executed); `claimed` once recovered. Reading that costs, on
 * the failure path only, the L1 addresses, the L2 receipt and proof, and one L1 multicall.
 *
 * @example
 * import { getDepositStatus } from 'zksync-l1-actions'
 *
 * const { status, l2Hash } = await getDepositStatus(publicClient, { l2Client, hash: '0x…' as `0x${string}` })
 */
export async function getDepositStatus<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetDepositStatusParameters,
): Promise<GetDepositStatusReturnType> {
  const { l2Client, hash } = parameters
  assertHash('hash', hash)
  assertHash('l2Hash', parameters.l2Hash, { optional: true })
  if (!isClient(l2Client))
    throw new L2ClientRequiredError({ action: 'getDepositStatus', reason: 'the deposit is executed on L2' })
  const l1Receipt = parameters.l1Receipt ?? (await receiptOrNull(client, hash))
  if (!l1Receipt) return { status: 'l1-pending' }
  if (l1Receipt.status !== 'success') return { status: 'l1-reverted', l1Receipt }
  const l2Hash =
    parameters.l2Hash ??
    (await getL2TransactionHash(client, {
      ...parameters,
      l2Chain: parameters.l2Chain ?? l2Client.chain,
      receipt: l1Receipt,
      hash: undefined,
    }))
  const l2Receipt = await receiptOrNull(l2Client, l2Hash)
  if (!l2Receipt) return { status: 'l2-pending', l2Hash, l1Receipt }
  // an answer that is not this transaction's receipt says nothing of it
  if (
    (l2Receipt.status !== 'success' && l2Receipt.status !== 'reverted') ||
    typeof l2Receipt.transactionHash !== 'string' ||
    l2Receipt.transactionHash.toLowerCase() !== l2Hash.toLowerCase()
  )
    throw new L2ResponseMalformedError({
      method: 'eth_getTransactionReceipt',
      hash: l2Hash,
      reason: 'not the receipt of this transaction',
    })
  if (l2Receipt.status === 'success') return { status: 'l2-executed', l2Hash, l1Receipt, l2Receipt }
  const failed = { status: 'l2-failed', l2Hash, l1Receipt, l2Receipt } as const
  // only second-bridge deposits leave their tokens on L1 (the L1Nullifier records them: `BridgehubDepositFinalized`)
  if (!l1Receipt.logs.some((log) => log.topics[0]?.toLowerCase() === BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC))
    return { ...failed, claimable: false }
  return { ...failed, ...(await readClaim(client as Client<Transport, Chain | undefined>, parameters, l2Hash)) }
}

/** What L1 says of the claim of a failed second-bridge deposit: claimed, verified failed (claimable), or not yet. */
async function readClaim(
  client: Client<Transport, Chain | undefined>,
  parameters: GetDepositStatusParameters,
  l2Hash: Hash,
): Promise<Pick<GetDepositStatusReturnType, 'claimable' | 'claimed' | 'claimWaitingFor' | 'claimProofInvalid'>> {
  const { l2Client } = parameters
  const [contracts, receipt] = await Promise.all([
    getL1Contracts(client, { ...parameters, l2Client }),
    getL2ReceiptInfo(l2Client, l2Hash),
  ])
  // the bootloader's status log of the priority transaction: its position in `l2ToL1Logs` is the proof index
  const logIndex = receipt
    ? findL2ToL1LogIndex(
        receipt.l2ToL1Logs,
        (log) => isSender(log, L2_BOOTLOADER_ADDRESS) && log.key.toLowerCase() === l2Hash.toLowerCase(),
      )
    : undefined
  const proof =
    receipt && logIndex !== undefined ? await getL2ToL1LogProof(l2Client, { hash: l2Hash, index: logIndex }) : null
  const position =
    receipt && proof && logIndex !== undefined ? batchPosition(receipt, logIndex, proof, l2Hash) : undefined
  const [stored, executed, verified] = await readContractsSettled(client, [
    {
      address: contracts.l1Nullifier,
      abi: l1NullifierAbi,
      functionName: 'depositHappened',
      args: [contracts.l2ChainId, l2Hash],
    },
    { address: contracts.diamond, abi: zkChainAbi, functionName: 'getTotalBatchesExecuted' },
    ...(proof && position?.l2BatchNumber !== undefined && position.l2TxNumberInBatch !== undefined
      ? [
          {
            address: contracts.bridgehub,
            abi: bridgehubAbi,
            functionName: 'proveL1ToL2TransactionStatus',
            // TxStatus.Failure = 0
            args: [
              contracts.l2ChainId,
              l2Hash,
              position.l2BatchNumber,
              BigInt(proof.id),
              position.l2TxNumberInBatch,
              proof.proof,
              0,
            ],
          } as const,
        ]
      : []),
  ])
  if ((unwrapRead(stored) as Hex) === zeroHash) return { claimable: false, claimed: true }
  if (!proof || position?.l2BatchNumber === undefined) return { claimable: false, claimWaitingFor: 'proof' }
  if ((unwrapRead(executed) as bigint) < position.l2BatchNumber)
    return { claimable: false, claimWaitingFor: 'batch-execution' }
  if (verified?.status === 'success' && verified.result === true) return { claimable: true }
  return { claimable: false, claimProofInvalid: true }
}

async function receiptOrNull(client: Client<Transport, Chain | undefined>, hash: Hash) {
  try {
    return await getAction(client, getTransactionReceipt, 'getTransactionReceipt')({ hash })
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return null
    throw error
  }
}

/** Something a request can be made of: a viem client (or transport-backed object with `request`). */
function isClient(value: unknown): value is Client {
  return typeof value === 'object' && value !== null && typeof (value as Client).request === 'function'
}
