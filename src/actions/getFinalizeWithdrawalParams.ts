import {
  type Address,
  type Chain,
  type Client,
  decodeAbiParameters,
  getAddress,
  type Hash,
  type Hex,
  isAddressEqual,
  keccak256,
  type RpcRequestErrorType,
  sliceHex,
  type Transport,
} from 'viem'
import { L1_MESSENGER_ADDRESS } from '../constants/addresses.js'
import { L1_MESSAGE_SENT_TOPIC } from '../constants/topics.js'
import type { L1ChainMismatchErrorType, L2ClientRequiredErrorType } from '../errors/common.js'
import { L2ClientRequiredError, L2ResponseMalformedError } from '../errors/common.js'
import {
  WithdrawalFailedOnL2Error,
  type WithdrawalFailedOnL2ErrorType,
  WithdrawalIndexOutOfRangeError,
  type WithdrawalIndexOutOfRangeErrorType,
  WithdrawalIndexRequiredError,
  type WithdrawalIndexRequiredErrorType,
  WithdrawalMessageNotFoundError,
  type WithdrawalMessageNotFoundErrorType,
  WithdrawalNotReadyError,
  type WithdrawalNotReadyErrorType,
} from '../errors/withdrawal.js'
import { type L2TargetParameters, resolveL2Target } from './getL1Contracts.js'
import { getL2ToL1LogProof } from './getL2ToL1LogProof.js'
import { assertHash, assertIndex } from './internal/assertParameters.js'
import { batchPosition, findL2ToL1LogIndex, getL2ReceiptInfo, isSender } from './internal/l2Receipt.js'

/** The argument of `L1Nullifier.finalizeDeposit` (`FinalizeL1DepositParams`). */
export type FinalizeL1DepositParams = {
  chainId: bigint
  l2BatchNumber: bigint
  /** the log's index in the batch's L2->L1 log tree (the proof's `id`) */
  l2MessageIndex: bigint
  /** the L2 contract that sent the message: `0x…800a`, `0x…10003` or a custom bridge */
  l2Sender: Address
  l2TxNumberInBatch: number
  message: Hex
  /** exactly as the node returned it */
  merkleProof: Hex[]
}

export type GetFinalizeWithdrawalParamsParameters = Omit<L2TargetParameters, 'l2Client'> & {
  /** A client connected to the L2 the withdrawal started on. */
  l2Client?: Client | undefined
  /** Hash of the L2 withdrawal transaction. */
  hash: Hash
  /**
   * Which of the transaction's L2->L1 messages to finalize, counting from 0. May be omitted when the transaction sent
   * exactly one.
   */
  index?: number | undefined
}

export type GetFinalizeWithdrawalParamsReturnType = FinalizeL1DepositParams

export type GetFinalizeWithdrawalParamsErrorType =
  | L2ClientRequiredErrorType
  | L1ChainMismatchErrorType
  | WithdrawalNotReadyErrorType
  | WithdrawalFailedOnL2ErrorType
  | WithdrawalMessageNotFoundErrorType
  | WithdrawalIndexRequiredErrorType
  | WithdrawalIndexOutOfRangeErrorType
  | RpcRequestErrorType
  | Error

/**
 * Builds the `finalizeDeposit` parameters of an L2->L1 withdrawal from its L2 receipt and the node's proof: the
 * message and its sender from the `L1MessageSent` log, the batch and the transaction's number in it from the receipt
 * (Era) or from the proof and the `l2ToL1Logs` entry (ZKsync OS: the proof's batch, the entry's `tx_number_in_block`),
 * the proof passed through unchanged. Costs two L2 requests.
 *
 * Throws `WithdrawalNotReadyError` while the L2 receipt or the proof is missing (Era gives the proof once the batch is
 * committed, ZKsync OS once it is executed), `WithdrawalFailedOnL2Error` for a reverted transaction.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { mainnet, zksync } from 'viem/chains'
 * import { getFinalizeWithdrawalParams } from 'zksync-l1-actions'
 *
 * const client = createPublicClient({ chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const params = await getFinalizeWithdrawalParams(client, { l2Client, hash: '0x…' })
 */
