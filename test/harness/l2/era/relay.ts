/**
 * The simulated Era L2's side of the priority queue (`../node.ts`): reads the L1 priority requests of its chain, decides
 * what each does on L2 (a deposit finalization through the L2AssetRouter or the custom bridge, a plain call) and with
 * which outcome under the simulated gas model, and records it with its L1 -> L2 status log.
 */
import {
  type Address,
  decodeAbiParameters,
  decodeFunctionData,
  getAddress,
  type Hex,
  isAddressEqual,
  numberToHex,
  type PublicClient,
  size,
  zeroAddress,
  zeroHash,
} from 'viem'
import { getMinimumL2GasLimit } from '../../../../src/utils/getMinimumL2GasLimit.js'
import { type ChainSetup, type Deployment, ntvAssetId } from '../../deploy.js'
import { readPriorityRequests } from '../batches.js'
import type { L2ToL1Log } from '../merkle.js'
import type { WireProfile } from '../wire/types.js'
import { applyAlias, BOOTLOADER, type EraState, L2_ASSET_ROUTER, l2Abi, type RpcLog, transferLog } from './state.js'

export type FailPredicate = (tx: { to: Address; data: Hex; from: Address }) => boolean

export function createEraRelay(options: {
  state: EraState
  l1: PublicClient
  deployment: Deployment
  chain: ChainSetup
  profile: WireProfile
  /** the L1 block after which priority requests are new */
  l1Cursor: bigint
  /** priority txs matching any of these fail on L2 */
  failPredicates: FailPredicate[]
}) {
  const { state, l1, deployment, chain, profile, failPredicates } = options
  const { tokens, key, credit, bridgedTokenAddress, customTokens, customTokenAddress, tokenFor, parseMeta, recordTx } =
    state
  let l1Cursor = options.l1Cursor

  /**
   * L2 gas a priority transaction needs in this simulation (Era flavour): never less than the L1
   * Mailbox's own minimum for that calldata, as on a real Era node, whose estimate includes the
   * transaction's overhead.
   */
  function priorityGasNeeded(data: Hex, deploysToken: boolean): bigint {
    const simulated = 240_000n + 16n * BigInt(size(data)) + (deploysToken ? 750_000n : 0n)
    const minimum = getMinimumL2GasLimit({ calldataLength: size(data) })
    return simulated > minimum ? simulated : minimum
  }
  const gasNeeded = priorityGasNeeded

  type Effect = { ok: true; apply: () => void; logs: RpcLog[]; deploysToken: boolean } | { ok: false; reason: string }

  /** Interprets an L1 -> L2 call (deposit finalization or a plain call) without applying it. */
  function interpretL1Call(from: Address, to: Address, data: Hex, value: bigint): Effect {
    if (isAddressEqual(to, deployment.customBridge.l2) && data !== '0x') return interpretCustomBridgeCall(from, data)
    if (!isAddressEqual(to, L2_ASSET_ROUTER) || data === '0x')
      return { ok: true, apply: () => credit(to, value), logs: [], deploysToken: false }
    let decoded: ReturnType<typeof decodeFunctionData<typeof l2Abi>>
    try {
      decoded = decodeFunctionData({ abi: l2Abi, data })
    } catch {
      return { ok: false, reason: 'unknown L2AssetRouter call' }
    }
    if (decoded.functionName !== 'finalizeDeposit') return { ok: false, reason: 'unknown L2AssetRouter call' }
    if (!isAddressEqual(from, applyAlias(deployment.l1AssetRouter)))
      return { ok: false, reason: 'finalizeDeposit: sender is not the aliased L1AssetRouter' }
    let assetId: Hex
    let receiver: Address
    let amount: bigint
    let originToken: Address
    let meta: Hex
    if (decoded.args.length === 5) {
      const [, l2Receiver, l1Token, amt, m] = decoded.args as readonly [Address, Address, Address, bigint, Hex]
      assetId = ntvAssetId(deployment.l1ChainId, l1Token)
      receiver = l2Receiver
      amount = amt
      originToken = l1Token
      meta = m
    } else {
      const [, id, transferData] = decoded.args as readonly [bigint, Hex, Hex]
      const [, l2Receiver, token, amt, m] = decodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
        transferData,
      )
      assetId = id
      receiver = l2Receiver
      amount = amt
      originToken = token
      meta = m
    }
    if (assetId === chain.baseTokenAssetId) return { ok: false, reason: 'base token through the asset router' }
    const deploysToken = !tokens.has(assetId)
    const apply = () => {
      const t = tokenFor(
        assetId,
        { token: originToken, chainId: BigInt(deployment.l1ChainId) },
        parseMeta(meta, originToken),
      )
      t.balances.set(key(receiver), (t.balances.get(key(receiver)) ?? 0n) + amount)
    }
    const l2Token = bridgedTokenAddress(assetId)
    const logs = [transferLog(l2Token, zeroAddress, receiver, amount)]
    return { ok: true, apply, logs, deploysToken }
  }

  /**
   * The custom bridge's L2 half: `finalizeDeposit(l1Sender, l2Receiver, l1Token, amount, data)` from the aliased L1
   * custom bridge mints its own token for `l1Token` (address derived from the L2 bridge and the L1 token).
   */
  function interpretCustomBridgeCall(from: Address, data: Hex): Effect {
    let decoded: ReturnType<typeof decodeFunctionData<typeof l2Abi>>
    try {
      decoded = decodeFunctionData({ abi: l2Abi, data })
    } catch {
      return { ok: false, reason: 'unknown custom bridge call' }
    }
    if (decoded.functionName !== 'finalizeDeposit' || decoded.args.length !== 5)
      return { ok: false, reason: 'unknown custom bridge call' }
    if (!isAddressEqual(from, applyAlias(deployment.customBridge.l1)))
      return { ok: false, reason: 'finalizeDeposit: sender is not the aliased L1 custom bridge' }
    const [, receiver, l1Token, amount] = decoded.args as readonly [Address, Address, Address, bigint, Hex]
    const l2Token = customTokenAddress(l1Token)
    const apply = () => {
      let t = customTokens.get(key(l1Token))
      if (!t) {
        t = {
          assetId: zeroHash,
          l2Address: l2Token,
          originToken: l1Token,
          originChainId: BigInt(deployment.l1ChainId),
          name: 'Custom bridged token',
          symbol: 'CBT',
          decimals: 18,
          balances: new Map(),
        }
        customTokens.set(key(l1Token), t)
      }
      t.balances.set(key(receiver), (t.balances.get(key(receiver)) ?? 0n) + amount)
    }
    const logs = [transferLog(l2Token, zeroAddress, receiver, amount)]
    return { ok: true, apply, logs, deploysToken: !customTokens.has(key(l1Token)) }
  }

  async function relay(): Promise<Hex[]> {
    const read = await readPriorityRequests(l1, chain.diamond, l1Cursor)
    l1Cursor = read.cursor
    const out: Hex[] = []
    for (const { txHash, transaction } of read.requests) {
      const from = getAddress(numberToHex(transaction.from, { size: 20 }))
      const to = getAddress(numberToHex(transaction.to, { size: 20 }))
      const mintValue = transaction.reserved[0]!
      const refundRecipient = getAddress(numberToHex(transaction.reserved[1]!, { size: 20 }))
      const effect = interpretL1Call(from, to, transaction.data, transaction.value)
      const forcedFail = failPredicates.some((p) => p({ to, data: transaction.data, from }))
      const needed = effect.ok ? gasNeeded(transaction.data, effect.deploysToken) : 0n
      const success = effect.ok && !forcedFail && transaction.gasLimit >= needed
      const gasUsed = success ? needed : transaction.gasLimit
      const fee = gasUsed * transaction.maxFeePerGas
      // biome-ignore lint/complexity/useMathMinMax: bigints
      const feeCharged = fee > mintValue ? mintValue : fee
      if (success) {
        ;(effect as Extract<Effect, { ok: true }>).apply()
        credit(refundRecipient, mintValue - transaction.value - feeCharged)
      } else {
        credit(refundRecipient, mintValue - feeCharged)
      }
      const statusLog: Omit<L2ToL1Log, 'txNumberInBatch'> = {
        l2ShardId: 0,
        isService: true,
        sender: BOOTLOADER,
        key: txHash,
        value: success ? numberToHex(1, { size: 32 }) : zeroHash,
      }
      recordTx(
        {
          hash: txHash,
          kind: 'priority',
          from,
          to,
          value: transaction.value,
          input: transaction.data,
          nonce: transaction.nonce,
          gas: transaction.gasLimit,
          gasPrice: transaction.maxFeePerGas,
          type: profile.priorityTxType as Hex,
          status: success ? 'success' : 'reverted',
          gasUsed,
          logs: success ? (effect as Extract<Effect, { ok: true }>).logs : [],
        },
        [statusLog],
      )
      out.push(txHash)
    }
    return out
  }

  return { priorityGasNeeded, interpretL1Call, relay }
}

export type EraRelay = ReturnType<typeof createEraRelay>
