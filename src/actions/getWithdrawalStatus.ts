import {
  type Address,
  type Chain,
  type Client,
  isAddressEqual,
  type MulticallErrorType,
  type ReadContractErrorType,
  type Transport,
} from 'viem'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { l1CustomBridgeAbi } from '../abis/l1CustomBridge.js'
import { l1MessageRootAbi } from '../abis/l1MessageRoot.js'
import { l1NullifierAbi } from '../abis/l1Nullifier.js'
import { zkChainAbi } from '../abis/zkChain.js'
import { L2_ASSET_ROUTER_ADDRESS, L2_BASE_TOKEN_ADDRESS } from '../constants/addresses.js'
import {
  CustomBridgeNotFoundError,
  type CustomBridgeNotFoundErrorType,
  WithdrawalFailedOnL2Error,
  WithdrawalNotReadyError,
  type WithdrawalWaitingFor,
} from '../errors/withdrawal.js'
import {
  type FinalizeL1DepositParams,
  type GetFinalizeWithdrawalParamsErrorType,
  type GetFinalizeWithdrawalParamsParameters,
  getFinalizeWithdrawalParams,
} from './getFinalizeWithdrawalParams.js'
import { type GetL1ContractsErrorType, getZksyncConfig, readL1Contracts } from './getL1Contracts.js'
import { assertAddress } from './internal/assertParameters.js'
import { ethBalanceCall, unwrapRead } from './internal/readContracts.js'
import { getRevertName } from './internal/revertName.js'

/**
 * `proof-invalid`: the batch is executed but L1 does not verify the L2 node's message and proof
 * (`proveL2MessageInclusion` is false or reverts): the node is wrong or lying, or the batch was settled where this L1
 * cannot check it; ask another node.
 */
export type WithdrawalStatus =
  | 'l2-pending'
  | 'l2-failed'
  | 'waiting-for-batch'
  | 'ready-to-finalize'
  | 'finalized'
  | 'proof-invalid'

/** The L1 contract that finalizes a withdrawal and keeps its finalized flag. */
export type WithdrawalFinalizer = {
  /** `l1-nullifier`: `finalizeDeposit(params)`; `custom-bridge`: the legacy `finalizeWithdrawal(…)` of the bridge */
  type: 'l1-nullifier' | 'custom-bridge'
  address: Address
}

export type GetWithdrawalStatusParameters = GetFinalizeWithdrawalParamsParameters & {
  /**
   * The L1 contract of the custom bridge that sent the message, when the sender is neither `0x…800a` nor `0x…10003`.
   * Defaults to the bridge of the L2 chain definition (`custom.zksync.customBridges`) whose `l2` is the sender.
   */
  customBridge?: { l1: Address } | undefined
}

export type GetWithdrawalStatusReturnType = {
  status: WithdrawalStatus
  /** what the withdrawal waits for, while `l2-pending` or `waiting-for-batch` */
  waitingFor?: WithdrawalWaitingFor | undefined
  /** the L2 batch of the withdrawal, once known */
  l2BatchNumber?: bigint | undefined
  /** the `finalizeDeposit` parameters, once the proof is available */
  params?: FinalizeL1DepositParams | undefined
  /** who finalizes it on L1, once the parameters are known */
  finalizer?: WithdrawalFinalizer | undefined
}

export type GetWithdrawalStatusErrorType =
  | GetFinalizeWithdrawalParamsErrorType
  | GetL1ContractsErrorType
  | CustomBridgeNotFoundErrorType
  | MulticallErrorType
  | ReadContractErrorType
  | Error

/**
 * Where an L2->L1 withdrawal stands: `l2-pending` (no L2 receipt), `l2-failed` (the L2 transaction reverted),
 * `waiting-for-batch` (no proof yet, or the batch is not executed on L1), `ready-to-finalize` (proof available and
 * `getTotalBatchesExecuted() >= batch` on the chain's diamond) or `finalized` (`isWithdrawalFinalized` on the
 * L1Nullifier, or on the custom bridge that finalizes it). Once the batch is executed the node's proof is checked on L1
 * with the Bridgehub's `proveL2MessageInclusion`: `ready-to-finalize` and `finalized` are said only of a message L1
 * verifies there, at the batch and index L1 verified; a proof L1 rejects or cannot check (false, or a revert) is
 * `proof-invalid` (a wrong or lying node), never `finalized`. The L1 reads, with the L1 addresses the chain definition
 * does not carry, are one `eth_call`.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { mainnet, zksync } from 'viem/chains'
 * import { getWithdrawalStatus } from 'zksync-l1-actions'
 *
 * const client = createPublicClient({ chain: mainnet, transport: http() })
 * const l2Client = createPublicClient({ chain: zksync, transport: http() })
 * const { status, waitingFor } = await getWithdrawalStatus(client, { l2Client, hash: '0x…' })
 */
