import {
  type Address,
  type Chain,
  type Client,
  type Hex,
  isAddressEqual,
  type MulticallErrorType,
  type ReadContractErrorType,
  type Transport,
  zeroAddress,
} from 'viem'
import { bridgehubAbi } from '../abis/bridgehub.js'
import { l1AssetRouterAbi } from '../abis/l1AssetRouter.js'
import { bridgehubByL1ChainId } from '../chains/definitions.js'
import type { ZksyncChainConfig } from '../chains/types.js'
import type { ErrorType } from '../errors/base.js'
import {
  BridgehubNotFoundError,
  type BridgehubNotFoundErrorType,
  ChainNotRegisteredError,
  type ChainNotRegisteredErrorType,
  L1ChainMismatchError,
  type L1ChainMismatchErrorType,
  L2ChainMismatchError,
  type L2ChainMismatchErrorType,
} from '../errors/common.js'
import { type ReadCall, readContractsSettled, unwrapRead } from './internal/readContracts.js'

const ETH_TOKEN_ADDRESS: Address = '0x0000000000000000000000000000000000000001'

/** How an action names its target L2 chain. */
export type L2TargetParameters = {
  /** Chain id of the L2. Defaults to the id of `l2Chain`, then of `l2Client`'s chain. */
  chainId?: bigint | number | undefined
  /** The L2 chain definition; one from `zksync-l1-actions/chains` carries its L1 addresses. */
  l2Chain?: Chain | undefined
  /** A client connected to the L2, used for whatever cannot be read on L1. */
  l2Client?: Client | undefined
  /** Bridgehub address, when neither the chain definitions nor the L2 node are to be asked. */
  bridgehub?: Address | undefined
}

export type GetL1ContractsParameters = L2TargetParameters

export type GetL1ContractsReturnType = {
  l2ChainId: bigint
  bridgehub: Address
  l1AssetRouter: Address
  l1Nullifier: Address
  l1NativeTokenVault: Address
  /** the chain's diamond proxy */
  diamond: Address
  /** L1 address of the base token, `0x…01` for ETH */
  baseToken: Address
  baseTokenAssetId: Hex
  /** whether the base token is ETH */
  isEthBased: boolean
}

export type GetL1ContractsErrorType =
  | BridgehubNotFoundErrorType
  | ChainNotRegisteredErrorType
  | L1ChainMismatchErrorType
  | L2ChainMismatchErrorType
  | MulticallErrorType
  | ReadContractErrorType
  | ErrorType

/** The `custom.zksync` configuration of a chain definition, if it has one. */
export function getZksyncConfig(chain: Chain | undefined | null): ZksyncChainConfig | undefined {
  const config = (chain?.custom as { zksync?: ZksyncChainConfig } | undefined)?.zksync
  return config && typeof config === 'object' && 'contracts' in config ? config : undefined
}

/**
 * Resolves the L2 chain id and the Bridgehub address of a target without reading any contract:
 * from the parameters, the chain definitions, and as a last resort `zks_getBridgehubContract`. A `chainId` that
 * differs from the id of `l2Chain` (or of `l2Client`'s chain) is an `L2ChainMismatchError`.
 */
export async function resolveL2Target(
  client: Client<Transport, Chain | undefined>,
  parameters: L2TargetParameters,
): Promise<{ l2ChainId: bigint; bridgehub: Address; config: ZksyncChainConfig | undefined }> {
  const l2Chain = parameters.l2Chain ?? parameters.l2Client?.chain
  const config = getZksyncConfig(l2Chain)
  if (parameters.chainId !== undefined && l2Chain && BigInt(parameters.chainId) !== BigInt(l2Chain.id))
    throw new L2ChainMismatchError({
      chainId: BigInt(parameters.chainId),
      l2ChainId: BigInt(l2Chain.id),
      source: parameters.l2Chain ? 'l2Chain' : 'l2Client',
    })
  let l2ChainId: bigint | undefined =
    parameters.chainId !== undefined ? BigInt(parameters.chainId) : l2Chain ? BigInt(l2Chain.id) : undefined
  if (l2ChainId === undefined && parameters.l2Client) {
    const id = await parameters.l2Client.request({ method: 'eth_chainId' })
    l2ChainId = BigInt(id)
  }
  const l1ChainId = client.chain?.id
  if (config && l1ChainId !== undefined && config.l1ChainId !== l1ChainId)
    throw new L1ChainMismatchError({ expected: config.l1ChainId, actual: l1ChainId, l2ChainId: l2ChainId ?? 0n })
  let bridgehub: Address | undefined =
    parameters.bridgehub ??
    config?.contracts.bridgehub ??
    (l1ChainId !== undefined ? bridgehubByL1ChainId[l1ChainId] : undefined)
  if (!bridgehub && parameters.l2Client)
    bridgehub = (await parameters.l2Client.request({ method: 'zks_getBridgehubContract' } as never)) as Address
  if (!bridgehub || l2ChainId === undefined) throw new BridgehubNotFoundError({ l1ChainId, l2ChainId })
  return { l2ChainId, bridgehub, config }
}