export async function getFinalizeWithdrawalParams<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetFinalizeWithdrawalParamsParameters,
): Promise<GetFinalizeWithdrawalParamsReturnType> {
  const { l2Client, hash, index } = parameters
  assertHash('hash', hash)
  assertIndex('index', index, { optional: true })
  if (typeof l2Client?.request !== 'function')
    throw new L2ClientRequiredError({ action: 'getFinalizeWithdrawalParams', reason: 'the withdrawal is read on L2' })
  const [{ l2ChainId }, receipt] = await Promise.all([
    resolveL2Target(client, { ...parameters, l2Client }),
    getL2ReceiptInfo(l2Client, hash),
  ])

  if (!receipt) throw new WithdrawalNotReadyError({ hash, status: 'l2-pending', waitingFor: 'l2-receipt' })
  if (receipt.status !== 'success') throw new WithdrawalFailedOnL2Error({ hash })

  const messages = receipt.logs.filter(
    (log) =>
      isAddressEqual(log.address, L1_MESSENGER_ADDRESS) && log.topics[0]?.toLowerCase() === L1_MESSAGE_SENT_TOPIC,
  )
  if (messages.length === 0) throw new WithdrawalMessageNotFoundError({ hash })
  if (index === undefined && messages.length > 1)
    throw new WithdrawalIndexRequiredError({ hash, count: messages.length })
  const n = index ?? 0
  const log = messages[n]
  if (!log || !Number.isInteger(n) || n < 0)
    throw new WithdrawalIndexOutOfRangeError({ hash, index: n, count: messages.length })
  const malformed = (reason: string) =>
    new L2ResponseMalformedError({ method: 'eth_getTransactionReceipt', hash, reason })
  const senderTopic = log.topics[1]
  if (senderTopic?.length !== 66 || log.topics[2]?.length !== 66)
    throw malformed('an L1MessageSent log without its sender and hash topics')
  const l2Sender = getAddress(sliceHex(senderTopic, 12))
  let message: Hex
  try {
    ;[message] = decodeAbiParameters([{ type: 'bytes' }], log.data)
  } catch {
    throw malformed('an L1MessageSent log whose data is not the message bytes')
  }
  if (keccak256(message).toLowerCase() !== log.topics[2].toLowerCase())
    throw malformed("an L1MessageSent log whose hash topic is not its message's hash")

  // every L1Messenger message leaves one L2->L1 log from 0x…8008, in the same order, naming the same sender and hash
  const logIndex = findL2ToL1LogIndex(receipt.l2ToL1Logs, (l) => isSender(l, L1_MESSENGER_ADDRESS), n)
  const entry = logIndex === undefined ? undefined : receipt.l2ToL1Logs[logIndex]
  if (logIndex === undefined || !entry) throw malformed(`no L2->L1 log of the messenger for message ${n}`)
  if (
    entry.key.toLowerCase() !== senderTopic.toLowerCase() ||
    entry.value.toLowerCase() !== log.topics[2].toLowerCase()
  )
    throw malformed(`the L2->L1 log of message ${n} names another sender or message`)
  const proof = await getL2ToL1LogProof(l2Client, { hash, index: logIndex })
  if (!proof)
    throw new WithdrawalNotReadyError({
      hash,
      status: 'waiting-for-batch',
      waitingFor: 'proof',
      l2BatchNumber: receipt.l1BatchNumber,
    })

  const { l2BatchNumber, l2TxNumberInBatch } = batchPosition(receipt, logIndex, proof, hash)
  if (l2BatchNumber === undefined || l2TxNumberInBatch === undefined)
    throw new WithdrawalNotReadyError({ hash, status: 'waiting-for-batch', waitingFor: 'proof' })

  return {
    chainId: l2ChainId,
    l2BatchNumber,
    l2MessageIndex: BigInt(proof.id),
    l2Sender,
    l2TxNumberInBatch,
    message,
    merkleProof: proof.proof,
  }
}
