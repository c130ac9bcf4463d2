import {
  type Account,
  type Address,
  type Chain,
  type Client,
  decodeFunctionData,
  encodeFunctionData,
  formatTransactionRequest,
  type Hash,
  type Hex,
  hexToBigInt,
  isAddressEqual,
  numberToHex,
  type Transport,
} from 'viem'
import { parseAccount } from 'viem/utils'
import { erc20Abi } from '../../abis/erc20.js'
import { ETH_TOKEN_ADDRESS } from '../../constants/addresses.js'
import { L1_PRIORITY_TX_GAS_BUFFER_PERCENT } from '../../constants/gas.js'
import { L1ChainMismatchError, L1ExecutionRevertedError } from '../../errors/common.js'
import { InsufficientAllowanceError, InsufficientBalanceError } from '../../errors/deposit.js'
import { TransactionAfterApprovalsWouldRevertError } from '../../errors/workflow.js'
import { isEth } from '../../utils/isEth.js'
import type { L1TransactionRequest } from '../prepareApprovals.js'
import {
  type SendApprovalsAndTransactionParameters,
  sendApprovalsAndTransaction,
} from '../sendApprovalsAndTransaction.js'
import { asL1Revert } from './revertName.js'
import { estimatePriorityTxGas, fillL1TransactionRequest, isLocalAccount, releaseNonce } from './transactionRequest.js'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/**
 * Internal: the sending half shared by `deposit` and `requestExecute`, given what their `prepare…` twin returned.
 * A missing allowance is an `InsufficientAllowanceError` unless `approve` is set; with `fill` (a local account and
 * no approval to send first) the request is filled once (gas, nonce), its gas raised by
 * `L1_PRIORITY_TX_GAS_BUFFER_PERCENT` and checked against the ETH balance. With approvals to send, everything the
 * request needs is checked before the first of them (`checkBeforeApprovals`), so that a refusal leaves no approval
 * mined behind it; the request then goes out with the gas simulated there, or, when it could not be simulated, is
 * estimated (with the same headroom) once the approvals are mined.
 *
 * `l1ChainId` is the L1 the target settles on, when its chain definition says: a `chain` that is another one is an
 * `L1ChainMismatchError`, and without any chain (a client that declares none) the transactions are signed for it
 * rather than for whatever chain id the node claims.
 */
export async function sendPrepared(
  client: AnyClient,
  {
    account,
    chain: chain_,
    l1ChainId,
    approve,
    fill,
    quote,
    approvals,
    transaction,
  }: {
    account: Account | Address | undefined
    chain: Chain | null | undefined
    l1ChainId?: number | undefined
    approve: boolean | undefined
    fill: boolean
    quote: {
      l2ChainId: bigint
      /** the account's L1 balances, ETH among them */
      balances: readonly { token: Address; amount: bigint }[]
      approvals: readonly { token: Address; spender: Address; amount: bigint; currentAllowance: bigint }[]
      gasEstimateSkipped?: string | undefined
    }
    approvals: SendApprovalsAndTransactionParameters['approvals']
    transaction: SendApprovalsAndTransactionParameters['transaction'] & { to: Address; data: Hex }
  },
): Promise<Hash> {
  const missing = quote.approvals[0]
  if (missing && !approve)
    throw new InsufficientAllowanceError({
      token: missing.token,
      spender: missing.spender,
      needed: missing.amount,
      current: missing.currentAllowance,
    })
  const declared = chain_ === undefined ? client.chain : chain_
  if (declared && l1ChainId !== undefined && declared.id !== l1ChainId)
    throw new L1ChainMismatchError({ expected: l1ChainId, actual: declared.id, l2ChainId: quote.l2ChainId })
  const chain = declared ?? (l1ChainId !== undefined ? l1ChainOf(l1ChainId) : declared)
  const ethBalance = quote.balances.find((b) => isEth(b.token))?.amount
  // a local account's request is filled (gas, nonce) in one preparation, its gas then given the headroom
  // (the quote's ETH balance holds until approvals have paid their gas: then it is read again if needed)
  const fillWithHeadroom = (r: typeof transaction, balance?: bigint) =>
    fillL1TransactionRequest(client, { ...r, account, chain }, { balance, headroom: true })
  let request = transaction
  let toSend = approvals
  if (fill && approvals.length === 0) {
    // checked against the quote's ETH balance: what leaves the account plus the gas at the fee cap
    request = await fillWithHeadroom(transaction, ethBalance)
  } else if (approvals.length > 0) {
    const checked = await checkBeforeApprovals(client, { account, chain, approvals, transaction, ethBalance })
    toSend = checked.approvals
    // the simulated gas, with its headroom, unless the caller chose to leave the gas to the wallet (`gas: null`)
    if (
      checked.gas !== undefined &&
      request.gas === undefined &&
      (fill || quote.gasEstimateSkipped === 'approval-required')
    )
      request = { ...request, gas: checked.gas }
  }
  // a request that needs the approvals and could not be simulated is estimated once they are mined, with the headroom
  const estimateAfterApprovals =
    approvals.length > 0 && request.gas === undefined && (fill || quote.gasEstimateSkipped === 'approval-required')
  const { hash } = await sendApprovalsAndTransaction(
    client,
    { account, chain, approvals: toSend, transaction: request },
    !estimateAfterApprovals
      ? undefined
      : fill
        ? (r) => fillWithHeadroom(r as typeof transaction)
        : async (r) => ({ ...r, gas: await estimatePriorityTxGas(client, { ...r, account }) }),
  )
  return hash
}

