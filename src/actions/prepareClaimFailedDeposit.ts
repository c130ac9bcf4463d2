import {
  type Account,
  type Address,
  type Chain,
  type Client,
  decodeAbiParameters,
  decodeEventLog,
  decodeFunctionData,
  type EstimateGasErrorType,
  encodeFunctionData,
  type Hash,
  type Hex,
  isAddressEqual,
  type Transport,
  zeroAddress,
  zeroHash,
} from 'viem'
import { getChainId, getTransaction, getTransactionReceipt } from 'viem/actions'
import { getAction, parseAccount } from 'viem/utils'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { l1AssetRouterAbi } from '../abis/l1AssetRouter.js'
import { l1NullifierAbi } from '../abis/l1Nullifier.js'
import { l2AssetRouterAbi } from '../abis/l2AssetRouter.js'
import { zkChainAbi } from '../abis/zkChain.js'
import { L2_ASSET_ROUTER_ADDRESS, L2_BOOTLOADER_ADDRESS } from '../constants/addresses.js'
import { BRIDGEHUB_DEPOSIT_INITIATED_TOPIC, NEW_PRIORITY_REQUEST_TOPIC } from '../constants/topics.js'
import { FailedDepositProofInvalidError, type FailedDepositProofInvalidErrorType } from '../errors/claim.js'
import {
  type L1ExecutionRevertedErrorType,
  L2ClientRequiredError,
  type L2ClientRequiredErrorType,
  L2ResponseMalformedError,
} from '../errors/common.js'
import {
  DepositAlreadyClaimedError,
  type DepositAlreadyClaimedErrorType,
  DepositNotClaimableError,
  type DepositNotClaimableErrorType,
  DepositNotFailedError,
  type DepositNotFailedErrorType,
  FailedDepositDataMismatchError,
  type FailedDepositDataMismatchErrorType,
  FailedDepositNotFoundError,
  type FailedDepositNotFoundErrorType,
  FailedDepositNotReadyError,
  type FailedDepositNotReadyErrorType,
} from '../errors/withdrawal.js'
import { encodeNtvTransferData } from '../utils/encodeNtvTransferData.js'
import { getDepositTxDataHash } from '../utils/getDepositTxDataHash.js'
import { getNtvAssetId } from '../utils/getNtvAssetId.js'
import {
  type GetL1ContractsErrorType,
  type GetL1ContractsReturnType,
  getL1Contracts,
  type L2TargetParameters,
  readL1Contracts,
  resolveL2Target,
} from './getL1Contracts.js'
import { getL2ToL1LogProof } from './getL2ToL1LogProof.js'
import { assertHash, assertTransactionOverrides } from './internal/assertParameters.js'
import { batchPosition, findL2ToL1LogIndex, getL2ReceiptInfo, isSender } from './internal/l2Receipt.js'
import { ethBalanceCall, unwrapRead } from './internal/readContracts.js'
import {
  estimateL1Gas,
  type PreparedTransactionRequest,
  type TransactionFeeParameters,
  withOverrides,
} from './internal/transactionRequest.js'

export type PrepareClaimFailedDepositParameters = Omit<L2TargetParameters, 'l2Client'> & {
  /** A client connected to the L2 the deposit went to. */
  l2Client?: Client | undefined
  /**
   * Hash of the L1 deposit transaction, or of its L2 transaction. From the L2 hash the deposit is rebuilt from the L2
   * transaction's `finalizeDeposit` calldata (sender, receiver, token, amount); from the L1 hash, from the
   * `BridgehubDepositInitiated` event of the L1 receipt (the first deposit into the chain in that transaction).
   */
  hash: Hash
  /** The L1 account that sends the claim (anyone may; the tokens go to the depositor). Defaults to the client's. */
  account?: Account | Address | undefined
  /** L1 gas limit. Estimated when omitted; `null` skips the estimate. */
  gas?: bigint | null | undefined
  nonce?: number | undefined
} & TransactionFeeParameters

/** A plain L1 transaction request, ready for `sendTransaction`. */
export type PrepareClaimFailedDepositReturnType = PreparedTransactionRequest

export type PrepareClaimFailedDepositErrorType =
  | L2ClientRequiredErrorType
  | FailedDepositProofInvalidErrorType
  | GetL1ContractsErrorType
  | FailedDepositNotFoundErrorType
  | DepositNotClaimableErrorType
  | DepositNotFailedErrorType
  | FailedDepositNotReadyErrorType
  | DepositAlreadyClaimedErrorType
  | FailedDepositDataMismatchErrorType
  | EstimateGasErrorType
  | L1ExecutionRevertedErrorType
  | Error

