import { type Account, type Address, type Chain, type Client, isAddressEqual, type Transport } from 'viem'
import { AliasedRefundRecipientError } from '../../errors/deposit.js'
import { applyL1ToL2Alias } from '../../utils/l1ToL2Alias.js'
import { type GetL1ContractsParameters, type GetL1ContractsReturnType, readL1Contracts } from '../getL1Contracts.js'

/**
 * Internal: the L1 contracts of the target chain, with the aliasing the Mailbox will apply to a priority request that
 * `account` sends with `refundRecipient`. The L1 code of the refund recipient, and of the sender unless it is a local
 * account or `accountIsContract` says, comes with the addresses in one call. A refund recipient with code is an
 * `AliasedRefundRecipientError` unless `allowAliasedRefundRecipient` is set.
 */
export async function readL1ContractsAndAliasing(
  client: Client<Transport, Chain | undefined>,
  parameters: GetL1ContractsParameters & {
    accountIsContract?: boolean | undefined
    allowAliasedRefundRecipient?: boolean | undefined
  },
  account: Account,
  refundRecipient: Address,
): Promise<{ contracts: GetL1ContractsReturnType; refundAliased: boolean; accountIsContract: boolean }> {
  const checkSenderCode = parameters.accountIsContract === undefined && account.type !== 'local'
  const sameAddress = isAddressEqual(refundRecipient, account.address)
  const { contracts, hasCode } = await readL1Contracts(client, parameters, [
    refundRecipient,
    checkSenderCode && !sameAddress ? account.address : undefined,
  ])
  const refundAliased = hasCode[0] === true
  if (refundAliased && !parameters.allowAliasedRefundRecipient)
    throw new AliasedRefundRecipientError({ refundRecipient, alias: applyL1ToL2Alias(refundRecipient) })
  const accountIsContract =
    parameters.accountIsContract ?? (checkSenderCode && (sameAddress ? refundAliased : hasCode[1] === true))
  return { contracts, refundAliased, accountIsContract }
}
