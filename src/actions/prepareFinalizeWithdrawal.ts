import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type EstimateGasErrorType,
  encodeFunctionData,
  type Hex,
  type Transport,
} from 'viem'
import { parseAccount } from 'viem/utils'
import { l1CustomBridgeAbi } from '../abis/l1CustomBridge.js'
import { l1MessageRootAbi } from '../abis/l1MessageRoot.js'
import { l1NullifierAbi } from '../abis/l1Nullifier.js'
import { zkChainAbi } from '../abis/zkChain.js'
import type { L1ExecutionRevertedErrorType } from '../errors/common.js'
import {
  WithdrawalAlreadyFinalizedError,
  type WithdrawalAlreadyFinalizedErrorType,
  WithdrawalFailedOnL2Error,
  type WithdrawalFailedOnL2ErrorType,
  WithdrawalNotFinalizableHereError,
  type WithdrawalNotFinalizableHereErrorType,
  WithdrawalNotReadyError,
  type WithdrawalNotReadyErrorType,
  WithdrawalProofInvalidError,
  type WithdrawalProofInvalidErrorType,
} from '../errors/withdrawal.js'
import type { FinalizeL1DepositParams } from './getFinalizeWithdrawalParams.js'
import {
  type GetWithdrawalStatusErrorType,
  type GetWithdrawalStatusParameters,
  readWithdrawalStatus,
  type WithdrawalFinalizer,
} from './getWithdrawalStatus.js'
import { assertTransactionOverrides } from './internal/assertParameters.js'
import { getRevertName } from './internal/revertName.js'
import {
  estimateL1Gas,
  type PreparedTransactionRequest,
  type TransactionFeeParameters,
  withOverrides,
} from './internal/transactionRequest.js'

export type PrepareFinalizeWithdrawalParameters = GetWithdrawalStatusParameters & {
  /** The L1 account that sends the finalization (anyone may). Defaults to the client's account. */
  account?: Account | Address | undefined
  /** L1 gas limit. Estimated when omitted; `null` skips the estimate. */
  gas?: bigint | null | undefined
  nonce?: number | undefined
} & TransactionFeeParameters

/** A plain L1 transaction request, ready for `sendTransaction`. */
export type PrepareFinalizeWithdrawalReturnType = PreparedTransactionRequest

export type PrepareFinalizeWithdrawalErrorType =
  | GetWithdrawalStatusErrorType
  | WithdrawalAlreadyFinalizedErrorType
  | WithdrawalNotReadyErrorType
  | WithdrawalFailedOnL2ErrorType
  | WithdrawalNotFinalizableHereErrorType
  | WithdrawalProofInvalidErrorType
  | EstimateGasErrorType
  | L1ExecutionRevertedErrorType
  | Error

/** Reverts that mean the L1 contracts cannot verify this batch here (settled elsewhere, or not on this L1). */
const NOT_HERE = new Set([
  'NotSettlementLayer',
  'BatchNotExecuted',
  'LocalRootIsZero',
  'LocalRootMustBeZero',
  'NotL1',
  // v31: the batch was settled on another settlement layer than the proof names (L1MessageRoot.sol:119-143)
  'InvalidSettlementLayerForBatch',
])

/**
 * Prepares the L1 transaction that finalizes an L2->L1 withdrawal: `L1Nullifier.finalizeDeposit(params)` for base
 * token, ETH and ERC-20 withdrawals (messages from `0x…800a` and `0x…10003`), or the legacy
 * `finalizeWithdrawal(chainId, batch, index, txNumber, message, proof)` of a custom bridge for messages sent by one.
 * The L1 gas is estimated unless `gas` is given (`null` skips it).
 *
 * Refuses, before anything is signed, a withdrawal that is finalized already (`WithdrawalAlreadyFinalizedError`), not
 * ready (`WithdrawalNotReadyError`, with its status and what it waits for), failed on L2, not a withdrawal, or whose
 * batch the L1 contracts cannot verify here (`WithdrawalNotFinalizableHereError`).
 *
 * @example
 * import { createWalletClient, createPublicClient, http } from 'viem'
 * import { privateKeyToAccount } from 'viem/accounts'
 * import { mainnet, zksync } from 'viem/chains'
 * import { prepareFinalizeWithdrawal } from 'zksync-l1-actions'
 *
 * const client = createWalletClient({ account: privateKeyToAccount('0x…'), chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const request = await prepareFinalizeWithdrawal(client, { l2Client, hash: '0x…' })
 * const hash = await client.sendTransaction(request)
 */