/** The L1 a client without a chain signs for: only its id matters (no formatter, no serializer of its own). */
function l1ChainOf(id: number): Chain {
  return {
    id,
    name: `L1 ${id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [] } },
  }
}

type Allowance = { token: Address; spender: Address; amount: bigint }

/**
 * Internal: what the transactions after the first approval need, checked before it is sent. The request is simulated
 * (`eth_estimateGas`) against the allowances the approvals will leave, written over the token's storage with a state
 * override (the allowance slot found with `eth_createAccessList` of `allowance(owner, spender)`, and told apart by an
 * `eth_call` when the getter reads more than one): a revert, such as the vault refusing a token that takes a fee on
 * transfer or a custom bridge that cannot bridge the token, is a `TransactionAfterApprovalsWouldRevertError`. Each
 * approval's gas is estimated the same way, on the allowances the approvals before it leave. Then the ETH the whole
 * workflow needs (the request's value, every approval's gas and the request's gas with its headroom, at their fee
 * caps) is held against the quote's ETH balance: short, it is an `InsufficientBalanceError`. A node that serves no
 * access list or state override leaves the request to be estimated after the approvals, as before.
 * Returns the approvals with their gas, and the request's gas when it was simulated.
 */
async function checkBeforeApprovals(
  client: AnyClient,
  {
    account,
    chain,
    approvals,
    transaction,
    ethBalance,
  }: {
    account: Account | Address | undefined
    chain: Chain | null | undefined
    approvals: readonly L1TransactionRequest[]
    transaction: L1TransactionRequest
    ethBalance: bigint | undefined
  },
): Promise<{ approvals: L1TransactionRequest[]; gas: bigint | undefined }> {
  const account_ = account ?? client.account
  if (!account_) return { approvals: [...approvals], gas: undefined }
  const owner = parseAccount(account_).address
  const effects = approvals.map(decodeApproval)
  // the allowance each (token, spender) is left with: the last approval's
  const finals: Allowance[] = []
  for (const effect of effects) {
    if (!effect) continue
    const i = finals.findIndex((a) => sameAllowance(a, effect))
    if (i >= 0) finals[i] = effect
    else finals.push(effect)
  }
  // a local account's first approval is filled here (nonce, gas, fees) beside the slot lookups, and sent as filled
  const [slots, first] = await Promise.all([
    Promise.all(finals.map((a) => findAllowanceSlot(client, owner, a))),
    isLocalAccount(account_) && approvals[0]
      ? fillL1TransactionRequest(client, { ...approvals[0], account: account_, chain })
      : undefined,
  ])
  try {
    return await simulateAndCount(client, { owner, approvals, first, effects, finals, slots, transaction, ethBalance })
  } catch (error) {
    // the nonce the fill took from the account's nonce manager is given back: nothing was sent
    if (first) releaseNonce(account_, (first as { chainId?: number }).chainId ?? chain?.id)
    throw error
  }
}

/** `checkBeforeApprovals` once the allowance slots are known (and a local account's first approval filled). */
async function simulateAndCount(
  client: AnyClient,
  {
    owner,
    approvals,
    first,
    effects,
    finals,
    slots,
    transaction,
    ethBalance,
  }: {
    owner: Address
    approvals: readonly L1TransactionRequest[]
    first: (L1TransactionRequest & { gas: bigint }) | undefined
    effects: readonly (Allowance | undefined)[]
    finals: readonly Allowance[]
    slots: readonly (Hex | undefined)[]
    transaction: L1TransactionRequest
    ethBalance: bigint | undefined
  },
): Promise<{ approvals: L1TransactionRequest[]; gas: bigint | undefined }> {
  /** The state override of the allowances the first `count` approvals leave (those whose slot is known). */
  const overrideAfter = (count: number) => {
    const override: Record<Address, { stateDiff: Record<Hex, Hex> }> = {}
    for (const effect of effects.slice(0, count)) {
      const slot = effect && slots[finals.findIndex((a) => sameAllowance(a, effect))]
      if (!effect || !slot) continue
      override[effect.token] ??= { stateDiff: {} }
      override[effect.token]!.stateDiff[slot] = numberToHex(effect.amount, { size: 32 })
    }
    return override
  }
  const simulated = finals.length > 0 && slots.every((s) => s !== undefined)
  const [requestGas, ...approvalGas] = await Promise.all([
    simulated
      ? estimateWithOverride(client, owner, transaction, overrideAfter(approvals.length)).catch((error: Error) => {
          // a node that takes no state override leaves the request to be estimated after the approvals
          const reverted = asL1Revert(error, transaction.to)
          if (!(reverted instanceof L1ExecutionRevertedError)) return undefined
          throw new TransactionAfterApprovalsWouldRevertError({
            to: transaction.to,
            reason: reverted.revert?.name ?? 'execution reverted',
            allowances: finals,
            cause: reverted,
          })
        })
      : undefined,
    ...approvals.map((a, i) =>
      i === 0 && first
        ? first.gas
        : a.gas !== undefined
          ? a.gas
          : estimateWithOverride(client, owner, a, overrideAfter(i)).catch(() => undefined as bigint | undefined),
    ),
  ])
  const gas =
    transaction.gas ??
    (requestGas !== undefined ? requestGas + (requestGas * L1_PRIORITY_TX_GAS_BUFFER_PERCENT) / 100n : undefined)
  // an approval that could not be estimated (its state depends on one whose slot is unknown) counts as the largest
  const largest = approvalGas.reduce<bigint>((max, g) => (g !== undefined && g > max ? g : max), 0n)
  const feeCap = (r: L1TransactionRequest) => r.maxFeePerGas ?? r.gasPrice ?? 0n
  const needed = approvals.reduce(
    (sum, a, i) => sum + (approvalGas[i] ?? largest) * feeCap(a),
    (transaction.value ?? 0n) + (gas ?? 0n) * feeCap(transaction),
  )
  if (ethBalance !== undefined && ethBalance < needed)
    throw new InsufficientBalanceError({ token: ETH_TOKEN_ADDRESS, owner, needed, balance: ethBalance })
  return {
    approvals: approvals.map((a, i) =>
      i === 0 && first ? first : approvalGas[i] !== undefined ? { ...a, gas: approvalGas[i] } : a,
    ),
    gas: simulated ? gas : undefined,
  }
}

/** The allowance an `approve(spender, amount)` request leaves, or `undefined` for another call. */
function decodeApproval(request: L1TransactionRequest): Allowance | undefined {
  try {
    const { functionName, args } = decodeFunctionData({ abi: erc20Abi, data: request.data })
    if (functionName !== 'approve') return undefined
    const [spender, amount] = args as readonly [Address, bigint]
    return { token: request.to, spender, amount }
  } catch {
    return undefined
  }
}

function sameAllowance(a: Allowance, b: Allowance): boolean {
  return isAddressEqual(a.token, b.token) && isAddressEqual(a.spender, b.spender)
}

/**
 * The storage slot of `owner`'s allowance to `spender` in `token`: the one slot `allowance(owner, spender)` reads, or,
 * when it reads several (a proxy's implementation slot, a pause flag), the one whose override the getter returns.
 * `undefined` when the node serves no access list or no slot answers.
 */
async function findAllowanceSlot(client: AnyClient, owner: Address, allowance: Allowance): Promise<Hex | undefined> {
  const { token, spender, amount } = allowance
  const call = {
    from: owner,
    to: token,
    data: encodeFunctionData({ abi: erc20Abi, functionName: 'allowance', args: [owner, spender] }),
  }
  const list = (await client
    .request({ method: 'eth_createAccessList', params: [call, 'latest'] } as never)
    .catch(() => undefined)) as { accessList?: { address: Address; storageKeys: Hex[] }[] } | undefined
  const keys = (list?.accessList ?? []).filter((e) => isAddressEqual(e.address, token)).flatMap((e) => e.storageKeys)
  if (keys.length <= 1) return keys[0]
  const value = numberToHex(amount, { size: 32 })
  const answers = await Promise.all(
    keys.map((slot) =>
      client
        .request({
          method: 'eth_call',
          params: [call, 'latest', { [token]: { stateDiff: { [slot]: value } } }],
        } as never)
        .then(
          (data) => hexToBigInt(data as Hex) === amount,
          () => false,
        ),
    ),
  )
  return keys[answers.indexOf(true)]
}

/** `eth_estimateGas` of `request` from `owner`, on the state with `override` written over it. */
async function estimateWithOverride(
  client: AnyClient,
  owner: Address,
  request: L1TransactionRequest,
  override: Record<Address, { stateDiff: Record<Hex, Hex> }>,
): Promise<bigint> {
  const params = formatTransactionRequest({ from: owner, to: request.to, data: request.data, value: request.value })
  const gas = await client.request({
    method: 'eth_estimateGas',
    params: Object.keys(override).length > 0 ? [params, 'latest', override] : [params],
  } as never)
  return hexToBigInt(gas as Hex)
}