/**
 * Returns the L1 contracts that serve a ZK chain: the Bridgehub, the shared bridge (L1AssetRouter), the
 * L1Nullifier, the L1NativeTokenVault, the chain's diamond and its base token. Addresses known from
 * the chain definition cost nothing; the rest are read in at most two multicalls.
 *
 * @example
 * import { createPublicClient, http } from 'viem'
 * import { mainnet } from 'viem/chains'
 * import { getL1Contracts } from 'zksync-l1-actions'
 *
 * const client = createPublicClient({ chain: mainnet, transport: http() })
 * const { diamond, l1Nullifier, baseToken } = await getL1Contracts(client, { chainId: 324 })
 */
export async function getL1Contracts<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: GetL1ContractsParameters,
): Promise<GetL1ContractsReturnType> {
  const contracts = await getBridgehubContracts(client as Client<Transport, Chain | undefined>, parameters)
  const keys = (['l1Nullifier', 'l1NativeTokenVault'] as const).filter((key) => !contracts[key])
  const results = await readContractsSettled(
    client as Client<Transport, Chain | undefined>,
    keys.map((key) => ({
      address: contracts.l1AssetRouter,
      abi: l1AssetRouterAbi,
      functionName: key === 'l1Nullifier' ? 'L1_NULLIFIER' : 'nativeTokenVault',
    })),
  )
  const read = (key: (typeof keys)[number]) => contracts[key] ?? unwrapRead<Address>(results[keys.indexOf(key)])
  return { ...contracts, l1Nullifier: read('l1Nullifier'), l1NativeTokenVault: read('l1NativeTokenVault') }
}

/**
 * Internal: the first round of `getL1Contracts`, what the Bridgehub answers (and the chain definition knows). The
 * L1Nullifier and the L1NativeTokenVault, which the L1AssetRouter names, are there only when the chain definition
 * names them: callers that need neither save a request, and the others fold the read into their next multicall.
 */
export async function getBridgehubContracts(
  client: Client<Transport, Chain | undefined>,
  parameters: GetL1ContractsParameters,
): Promise<BridgehubContracts> {
  const { l2ChainId, bridgehub, config } = await resolveL2Target(client, parameters)
  const known = config?.contracts ?? { bridgehub }

  const round: { key: 'l1AssetRouter' | 'diamond' | 'baseToken' | 'baseTokenAssetId'; call: ReadCall }[] = []
  if (!known.l1AssetRouter)
    round.push({ key: 'l1AssetRouter', call: { address: bridgehub, abi: bridgehubAbi, functionName: 'assetRouter' } })
  if (!known.diamond)
    round.push({
      key: 'diamond',
      call: { address: bridgehub, abi: bridgehubAbi, functionName: 'getZKChain', args: [l2ChainId] },
    })
  if (!known.baseToken)
    round.push({
      key: 'baseToken',
      call: { address: bridgehub, abi: bridgehubAbi, functionName: 'baseToken', args: [l2ChainId] },
    })
  if (!known.baseTokenAssetId)
    round.push({
      key: 'baseTokenAssetId',
      call: { address: bridgehub, abi: bridgehubAbi, functionName: 'baseTokenAssetId', args: [l2ChainId] },
    })
  const results = await readContractsSettled(
    client,
    round.map((r) => r.call),
  )
  const read = <T>(key: (typeof round)[number]['key']): T =>
    unwrapRead<T>(results[round.findIndex((r) => r.key === key)])
  const diamond = known.diamond ?? read<Address>('diamond')
  if (isAddressEqual(diamond, zeroAddress)) throw new ChainNotRegisteredError({ chainId: l2ChainId, bridgehub })
  const baseToken = known.baseToken ?? read<Address>('baseToken')
  return {
    l2ChainId,
    bridgehub,
    l1AssetRouter: known.l1AssetRouter ?? read<Address>('l1AssetRouter'),
    l1Nullifier: known.l1Nullifier,
    l1NativeTokenVault: known.l1NativeTokenVault,
    diamond,
    baseToken,
    baseTokenAssetId: known.baseTokenAssetId ?? read<Hex>('baseTokenAssetId'),
    isEthBased: isAddressEqual(baseToken, ETH_TOKEN_ADDRESS),
  }
}

/** Internal: what `getBridgehubContracts` returns; the asset router's two addresses only when known beforehand. */
export type BridgehubContracts = Omit<GetL1ContractsReturnType, 'l1Nullifier' | 'l1NativeTokenVault'> & {
  l1Nullifier: Address | undefined
  l1NativeTokenVault: Address | undefined
}

/** Internal: the L1NativeTokenVault of `contracts`, read from the L1AssetRouter unless already known. */
export async function getNativeTokenVault(
  client: Client<Transport, Chain | undefined>,
  contracts: BridgehubContracts,
): Promise<Address> {
  if (contracts.l1NativeTokenVault) return contracts.l1NativeTokenVault
  const [vault] = await readContractsSettled(client, [
    { address: contracts.l1AssetRouter, abi: l1AssetRouterAbi, functionName: 'nativeTokenVault' },
  ])
  return unwrapRead<Address>(vault)
}