/** What the L1Nullifier hashed when it recorded the deposit, as far as the chain tells. */
type DepositData = {
  l2TxHash: Hash
  sender: Address
  assetId: Hex
  l2Receiver: Address
  token: Address
  amount: bigint
}

const bridgeMintDataParameters = [
  { type: 'address' },
  { type: 'address' },
  { type: 'address' },
  { type: 'uint256' },
  { type: 'bytes' },
] as const

/**
 * Prepares the L1 transaction that recovers a token deposit (TwoBridges: ERC-20s, and ETH into a custom-base chain)
 * whose L2 transaction failed: `L1Nullifier.bridgeRecoverFailedTransfer`, with the deposit data rebuilt so that it
 * hashes to the nullifier's `depositHappened` record (legacy `abi.encode(amount, 0, 0)` or, for `0x01` deposits,
 * `abi.encode(amount, l2Receiver, token)` / `abi.encode(amount, l2Receiver, 0)`, computed locally) and the failure
 * proven by the bootloader's L2->L1 log (key: the L2 hash, value 0).
 *
 * Refuses before anything is signed: a deposit that succeeded (`DepositNotFailedError`), one whose L2 outcome is not
 * settled on L1 yet (`FailedDepositNotReadyError`), a base-token (Direct) deposit (`DepositNotClaimableError`), and
 * a second claim (`DepositAlreadyClaimedError`).
 *
 * @example
 * import { createWalletClient, createPublicClient, http } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { mainnet, zksync } from 'viem/chains'
 * import { prepareClaimFailedDeposit } from 'zksync-l1-actions'
 *
 * const client = createWalletClient({ account: privateKeyToAccount('0x…'), chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const request = await prepareClaimFailedDeposit(client, { l2Client, hash: '0x…' })
 * const hash = await client.sendTransaction(request)
 */
export async function prepareClaimFailedDeposit<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareClaimFailedDepositParameters,
): Promise<PrepareClaimFailedDepositReturnType> {
  return (await buildClaimFailedDeposit(client, parameters)).request
}

/**
 * Internal: `prepareClaimFailedDeposit`, with the ETH balance of the account read in the same multicall when
 * `withBalance` (for `claimFailedDeposit` to hold the L1 gas against).
 */
