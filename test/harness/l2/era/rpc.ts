/**
 * The simulated Era L2's JSON-RPC answers (`../node.ts`): every method the library and viem ask of an Era node, each
 * answer built with every field the Era server might send and cut to the recorded shape (`../wire/`), the log proof
 * from the batch keeper, and "Method not found" as the server says it for the rest.
 */
import {
  type Address,
  decodeFunctionData,
  encodeFunctionResult,
  getAddress,
  type Hex,
  isAddressEqual,
  numberToHex,
  zeroAddress,
  zeroHash,
} from 'viem'
import { type ChainSetup, type Deployment, ETH_TOKEN_ADDRESS, ntvAssetId } from '../../deploy.js'
import type { Batches } from '../batches.js'
import { RpcError } from '../rpcServer.js'
import { conform } from '../wire/conform.js'
import type { WireProfile } from '../wire/types.js'
import type { EraRelay } from './relay.js'
import {
  BOOTLOADER,
  type EraState,
  L1_MESSENGER,
  L2_ASSET_ROUTER,
  L2_BASE_TOKEN,
  L2_GAS_PRICE,
  L2_NATIVE_TOKEN_VAULT,
  L2_TX_GAS,
  l2Abi,
  type TxRecord,
} from './state.js'

export function createEraRpc(options: {
  state: EraState
  relay: EraRelay
  batches: Batches
  deployment: Deployment
  chain: ChainSetup
  profile: WireProfile
  sendRawTransaction: (serialized: Hex) => Promise<Hex>
  /** runs `fn` after every earlier state change of the node */
  serial: <T>(fn: () => Promise<T>) => Promise<T>
  /** whether to relay new priority requests before answering */
  autoRelay: () => boolean
  /** JSON-RPC methods received, in order */
  requests: string[]
}) {
  const { state, batches, deployment, chain, profile, sendRawTransaction, serial, requests } = options
  const { chainId, txs, blocks, nonces, key, balanceOf, latestBlock, bridgedTokenAddress, tokenByL2Address, tokens } =
    state
  const { customTokenAddress, customTokenByL2Address } = state
  const baseIsEth = isAddressEqual(chain.baseToken, ETH_TOKEN_ADDRESS)
  const gasNeeded = options.relay.priorityGasNeeded
  const { interpretL1Call } = options.relay
  const relay = options.relay.relay

  const hex = (n: bigint | number) => numberToHex(n)
  /** An answer with every field the Era server might send, cut to the recorded shape. */
  function rpcReceipt(r: TxRecord) {
    const batch = batches.get(r.batch)
    const block = blocks[Number(r.blockNumber)]!
    const l1BatchNumber = batch ? hex(batch.number) : null
    const logs = r.logs.map((l, i) => ({
      ...l,
      blockHash: r.blockHash,
      blockNumber: hex(r.blockNumber),
      l1BatchNumber,
      transactionHash: r.hash,
      transactionIndex: '0x0',
      logIndex: hex(i),
      transactionLogIndex: hex(i),
      logType: null,
      removed: false,
      blockTimestamp: hex(block.timestamp),
    }))
    const l2ToL1Logs = r.l2ToL1Logs.map((l, i) => ({
      blockHash: r.blockHash,
      blockNumber: hex(r.blockNumber),
      l1BatchNumber,
      transactionHash: r.hash,
      transactionIndex: '0x0',
      transactionLogIndex: hex(i),
      logIndex: hex(i),
      shardId: hex(l.l2ShardId),
      isService: l.isService,
      sender: l.sender,
      key: l.key,
      value: l.value,
      txIndexInL1Batch: batch ? hex(r.txIndexInBatch) : null,
    }))
    return conform(
      {
        transactionHash: r.hash,
        transactionIndex: '0x0',
        blockHash: r.blockHash,
        blockNumber: hex(r.blockNumber),
        l1BatchTxIndex: batch ? hex(r.txIndexInBatch) : null,
        l1BatchNumber,
        from: r.from,
        to: r.to,
        cumulativeGasUsed: hex(r.gasUsed),
        gasUsed: hex(r.gasUsed),
        effectiveGasPrice: hex(r.gasPrice),
        contractAddress: null,
        logs,
        logsBloom: `0x${'00'.repeat(256)}`,
        status: r.status === 'success' ? '0x1' : '0x0',
        type: r.type,
        l2ToL1Logs,
      },
      r.kind === 'priority' ? profile.receipt.priority : profile.receipt.l2,
    )
  }
  function rpcTransaction(r: TxRecord) {
    return conform(
      {
        hash: r.hash,
        nonce: hex(r.nonce),
        blockHash: r.blockHash,
        blockNumber: hex(r.blockNumber),
        transactionIndex: '0x0',
        from: r.from,
        to: r.to,
        value: hex(r.value),
        gas: hex(r.gas),
        gasPrice: hex(r.gasPrice),
        maxFeePerGas: hex(r.gasPrice),
        maxPriorityFeePerGas: '0x0',
        input: r.input,
        type: r.type,
        chainId: hex(chainId),
        v: '0x0',
        r: '0x0',
        s: '0x0',
        l1BatchNumber: r.batch ? hex(r.batch) : undefined,
        l1BatchTxIndex: r.batch ? hex(r.txIndexInBatch) : undefined,
      },
      r.kind === 'priority' ? profile.transaction.priority : profile.transaction.l2,
    )
  }
  function rpcBlock(b: (typeof blocks)[number], full: boolean) {
    return {
      number: hex(b.number),
      hash: b.hash,
      parentHash: b.number === 0n ? zeroHash : blocks[Number(b.number) - 1]!.hash,
      timestamp: hex(b.timestamp),
      nonce: '0x0000000000000000',
      sha3Uncles: zeroHash,
      logsBloom: `0x${'00'.repeat(256)}`,
      transactionsRoot: zeroHash,
      stateRoot: zeroHash,
      receiptsRoot: zeroHash,
      miner: zeroAddress,
      difficulty: '0x0',
      totalDifficulty: '0x0',
      extraData: '0x',
      size: '0x0',
      gasLimit: hex(1_125_899_906_842_624n),
      gasUsed: '0x0',
      baseFeePerGas: hex(L2_GAS_PRICE),
      uncles: [],
      transactions: full ? b.txs.map((h) => rpcTransaction(txs.get(h)!)) : b.txs,
      l1BatchNumber: null,
      l1BatchTimestamp: null,
    }
  }
  const findBlock = (tag: unknown) => {
    if (tag === 'latest' || tag === 'pending' || tag === 'safe' || tag === 'finalized' || tag === undefined)
      return latestBlock()
    if (tag === 'earliest') return blocks[0]
    return blocks[Number(BigInt(tag as string))]
  }

  function ethCall(call: { to?: Address; data?: Hex; input?: Hex }): Hex {
    const to = call.to
    const data = call.data ?? call.input ?? '0x'
    if (!to) throw new RpcError(3, 'execution reverted')
    let d: ReturnType<typeof decodeFunctionData<typeof l2Abi>>
    try {
      d = decodeFunctionData({ abi: l2Abi, data })
    } catch {
      throw new RpcError(3, 'execution reverted')
    }
    const ret = (value: unknown) =>
      encodeFunctionResult({ abi: l2Abi, functionName: d.functionName, result: value } as any)
    if (isAddressEqual(to, L2_ASSET_ROUTER) || isAddressEqual(to, L2_NATIVE_TOKEN_VAULT)) {
      // immutable getters of the real L2AssetRouter / L2NativeTokenVault (read by zksync-ethers)
      if (d.functionName === 'BASE_TOKEN_ASSET_ID') return ret(chain.baseTokenAssetId)
      if (d.functionName === 'L1_CHAIN_ID') return ret(BigInt(deployment.l1ChainId))
      if (d.functionName === 'L1_ASSET_ROUTER' && isAddressEqual(to, L2_ASSET_ROUTER))
        return ret(deployment.l1AssetRouter)
      if (d.functionName === 'l2TokenAddress') {
        const [l1Token] = d.args as readonly [Address]
        const id = ntvAssetId(deployment.l1ChainId, l1Token)
        if (id === chain.baseTokenAssetId) return ret(L2_BASE_TOKEN)
        return ret(bridgedTokenAddress(id))
      }
      if (d.functionName === 'assetId') {
        const [token] = d.args as readonly [Address]
        if (isAddressEqual(token, L2_BASE_TOKEN)) return ret(chain.baseTokenAssetId)
        return ret(tokenByL2Address(token)?.assetId ?? zeroHash)
      }
      if (d.functionName === 'tokenAddress') {
        const [id] = d.args as readonly [Hex]
        if (id === chain.baseTokenAssetId) return ret(L2_BASE_TOKEN)
        return ret(tokens.get(id)?.l2Address ?? zeroAddress)
      }
    }
    if (isAddressEqual(to, L2_BASE_TOKEN)) {
      if (d.functionName === 'balanceOf') {
        const [who] = d.args as readonly [bigint | Address]
        return ret(balanceOf(typeof who === 'bigint' ? getAddress(numberToHex(who, { size: 20 })) : who))
      }
      if (d.functionName === 'decimals') return ret(18)
      if (d.functionName === 'symbol') return ret(baseIsEth ? 'ETH' : 'BTB')
      if (d.functionName === 'name') return ret(baseIsEth ? 'Ether' : 'Base Token B')
    }
    if (isAddressEqual(to, deployment.customBridge.l2) && d.functionName === 'l2TokenAddress') {
      const [l1Token] = d.args as readonly [Address]
      return ret(customTokenAddress(l1Token))
    }
    const t = tokenByL2Address(to) ?? customTokenByL2Address(to)
    if (t) {
      if (d.functionName === 'balanceOf') {
        const [who] = d.args as readonly [Address]
        return ret(t.balances.get(key(who)) ?? 0n)
      }
      if (d.functionName === 'decimals') return ret(t.decimals)
      if (d.functionName === 'symbol') return ret(t.symbol)
      if (d.functionName === 'name') return ret(t.name)
      if (d.functionName === 'l1Address' || d.functionName === 'originToken') return ret(t.originToken)
      if (d.functionName === 'totalSupply') return ret([...t.balances.values()].reduce((a, b) => a + b, 0n))
    }
    throw new RpcError(3, 'execution reverted')
  }

  function estimateL1ToL2(call: { from?: Address; to?: Address; data?: Hex; input?: Hex; value?: Hex }): bigint {
    const from = call.from ?? zeroAddress
    const to = call.to ?? zeroAddress
    const data = call.data ?? call.input ?? '0x'
    const effect = interpretL1Call(from, to, data, BigInt(call.value ?? 0))
    if (!effect.ok) throw new RpcError(3, `execution reverted: ${effect.reason}`)
    return gasNeeded(data, effect.deploysToken)
  }

  function logProof(hash: Hex, index: number | undefined) {
    const r = txs.get(hash)
    if (!r) return null
    const i = index ?? 0
    const batch = batches.get(r.batch)
    if (!batch?.committed) return null
    const found = batches.logPath(batch, hash, i)
    if (!found) return null
    const { leaf, path } = found
    return conform({ id: leaf, proof: path, root: batch.root, batchNumber: batch.number }, profile.proof)
  }

  async function handle(method: string, params: any[]): Promise<unknown> {
    requests.push(method)
    if (options.autoRelay() && method !== 'eth_chainId') await serial(relay)
    switch (method) {
      case 'eth_chainId':
        return hex(chainId)
      case 'net_version':
        return chainId.toString()
      case 'eth_blockNumber':
        return hex(latestBlock().number)
      case 'eth_gasPrice':
        return hex(L2_GAS_PRICE)
      case 'eth_maxPriorityFeePerGas':
        return '0x0'
      case 'eth_feeHistory':
        return {
          oldestBlock: hex(latestBlock().number),
          baseFeePerGas: [hex(L2_GAS_PRICE), hex(L2_GAS_PRICE)],
          gasUsedRatio: [0.5],
          reward: [['0x0']],
        }
      case 'eth_getBalance':
        return hex(balanceOf(params[0]))
      case 'eth_getCode': {
        const a = params[0] as Address
        const isContract =
          [
            L2_BASE_TOKEN,
            L2_ASSET_ROUTER,
            L2_NATIVE_TOKEN_VAULT,
            L1_MESSENGER,
            BOOTLOADER,
            deployment.customBridge.l2,
          ].some((s) => isAddressEqual(s, a)) ||
          !!tokenByL2Address(a) ||
          !!customTokenByL2Address(a)
        return isContract ? '0x00' : '0x'
      }
      case 'eth_getTransactionCount':
        return hex(nonces.get(key(params[0])) ?? 0n)
      case 'eth_getBlockByNumber': {
        const b = findBlock(params[0])
        return b ? rpcBlock(b, !!params[1]) : null
      }
      case 'eth_getBlockByHash': {
        const b = blocks.find((x) => x.hash === params[0])
        return b ? rpcBlock(b, !!params[1]) : null
      }
      case 'eth_getTransactionReceipt': {
        const r = txs.get(params[0])
        return r ? rpcReceipt(r) : null
      }
      case 'eth_getTransactionByHash': {
        const r = txs.get(params[0])
        return r ? rpcTransaction(r) : null
      }
      case 'eth_call':
        return ethCall(params[0])
      case 'eth_estimateGas': {
        const call = params[0] as { from?: Address; to?: Address; data?: Hex; input?: Hex; value?: Hex }
        const to = call.to
        if (
          to &&
          call.from &&
          isAddressEqual(to, L2_ASSET_ROUTER) &&
          (call.data ?? call.input ?? '0x').startsWith('0xcfe7af7c')
        )
          return hex(estimateL1ToL2(call))
        if (to && isAddressEqual(to, L2_ASSET_ROUTER) && (call.data ?? call.input ?? '0x').startsWith('0x9c884fd1'))
          return hex(estimateL1ToL2(call))
        if (
          to &&
          isAddressEqual(to, deployment.customBridge.l2) &&
          (call.data ?? call.input ?? '0x').startsWith('0xcfe7af7c')
        )
          return hex(estimateL1ToL2(call))
        return hex(L2_TX_GAS)
      }
      case 'eth_sendRawTransaction':
        return serial(() => sendRawTransaction(params[0]))
      case 'eth_getLogs':
        return []
      case 'zks_L1ChainId':
        return hex(deployment.l1ChainId)
      case 'zks_getBridgehubContract':
        return deployment.bridgehub
      case 'zks_getBaseTokenL1Address':
        return isAddressEqual(chain.baseToken, ETH_TOKEN_ADDRESS) ? ETH_TOKEN_ADDRESS : chain.baseToken
      case 'zks_getL2ToL1LogProof':
        return logProof(params[0], params[1] === undefined ? undefined : Number(params[1]))
      case 'zks_estimateGasL1ToL2':
        return hex(estimateL1ToL2(params[0]))
      case 'zks_gasPerPubdata':
        return hex(800)
      case 'zks_getBridgeContracts':
        return {
          l1Erc20DefaultBridge: deployment.l1Erc20Bridge,
          l2Erc20DefaultBridge: L2_ASSET_ROUTER,
          l1SharedDefaultBridge: deployment.l1AssetRouter,
          l2SharedDefaultBridge: L2_ASSET_ROUTER,
        }
      case 'zks_getL1BatchDetails': {
        const b = batches.get(Number(params[0]))
        if (!b) return null
        return {
          number: b.number,
          status: b.executed ? 'verified' : b.committed ? 'sealed' : 'sealed',
          commitTxHash: b.commitTxHash ?? null,
          executeTxHash: b.executeTxHash ?? null,
          rootHash: b.root,
        }
      }
    }
    throw new RpcError(profile.methodNotFound.code, profile.methodNotFound.message)
  }

  return handle
}