export async function getWithdrawalStatus<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetWithdrawalStatusParameters,
): Promise<GetWithdrawalStatusReturnType> {
  return readWithdrawalStatus(client as Client<Transport, Chain | undefined>, parameters)
}

/**
 * Internal: `getWithdrawalStatus`, with the ETH balance of `balanceOf` read in the same multicall (for the finalizing
 * account, whose balance must cover the L1 gas).
 */
export async function readWithdrawalStatus(
  client: Client<Transport, Chain | undefined>,
  parameters: GetWithdrawalStatusParameters,
  balanceOf?: Address | undefined,
): Promise<
  GetWithdrawalStatusReturnType & {
    balance?: bigint | undefined
    /** the name of the revert of L1's inclusion check, when it reverted */
    inclusionRevert?: string | undefined
  }
> {
  if (parameters.customBridge !== undefined) assertAddress('customBridge.l1', parameters.customBridge?.l1)
  let params: FinalizeL1DepositParams
  try {
    params = await getFinalizeWithdrawalParams(client, parameters)
  } catch (error) {
    if (error instanceof WithdrawalNotReadyError)
      return { status: error.status, waitingFor: error.waitingFor, l2BatchNumber: error.l2BatchNumber }
    if (error instanceof WithdrawalFailedOnL2Error) return { status: 'l2-failed' }
    throw error
  }

  // the L1 addresses (those the chain definition does not carry) and the status in one reader call
  const {
    contracts,
    extra: [executed, finalized, included, balance],
  } = await readL1Contracts(client, parameters, [], (contracts) => {
    const finalizer = getFinalizer(parameters, params, contracts.l1Nullifier)
    return [
      { address: contracts.diamond, abi: zkChainAbi, functionName: 'getTotalBatchesExecuted' },
      {
        address: finalizer.address,
        abi: finalizer.type === 'l1-nullifier' ? l1NullifierAbi : l1CustomBridgeAbi,
        functionName: 'isWithdrawalFinalized',
        args: [params.chainId, params.l2BatchNumber, params.l2MessageIndex],
      },
      // the node's (batch, index, proof) checked on L1; reverts `BatchNotExecuted` before the batch is executed
      {
        address: contracts.bridgehub,
        abi: bridgehubAbi,
        functionName: 'proveL2MessageInclusion',
        args: [
          params.chainId,
          params.l2BatchNumber,
          params.l2MessageIndex,
          { txNumberInBatch: params.l2TxNumberInBatch, sender: params.l2Sender, data: params.message },
          params.merkleProof,
        ],
      },
      ...(balanceOf ? [ethBalanceCall(balanceOf)] : []),
    ]
  })
  const finalizer = getFinalizer(parameters, params, contracts.l1Nullifier)
  const known = {
    l2BatchNumber: params.l2BatchNumber,
    params,
    finalizer,
    ...(balanceOf ? { balance: unwrapRead<bigint>(balance) } : {}),
  }
  // Only what L1 verified decides: the node's batch, index, message and proof name a message only if
  // `proveL2MessageInclusion` says `true`; a revert (a malformed or empty proof, a root L1 does not hold) or `false`
  // is a proof L1 rejects, and then the finalized flag at the node's (batch, index) proves nothing.
  if ((unwrapRead(executed) as bigint) < params.l2BatchNumber)
    return { status: 'waiting-for-batch', waitingFor: 'batch-execution', ...known }
  if (included?.status !== 'success' || included.result !== true)
    return {
      status: 'proof-invalid',
      ...known,
      ...(included?.status === 'failure'
        ? { inclusionRevert: getRevertName(included.error, [...bridgehubAbi, ...zkChainAbi, ...l1MessageRootAbi]) }
        : {}),
    }
  if (unwrapRead(finalized) as boolean) return { status: 'finalized', ...known }
  return { status: 'ready-to-finalize', ...known }
}

/** The nullifier for `0x…800a`/`0x…10003` messages; otherwise the named or configured custom bridge. */
function getFinalizer(
  parameters: GetWithdrawalStatusParameters,
  params: FinalizeL1DepositParams,
  l1Nullifier: Address,
): WithdrawalFinalizer {
  const sender = params.l2Sender
  if (isAddressEqual(sender, L2_BASE_TOKEN_ADDRESS) || isAddressEqual(sender, L2_ASSET_ROUTER_ADDRESS))
    return { type: 'l1-nullifier', address: l1Nullifier }
  if (parameters.customBridge) return { type: 'custom-bridge', address: parameters.customBridge.l1 }
  const config = getZksyncConfig(parameters.l2Chain ?? parameters.l2Client?.chain)
  const bridge = config?.customBridges?.find((b) => isAddressEqual(b.l2, sender))
  if (bridge) return { type: 'custom-bridge', address: bridge.l1 }
  throw new CustomBridgeNotFoundError({ hash: parameters.hash, l2Sender: sender })
}