export async function buildClaimFailedDeposit<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareClaimFailedDepositParameters,
  withBalance = false,
): Promise<{ request: PrepareClaimFailedDepositReturnType; balance?: bigint | undefined }> {
  const { l2Client, hash, gas } = parameters
  assertHash('hash', hash)
  assertTransactionOverrides(parameters)
  if (typeof l2Client?.request !== 'function')
    throw new L2ClientRequiredError({ action: 'claimFailedDeposit', reason: 'the deposit failed on L2' })
  const account = parameters.account ?? client.account
  const target = { ...parameters, l2Client }
  const { l2ChainId, config } = await resolveL2Target(client as Client<Transport, Chain | undefined>, target)
  // the addresses a chain definition does not carry are read with the claim's status, after the L2 requests; an L1
  // receipt's events are matched to them then (or read first, when the receipt holds requests of several chains)
  const deposit = await findDeposit(client, l2Client, hash, {
    l2ChainId,
    diamond: config?.contracts.diamond,
    l1AssetRouter: config?.contracts.l1AssetRouter,
    contracts: () => getL1Contracts(client, target),
  })
  const { l2TxHash } = deposit

  const receipt = await getL2ReceiptInfo(l2Client, l2TxHash)
  if (!receipt) throw new FailedDepositNotReadyError({ l2TxHash, waitingFor: 'l2-receipt' })
  if (receipt.status === 'success') throw new DepositNotFailedError({ l2TxHash })
  // the bootloader's status log of the priority transaction; its position in `l2ToL1Logs` is the proof index
  const logIndex =
    findL2ToL1LogIndex(
      receipt.l2ToL1Logs,
      (log) => isSender(log, L2_BOOTLOADER_ADDRESS) && log.key.toLowerCase() === l2TxHash.toLowerCase(),
    ) ?? 0
  const proof = await getL2ToL1LogProof(l2Client, { hash: l2TxHash, index: logIndex })
  if (!proof)
    throw new FailedDepositNotReadyError({ l2TxHash, waitingFor: 'proof', l2BatchNumber: receipt.l1BatchNumber })
  const { l2BatchNumber, l2TxNumberInBatch } = batchPosition(receipt, logIndex, proof, l2TxHash)
  if (l2BatchNumber === undefined || l2TxNumberInBatch === undefined)
    throw new FailedDepositNotReadyError({ l2TxHash, waitingFor: 'proof' })

  const owner = withBalance && account ? parseAccount(account).address : undefined
  const { contracts, extra: reads } = await readL1Contracts(
    client as Client<Transport, Chain | undefined>,
    target,
    [],
    (contracts) => [
      {
        address: contracts.l1Nullifier,
        abi: l1NullifierAbi,
        functionName: 'depositHappened',
        args: [l2ChainId, l2TxHash],
      },
      { address: contracts.diamond, abi: zkChainAbi, functionName: 'getTotalBatchesExecuted' },
      // the node's proof of the failure, checked by L1 before anything is estimated or signed (TxStatus.Failure = 0)
      {
        address: contracts.bridgehub,
        abi: bridgehubAbi,
        functionName: 'proveL1ToL2TransactionStatus',
        args: [l2ChainId, l2TxHash, l2BatchNumber, BigInt(proof.id), l2TxNumberInBatch, proof.proof, 0],
      },
      ...(owner ? [ethBalanceCall(owner)] : []),
    ],
  )
  // the L1 receipt's events came from this chain's diamond and asset router
  if (
    deposit.emitters &&
    !deposit.emitters.every((e, i) => isAddressEqual(e, i === 0 ? contracts.diamond : contracts.l1AssetRouter))
  )
    throw new FailedDepositNotFoundError({
      hash,
      l2ChainId,
      reason: 'the L1 transaction requested no L2 transaction of this chain',
    })
  const [stored, executed, , balance] = reads.map((r, i) => (i === 2 ? undefined : unwrapRead(r))) as [
    Hex,
    bigint,
    undefined,
    bigint | undefined,
  ]
  if (executed < l2BatchNumber)
    throw new FailedDepositNotReadyError({ l2TxHash, waitingFor: 'batch-execution', l2BatchNumber })
  if (stored === zeroHash) throw new DepositAlreadyClaimedError({ l2TxHash, l2ChainId: contracts.l2ChainId })
  const verified = reads[2]
  if (verified?.status !== 'success' || verified.result !== true)
    throw new FailedDepositProofInvalidError({ l2TxHash, l2BatchNumber, l2MessageIndex: BigInt(proof.id) })
  const assetData = matchAssetData(deposit, stored)
  if (!assetData) throw new FailedDepositDataMismatchError({ l2TxHash, stored })

  const request: PrepareClaimFailedDepositReturnType = withOverrides(
    {
      to: contracts.l1Nullifier,
      data: encodeFunctionData({
        abi: l1NullifierAbi,
        functionName: 'bridgeRecoverFailedTransfer',
        args: [
          contracts.l2ChainId,
          deposit.sender,
          deposit.assetId,
          assetData,
          l2TxHash,
          l2BatchNumber,
          BigInt(proof.id),
          l2TxNumberInBatch,
          proof.proof,
        ],
      }),
    },
    { ...parameters, account, chain: client.chain },
  )
  if (typeof gas === 'bigint') request.gas = gas
  else if (gas === undefined) request.gas = await estimateL1Gas(client, request as never)
  return { request, balance }
}

/**
 * The deposit behind an L2 hash (its `finalizeDeposit` calldata, asked of the L2 first) or an L1 hash (its receipt's
 * events). The events are told by their topics, and by their emitters when the chain definition names them; else
 * `emitters` says which addresses sent them, for the caller to hold against the diamond and asset router it reads
 * (and when the receipt holds priority requests from several emitters, the addresses are read first).
 */