export async function prepareFinalizeWithdrawal<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareFinalizeWithdrawalParameters,
): Promise<PrepareFinalizeWithdrawalReturnType> {
  return buildFinalizeWithdrawal(client, parameters, async (request) => ({
    ...request,
    gas: await estimateL1Gas(client, request as never),
  }))
}

/**
 * `prepareFinalizeWithdrawal` with the L1 gas filled by `fill`: `finalizeWithdrawal` fills gas, nonce and fees of a
 * local account in one request (viem's `prepareTransactionRequest`), with the same typed errors for its reverts.
 */
export async function buildFinalizeWithdrawal<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: PrepareFinalizeWithdrawalParameters,
  fill: (
    request: PrepareFinalizeWithdrawalReturnType,
    balance?: bigint,
  ) => Promise<PrepareFinalizeWithdrawalReturnType>,
  /** read the account's ETH balance in the status multicall, for `fill` to hold the gas against */
  withBalance = false,
): Promise<PrepareFinalizeWithdrawalReturnType> {
  const { hash, gas } = parameters
  assertTransactionOverrides(parameters)
  const account = parameters.account ?? client.account
  const status = await readWithdrawalStatus(
    client as Client<Transport, Chain | undefined>,
    parameters,
    withBalance && gas === undefined && account ? parseAccount(account).address : undefined,
  )
  if (status.status === 'l2-failed') throw new WithdrawalFailedOnL2Error({ hash })
  if (status.status === 'l2-pending' || status.status === 'waiting-for-batch')
    throw new WithdrawalNotReadyError({
      hash,
      status: status.status,
      waitingFor: status.waitingFor ?? 'proof',
      l2BatchNumber: status.l2BatchNumber,
    })
  const { params, finalizer } = status
  if (!params || !finalizer)
    throw new WithdrawalNotReadyError({ hash, status: 'waiting-for-batch', waitingFor: 'proof' })
  // L1's inclusion check reverted with a settlement-layer check: the batch was settled where this L1 cannot verify it
  if (status.status === 'proof-invalid' && status.inclusionRevert && NOT_HERE.has(status.inclusionRevert))
    throw new WithdrawalNotFinalizableHereError({ hash, reason: status.inclusionRevert })
  if (status.status === 'proof-invalid')
    throw new WithdrawalProofInvalidError({
      hash,
      l2BatchNumber: params.l2BatchNumber,
      l2MessageIndex: params.l2MessageIndex,
    })
  if (status.status === 'finalized')
    throw new WithdrawalAlreadyFinalizedError({
      hash,
      l2BatchNumber: params.l2BatchNumber,
      l2MessageIndex: params.l2MessageIndex,
    })

  const request: PrepareFinalizeWithdrawalReturnType = withOverrides(
    { to: finalizer.address, data: encodeFinalize(finalizer, params) },
    { ...parameters, account, chain: client.chain },
  )
  if (typeof gas === 'bigint') request.gas = gas
  else if (gas === undefined) {
    try {
      return await fill(request, status.balance)
    } catch (error) {
      const name = getRevertName(error, [...l1NullifierAbi, ...zkChainAbi, ...l1MessageRootAbi])
      if (name === 'WithdrawalAlreadyFinalized')
        throw new WithdrawalAlreadyFinalizedError({
          hash,
          l2BatchNumber: params.l2BatchNumber,
          l2MessageIndex: params.l2MessageIndex,
        })
      if (name && NOT_HERE.has(name))
        throw new WithdrawalNotFinalizableHereError({ hash, reason: name, cause: error as Error })
      throw error
    }
  }
  return request
}

function encodeFinalize(finalizer: WithdrawalFinalizer, params: FinalizeL1DepositParams): Hex {
  if (finalizer.type === 'l1-nullifier')
    return encodeFunctionData({ abi: l1NullifierAbi, functionName: 'finalizeDeposit', args: [params] })
  return encodeFunctionData({
    abi: l1CustomBridgeAbi,
    functionName: 'finalizeWithdrawal',
    args: [
      params.chainId,
      params.l2BatchNumber,
      params.l2MessageIndex,
      params.l2TxNumberInBatch,
      params.message,
      params.merkleProof,
    ],
  })
}
