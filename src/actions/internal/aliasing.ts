import { type Account, type Address, type Chain, type Client, hexToNumber, isAddressEqual, type Transport } from 'viem'
import { getChainId, getCode, readContract } from 'viem/actions'
import { getAction } from 'viem/utils'
import { zkChainAbi } from '../../abis/zkChain.js'
import { L1ChainMismatchError } from '../../errors/common.js'
import { AliasedRefundRecipientError } from '../../errors/deposit.js'
import { applyL1ToL2Alias } from '../../utils/l1ToL2Alias.js'
import {
  type GetL1ContractsParameters,
  type GetL1ContractsReturnType,
  getZksyncConfig,
  readL1Contracts,
} from '../getL1Contracts.js'
import type { L1Read } from './l1Reader.js'
import type { ReadResult } from './readContracts.js'

/**
 * Internal: the L1 contracts of the target chain, with the aliasing the Mailbox will apply to a priority request that
 * `account` sends with `refundRecipient`. The L1 code of the refund recipient, and of the sender unless it is a local
 * account or `accountIsContract` says, comes with the addresses in one call, and with the `extra` reads. A refund recipient with code is an
 * `AliasedRefundRecipientError` unless `allowAliasedRefundRecipient` is set.
 *
 * A client that declares no chain is held to the target's L1 all the same: the node's `eth_chainId` (the request the
 * quote makes for it anyway, shared) is compared with the L1 the L2 chain definition names, or, without one, with the
 * L2 node's `zks_L1ChainId` (asked only then, and only of a node that serves it): another chain is an
 * `L1ChainMismatchError`, thrown before the answers of the reads are used.
 */
export async function readL1ContractsAndAliasing(
  client: Client<Transport, Chain | undefined>,
  parameters: GetL1ContractsParameters & {
    accountIsContract?: boolean | undefined
    allowAliasedRefundRecipient?: boolean | undefined
  },
  account: Account,
  refundRecipient: Address,
  /** reads of the chain's contracts to make in the same call (see `readL1Contracts`) */
  extra?: (contracts: GetL1ContractsReturnType) => L1Read[],
): Promise<{
  contracts: GetL1ContractsReturnType
  refundAliased: boolean
  accountIsContract: boolean
  extra: ReadResult[]
}> {
  const checkSenderCode = parameters.accountIsContract === undefined && account.type !== 'local'
  const sameAddress = isAddressEqual(refundRecipient, account.address)
  const [read, l1Chain] = await Promise.allSettled([
    readL1Contracts(
      client,
      parameters,
      [refundRecipient, checkSenderCode && !sameAddress ? account.address : undefined],
      extra,
    ),
    client.chain === undefined ? readL1ChainIds(client, parameters) : undefined,
  ])
  if (l1Chain.status === 'fulfilled' && l1Chain.value && l1Chain.value.expected !== l1Chain.value.actual) {
    const l2Chain = parameters.l2Chain ?? parameters.l2Client?.chain
    throw new L1ChainMismatchError({
      ...l1Chain.value,
      l2ChainId:
        read.status === 'fulfilled' ? read.value.contracts.l2ChainId : BigInt(parameters.chainId ?? l2Chain?.id ?? 0),
    })
  }
  if (read.status === 'rejected') throw read.reason
  if (l1Chain.status === 'rejected') throw l1Chain.reason
  const { contracts, hasCode } = read.value
  const [refundDelegated, senderDelegated, protocolVersion] = hasCode.some((c) => c)
    ? await readDelegations(client, contracts.diamond, [
        hasCode[0] ? refundRecipient : undefined,
        !sameAddress && hasCode[1] ? account.address : undefined,
      ])
    : [false, false, 0n]
  // from 0.31 the Mailbox leaves a delegated refund recipient as it is (vendor/AddressAliasHelper.sol:88 at draft-v31)
  const refundAliased = hasCode[0] === true && !(refundDelegated && protocolVersion >= PROTOCOL_V31)
  if (refundAliased && !parameters.allowAliasedRefundRecipient)
    throw new AliasedRefundRecipientError({ refundRecipient, alias: applyL1ToL2Alias(refundRecipient) })
  const senderHasCode = sameAddress ? hasCode[0] === true : hasCode[1] === true
  const accountIsContract =
    parameters.accountIsContract ??
    (checkSenderCode && senderHasCode && !(sameAddress ? refundDelegated : senderDelegated))
  return { contracts, refundAliased, accountIsContract, extra: read.value.extra }
}

/** `getProtocolVersion()` of 0.31.0: `minor << 32`. */
const PROTOCOL_V31 = 31n << 32n

/**
 * Internal: whether each address (`undefined` skips one) is an EIP-7702-delegated EOA, as the v31 `EIP7702Checker`
 * decides (23 bytes of code starting `0xef0100`), and the protocol version of the chain's diamond.
 */
async function readDelegations(
  client: Client<Transport, Chain | undefined>,
  diamond: Address,
  addresses: readonly (Address | undefined)[],
): Promise<[boolean, boolean, bigint]> {
  const [refund, sender, protocolVersion] = await Promise.all([
    ...addresses.map(async (address) => {
      if (address === undefined) return false
      const code = await getAction(client, getCode, 'getCode')({ address })
      return code !== undefined && code.length === 2 + 2 * 23 && code.toLowerCase().startsWith('0xef0100')
    }),
    getAction(
      client,
      readContract,
      'readContract',
    )({ address: diamond, abi: zkChainAbi, functionName: 'getProtocolVersion' }),
  ])
  return [refund as boolean, sender as boolean, protocolVersion as bigint]
}

/**
 * Internal: the chain id the L1 node answers, and the L1 the target settles on (its chain definition's, else its L2
 * node's `zks_L1ChainId`); `undefined` when the target's L1 cannot be known.
 */
async function readL1ChainIds(
  client: Client<Transport, Chain | undefined>,
  parameters: GetL1ContractsParameters,
): Promise<{ expected: number; actual: number } | undefined> {
  const config = getZksyncConfig(parameters.l2Chain ?? parameters.l2Client?.chain)
  if (!config && !parameters.l2Client) return undefined
  const [actual, expected] = await Promise.all([
    getAction(client, getChainId, 'getChainId')({}),
    config?.l1ChainId ??
      parameters.l2Client
        ?.request({ method: 'zks_L1ChainId' } as never)
        .then((id) => hexToNumber(id as `0x${string}`))
        // a node that does not serve it (ZKsync OS) leaves the L1 unknown, as without any L2 node
        .catch(() => undefined),
  ])
  return expected === undefined ? undefined : { expected, actual }
}