async function findDeposit(
  client: Client<Transport, Chain | undefined>,
  l2Client: Client,
  hash: Hash,
  known: {
    l2ChainId: bigint
    diamond?: Address | undefined
    l1AssetRouter?: Address | undefined
    contracts: () => Promise<GetL1ContractsReturnType>
  },
): Promise<DepositData & { emitters?: [Address, Address] | undefined }> {
  const { l2ChainId } = known
  let tx: Awaited<ReturnType<typeof getTransaction>> | undefined
  try {
    tx = await getAction(l2Client, getTransaction, 'getTransaction')({ hash })
  } catch (error) {
    if ((error as Error).name !== 'TransactionNotFoundError') throw error
  }
  if (tx) return depositOfL2Transaction(client, hash, tx)

  let receipt: Awaited<ReturnType<typeof getTransactionReceipt>> | undefined
  try {
    receipt = await getAction(client, getTransactionReceipt, 'getTransactionReceipt')({ hash })
  } catch (error) {
    if ((error as Error).name !== 'TransactionReceiptNotFoundError') throw error
  }
  if (!receipt)
    throw new FailedDepositNotFoundError({ hash, l2ChainId, reason: 'neither the L1 nor the L2 knows this hash' })
  const requests = receipt.logs.filter((log) => log.topics[0]?.toLowerCase() === NEW_PRIORITY_REQUEST_TOPIC)
  let { diamond, l1AssetRouter } = known
  if (!diamond && new Set(requests.map((log) => log.address.toLowerCase())).size > 1)
    ({ diamond, l1AssetRouter } = await known.contracts())
  let emitters: [Address, Address] | undefined
  {
    let l2TxHash: Hash | undefined
    let priorityEmitter: Address | undefined
    let routerEmitter: Address | undefined
    let initiated: { from: Address; assetId: Hex; bridgeMintCalldata: Hex } | undefined
    for (const log of receipt.logs) {
      const topic = log.topics[0]?.toLowerCase()
      if (!l2TxHash && topic === NEW_PRIORITY_REQUEST_TOPIC && (!diamond || isAddressEqual(log.address, diamond))) {
        l2TxHash = decodeEventLog({ abi: zkChainAbi, eventName: 'NewPriorityRequest', ...log }).args.txHash
        priorityEmitter = log.address
      }
      if (
        !initiated &&
        topic === BRIDGEHUB_DEPOSIT_INITIATED_TOPIC &&
        (!l1AssetRouter || isAddressEqual(log.address, l1AssetRouter)) &&
        log.topics[1] !== undefined &&
        BigInt(log.topics[1]) === l2ChainId
      ) {
        initiated = decodeEventLog({ abi: l1AssetRouterAbi, eventName: 'BridgehubDepositInitiated', ...log }).args
        routerEmitter = log.address
      }
    }
    if (priorityEmitter && routerEmitter && (!diamond || !l1AssetRouter)) emitters = [priorityEmitter, routerEmitter]
    if (!l2TxHash)
      throw new FailedDepositNotFoundError({
        hash,
        l2ChainId,
        reason: 'the L1 transaction requested no L2 transaction of this chain',
      })
    if (!initiated) throw new DepositNotClaimableError({ hash })
    const [, l2Receiver, token, amount] = decodeAbiParameters(bridgeMintDataParameters, initiated.bridgeMintCalldata)
    return { l2TxHash, sender: initiated.from, assetId: initiated.assetId, l2Receiver, token, amount, emitters }
  }
}

/** The deposit an L2 transaction finalizes, from its `finalizeDeposit` calldata. */
async function depositOfL2Transaction(
  client: Client<Transport, Chain | undefined>,
  hash: Hash,
  tx: Awaited<ReturnType<typeof getTransaction>>,
): Promise<DepositData> {
  if (typeof tx?.hash !== 'string' || tx.hash.toLowerCase() !== hash.toLowerCase())
    throw new L2ResponseMalformedError({ method: 'eth_getTransactionByHash', hash, reason: 'not this transaction' })
  if (!tx.to || !isAddressEqual(tx.to, L2_ASSET_ROUTER_ADDRESS)) throw new DepositNotClaimableError({ hash })
  let call: ReturnType<typeof decodeFunctionData<typeof l2AssetRouterAbi>>
  try {
    call = decodeFunctionData({ abi: l2AssetRouterAbi, data: tx.input })
  } catch {
    throw new DepositNotClaimableError({ hash })
  }
  if (call.functionName !== 'finalizeDeposit') throw new DepositNotClaimableError({ hash })
  if (call.args.length === 5) {
    const [sender, l2Receiver, token, amount] = call.args
    const l1ChainId = client.chain?.id ?? (await getAction(client, getChainId, 'getChainId')({}))
    return {
      l2TxHash: hash,
      sender,
      assetId: getNtvAssetId({ originChainId: l1ChainId, token }),
      l2Receiver,
      token,
      amount,
    }
  }
  const [, assetId, transferData] = call.args
  const [sender, l2Receiver, token, amount] = decodeAbiParameters(bridgeMintDataParameters, transferData)
  return { l2TxHash: hash, sender, assetId, l2Receiver, token, amount }
}

/** The `assetData` whose deposit hash is the nullifier's record: legacy first, as the contract tries it. */
function matchAssetData(deposit: DepositData, stored: Hex): Hex | undefined {
  const { sender, assetId, amount, l2Receiver, token } = deposit
  if (getDepositTxDataHash({ encoding: 'legacy', sender, token, amount }) === stored)
    return encodeNtvTransferData({ amount, receiver: zeroAddress, token: zeroAddress })
  for (const third of [token, zeroAddress]) {
    const transferData = encodeNtvTransferData({ amount, receiver: l2Receiver, token: third })
    if (getDepositTxDataHash({ encoding: 'assetId', sender, assetId, transferData }) === stored) return transferData
  }
  return undefined
}
