/**
 * The simulated Era L2's own transactions (`../node.ts`): a signed transaction is checked (chain id, nonce, funds),
 * charged, and applied: base-token and asset-router withdrawals with their L2 -> L1 messages, the custom bridge's
 * withdrawal, plain transfers. A failing call reverts without side effects.
 */
import {
  type Address,
  concat,
  decodeAbiParameters,
  decodeFunctionData,
  encodeAbiParameters,
  encodeEventTopics,
  type Hex,
  isAddressEqual,
  keccak256,
  numberToHex,
  parseTransaction,
  recoverTransactionAddress,
  size,
  zeroAddress,
} from 'viem'
import type { ChainSetup, Deployment } from '../../deploy.js'
import type { L2ToL1Log } from '../merkle.js'
import { RpcError } from '../rpcServer.js'
import {
  type EraState,
  L2_ASSET_ROUTER,
  L2_BASE_TOKEN,
  L2_GAS_PRICE,
  L2_TX_GAS,
  l2Abi,
  type RpcLog,
  type TokenInfo,
  transferLog,
} from './state.js'

export function createEraExecution(options: { state: EraState; deployment: Deployment; chain: ChainSetup }) {
  const { state, deployment, chain } = options
  const {
    chainId,
    tokens,
    nonces,
    key,
    balanceOf,
    credit,
    debit,
    tokenByL2Address,
    messageLog,
    erc20Metadata,
    recordTx,
  } = state

  async function sendRawTransaction(serialized: Hex): Promise<Hex> {
    const tx = parseTransaction(serialized as any) as any
    const from = await recoverTransactionAddress({ serializedTransaction: serialized as any })
    if (tx.chainId !== undefined && BigInt(tx.chainId) !== chainId)
      throw new RpcError(-32000, `invalid chain id ${tx.chainId}, expected ${chainId}`)
    const nonce = nonces.get(key(from)) ?? 0n
    if (BigInt(tx.nonce ?? 0) !== nonce)
      throw new RpcError(-32000, `nonce mismatch: expected ${nonce}, got ${tx.nonce}`)
    const hash = keccak256(serialized)
    const value: bigint = tx.value ?? 0n
    // biome-ignore lint/complexity/useMathMinMax: bigints
    const gasPrice: bigint = tx.gasPrice ?? (tx.maxFeePerGas < L2_GAS_PRICE ? tx.maxFeePerGas : L2_GAS_PRICE)
    const to: Address | null = tx.to ?? null
    const data: Hex = tx.data ?? '0x'
    const fee = L2_TX_GAS * gasPrice
    if (balanceOf(from) < fee + value) throw new RpcError(-32000, 'insufficient funds for gas * price + value')
    nonces.set(key(from), nonce + 1n)
    debit(from, fee)
    const logs: RpcLog[] = []
    const l2ToL1: Omit<L2ToL1Log, 'txNumberInBatch'>[] = []
    let ok = true
    try {
      executeL2Call(from, to, value, data, logs, l2ToL1)
    } catch {
      ok = false
    }
    recordTx(
      {
        hash,
        kind: 'l2',
        from,
        to,
        value,
        input: data,
        nonce,
        gas: tx.gas ?? L2_TX_GAS,
        gasPrice,
        type: tx.type === 'eip1559' ? '0x2' : tx.type === 'eip2930' ? '0x1' : '0x0',
        status: ok ? 'success' : 'reverted',
        gasUsed: L2_TX_GAS,
        logs: ok ? logs : [],
      },
      ok ? l2ToL1 : [],
    )
    return hash
  }

  /** Applies an L2 call; throws (reverts) without side effects on failure. */
  function executeL2Call(
    from: Address,
    to: Address | null,
    value: bigint,
    data: Hex,
    logs: RpcLog[],
    l2ToL1: Omit<L2ToL1Log, 'txNumberInBatch'>[],
  ) {
    if (!to) throw new Error('contract deployment is not simulated')
    if (isAddressEqual(to, L2_BASE_TOKEN)) {
      const d = decodeFunctionData({ abi: l2Abi, data })
      if (d.functionName !== 'withdraw' || d.args.length !== 1) throw new Error('unsupported')
      const [l1Receiver] = d.args as readonly [Address]
      debit(from, value)
      const message = concat(['0x6c0960f9', l1Receiver, numberToHex(value, { size: 32 })])
      const m = messageLog(L2_BASE_TOKEN, message)
      logs.push(
        {
          address: L2_BASE_TOKEN,
          topics: encodeEventTopics({
            abi: l2Abi,
            eventName: 'Withdrawal',
            args: { _l2Sender: from, _l1Receiver: l1Receiver },
          }) as Hex[],
          data: encodeAbiParameters([{ type: 'uint256' }], [value]),
        },
        m.rpc,
      )
      l2ToL1.push(m.l2ToL1)
      return
    }
    if (isAddressEqual(to, L2_ASSET_ROUTER)) {
      if (value !== 0n) throw new Error('value on asset router')
      const d = decodeFunctionData({ abi: l2Abi, data })
      if (d.functionName !== 'withdraw') throw new Error('unsupported')
      let t: TokenInfo | undefined
      let amount: bigint
      let l1Receiver: Address
      if (d.args.length === 2) {
        const [assetId, assetData] = d.args as readonly [Hex, Hex]
        if (assetId === chain.baseTokenAssetId) throw new Error('base token via asset router')
        if (size(assetData) !== 96) throw new Error('InvalidNTVBurnData')
        const [amt, recv, l2Token] = decodeAbiParameters(
          [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
          assetData,
        )
        t = tokens.get(assetId)
        if (t && !isAddressEqual(l2Token, zeroAddress) && !isAddressEqual(l2Token, t.l2Address))
          throw new Error('asset mismatch')
        amount = amt
        l1Receiver = recv
      } else {
        const [recv, l2Token, amt] = d.args as readonly [Address, Address, bigint]
        t = tokenByL2Address(l2Token)
        amount = amt
        l1Receiver = recv
      }
      if (!t) throw new Error('unknown token')
      if (amount === 0n) throw new Error('amount is zero')
      const bal = t.balances.get(key(from)) ?? 0n
      if (bal < amount) throw new Error('burn amount exceeds balance')
      t.balances.set(key(from), bal - amount)
      const bridgeMintData = encodeAbiParameters(
        [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
        [from, l1Receiver, t.originToken, amount, erc20Metadata(t)],
      )
      const message = concat(['0x9c884fd1', numberToHex(chainId, { size: 32 }), t.assetId, bridgeMintData])
      const m = messageLog(L2_ASSET_ROUTER, message)
      logs.push(
        transferLog(t.l2Address, from, zeroAddress, amount),
        {
          address: L2_ASSET_ROUTER,
          topics: encodeEventTopics({
            abi: l2Abi,
            eventName: 'WithdrawalInitiatedAssetRouter',
            args: { l2Sender: from, assetId: t.assetId },
          }) as Hex[],
          data: encodeAbiParameters(
            [{ type: 'uint256' }, { type: 'bytes' }],
            [
              chainId,
              encodeAbiParameters(
                [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
                [amount, l1Receiver, t.l2Address],
              ),
            ],
          ),
        },
        m.rpc,
      )
      l2ToL1.push(m.l2ToL1)
      return
    }
    if (isAddressEqual(to, deployment.customBridge.l2)) {
      // the custom bridge's L2 half: `withdraw(address l1Receiver, address l1Token, uint256 amount)`
      const d = decodeFunctionData({ abi: l2Abi, data })
      if (d.functionName !== 'withdraw' || d.args.length !== 3) throw new Error('unsupported')
      const [l1Receiver, l1Token, amount] = d.args as readonly [Address, Address, bigint]
      const message = concat(['0x11a2ccc1', l1Receiver, l1Token, numberToHex(amount, { size: 32 })])
      const m = messageLog(deployment.customBridge.l2, message)
      logs.push(m.rpc)
      l2ToL1.push(m.l2ToL1)
      return
    }
    if (data !== '0x') throw new Error('calls to unknown contracts are not simulated')
    debit(from, value)
    credit(to, value)
  }

  return { sendRawTransaction }
}
