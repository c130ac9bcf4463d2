/**
 * Raw-viem helpers for tests: deposits that fund the L2 side (no library code, so a bug in the
 * deposit actions cannot hide one here), and L2 wallets whose requests are counted.
 */
import {
  type Account,
  type Address,
  type Chain,
  createWalletClient,
  decodeEventLog,
  encodeAbiParameters,
  erc20Abi,
  type Hex,
  http,
  type Transport,
  type WalletClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { readArtifact } from './artifacts.js'
import type { AnyL2Node } from './index.js'
import { accounts, type Harness, l2ChainOf, privateKeys, protocolMinor } from './index.js'

// the Bridgehub is `L1Bridgehub` from zkos-v0.30.2 on (`bridgehub/L1Bridgehub.sol`), same ABI for these calls
const bridgehubAbi = readArtifact(protocolMinor >= 30 ? 'L1Bridgehub' : 'Bridgehub').abi
const mailboxAbi = readArtifact('MailboxFacet').abi

export const ETH: Address = '0x0000000000000000000000000000000000000000'
export const L2_BASE_TOKEN: Address = '0x000000000000000000000000000000000000800A'

/** An L2 wallet of `who` whose requests go through the harness' counting transport of that node. */
export function l2Wallet(
  h: Harness,
  node: AnyL2Node,
  who: keyof typeof privateKeys,
  options: { full?: boolean } = {},
): WalletClient<Transport, Chain, Account> {
  const key = (['a', 'b', 'c', 'd'] as const).find((k) => node === h.l2[k])
  return createWalletClient({
    chain: l2ChainOf(node.chain, `L2 ${node.chainId}`, options),
    transport: key ? h.l2Transport[key].transport : http(node.rpcUrl),
    account: privateKeyToAccount(privateKeys[who]),
    pollingInterval: 10,
  })
}

/** Twice the node's gas price: the legacy price the raw deposits send with and quote their base cost at. */
export async function gasPrice(h: Harness) {
  return (await h.l1.getGasPrice()) * 2n
}

/** `Bridgehub.l2TransactionBaseCost` at `price`, gas per pubdata 800. */
export async function baseCost(h: Harness, chainId: number, price: bigint, l2GasLimit: bigint) {
  return (await h.l1.readContract({
    address: h.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [BigInt(chainId), price, l2GasLimit, 800n],
  })) as bigint
}

async function approve(h: Harness, token: Address, amount: bigint) {
  await h.l1.waitForTransactionReceipt({
    hash: await h.alice.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'approve',
      args: [h.deployment.l1NativeTokenVault, amount],
    }),
  })
}

/** The L2 hash of the deposit in an L1 receipt (the diamond's `NewPriorityRequest`). */
export function l2HashOf(
  receipt: { logs: { address: Address; data: Hex; topics: [Hex, ...Hex[]] | [] }[] },
  diamond: Address,
): Hex {
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== diamond.toLowerCase()) continue
    try {
      const ev = decodeEventLog({ abi: mailboxAbi, data: log.data, topics: log.topics })
      if (ev.eventName === 'NewPriorityRequest') return (ev.args as unknown as { txHash: Hex }).txHash
    } catch {}
  }
  throw new Error('no NewPriorityRequest from the diamond')
}

/** Direct deposit of the base token (ETH on A and C, BTB on B and D) to `to` on L2. */
export async function depositBase(h: Harness, node: AnyL2Node, to: Address, amount: bigint, l2GasLimit = 300_000n) {
  const price = await gasPrice(h)
  const cost = await baseCost(h, node.chainId, price, l2GasLimit)
  const ethBased = node.chain.baseToken.toLowerCase() === '0x0000000000000000000000000000000000000001'
  if (!ethBased) await approve(h, node.chain.baseToken, cost + amount)
  const hash = await h.alice.writeContract({
    address: h.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionDirect',
    args: [
      {
        chainId: BigInt(node.chainId),
        mintValue: cost + amount,
        l2Contract: to,
        l2Value: amount,
        l2Calldata: '0x',
        l2GasLimit,
        l2GasPerPubdataByteLimit: 800n,
        factoryDeps: [],
        refundRecipient: accounts.alice,
      },
    ],
    value: ethBased ? cost + amount : 0n,
    gasPrice: price,
  })
  const receipt = await h.l1.waitForTransactionReceipt({ hash })
  await node.relay()
  return { hash, receipt, l2Hash: l2HashOf(receipt, node.chain.diamond) }
}

/**
 * TwoBridges deposit of an L1 token (ETH as `0x…01` into a custom-base chain), legacy second-bridge encoding, or the
 * `0x01` asset-id encoding with `assetId`.
 */
export async function depositToken(
  h: Harness,
  node: AnyL2Node,
  token: Address,
  amount: bigint,
  options: { assetId?: Hex; l2GasLimit?: bigint; thirdField?: Address; relay?: boolean } = {},
) {
  const l2GasLimit = options.l2GasLimit ?? 1_500_000n
  const price = await gasPrice(h)
  const cost = await baseCost(h, node.chainId, price, l2GasLimit)
  const ethBased = node.chain.baseToken.toLowerCase() === '0x0000000000000000000000000000000000000001'
  const isEth = token.toLowerCase() === '0x0000000000000000000000000000000000000001'
  if (!isEth) await approve(h, token, amount)
  if (!ethBased) await approve(h, node.chain.baseToken, cost)
  const secondBridgeCalldata = options.assetId
    ? (`0x01${encodeAbiParameters(
        [{ type: 'bytes32' }, { type: 'bytes' }],
        [
          options.assetId,
          encodeAbiParameters(
            [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
            [amount, accounts.alice, options.thirdField ?? token],
          ),
        ],
      ).slice(2)}` as Hex)
    : encodeAbiParameters(
        [{ type: 'address' }, { type: 'uint256' }, { type: 'address' }],
        [token, amount, accounts.alice],
      )
  const hash = await h.alice.writeContract({
    address: h.deployment.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionTwoBridges',
    args: [
      {
        chainId: BigInt(node.chainId),
        mintValue: cost,
        l2Value: 0n,
        l2GasLimit,
        l2GasPerPubdataByteLimit: 800n,
        refundRecipient: accounts.alice,
        secondBridgeAddress: h.deployment.l1AssetRouter,
        secondBridgeValue: isEth ? amount : 0n,
        secondBridgeCalldata,
      },
    ],
    value: (ethBased ? cost : 0n) + (isEth ? amount : 0n),
    gasPrice: price,
  })
  const receipt = await h.l1.waitForTransactionReceipt({ hash })
  if (options.relay !== false) await node.relay()
  return { hash, receipt, l2Hash: l2HashOf(receipt, node.chain.diamond) }
}

export async function l1TokenBalance(h: Harness, token: Address, who: Address) {
  return h.l1.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [who] })
}
