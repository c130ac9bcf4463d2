import {
  type Address,
  type CallErrorType,
  type Chain,
  type Client,
  type Hex,
  isAddressEqual,
  type MulticallErrorType,
  pad,
  type ReadContractErrorType,
  type Transport,
} from 'viem'
import { getCode } from 'viem/actions'
import { getAction } from 'viem/utils'
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
  type InvalidAddressParameterErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
  L1ChainMismatchError,
  type L1ChainMismatchErrorType,
  L2ChainMismatchError,
  type L2ChainMismatchErrorType,
} from '../errors/common.js'
import { assertAddress, assertChainId } from './internal/assertParameters.js'
import { answerOf, type L1Read, runL1Reader } from './internal/l1Reader.js'
import { type ReadCall, type ReadResult, readContractsSettled, unwrapRead } from './internal/readContracts.js'

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
  | CallErrorType
  | BridgehubNotFoundErrorType
  | ChainNotRegisteredErrorType
  | InvalidAddressParameterErrorType
  | InvalidParameterErrorType
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
 * Internal: refuses, before any request, a target named with values of the wrong type: a `chainId` that is not a
 * positive integer (number or bigint), a `bridgehub` that is not an address, an `l2Chain` without an integer `id`, an
 * `l2Client` that is no client (nothing with a `request` function).
 */
export function assertL2TargetParameters(parameters: L2TargetParameters): void {
  assertChainId('chainId', parameters.chainId, { optional: true })
  assertAddress('bridgehub', parameters.bridgehub, { optional: true })
  const { l2Chain, l2Client } = parameters as { l2Chain?: unknown; l2Client?: unknown }
  if (l2Chain !== undefined && !Number.isSafeInteger((l2Chain as Chain | null)?.id))
    throw new InvalidParameterError({ parameter: 'l2Chain', value: l2Chain, expected: 'a viem Chain (with its `id`)' })
  if (l2Client !== undefined && typeof (l2Client as Client | null)?.request !== 'function')
    throw new InvalidParameterError({ parameter: 'l2Client', value: l2Client, expected: 'a viem Client' })
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
  assertL2TargetParameters(parameters)
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
 * the chain definition cost nothing; the rest take one `eth_call`: the creation code of a reader contract
 * (`scripts/reader/L1ContractsReader.sol`, never deployed) whose constructor asks the Bridgehub and then the
 * L1AssetRouter it names, and returns the answers. A node that refuses that call, or a read that fails in it, falls
 * back to two rounds of plain reads, whose errors are the ones thrown.
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
  return (await readL1Contracts(client as Client<Transport, Chain | undefined>, parameters)).contracts
}

/**
 * Internal: `getL1Contracts`, whether each of `codeOf` (up to two addresses; `undefined` skips one) has code on L1,
 * and the outcome of the `extra` reads, all in the reader's one call when it runs: `extra` is given the contracts with
 * the addresses still to be read standing for the reader's answers (`answerOf`), so that reads of the chain's
 * contracts go out with the reads of their addresses. A node that refuses the reader, or a read of an address that
 * fails in it, falls back to plain reads (the addresses in two rounds, `eth_getCode`, then the extra reads).
 */
export async function readL1Contracts(
  client: Client<Transport, Chain | undefined>,
  parameters: GetL1ContractsParameters,
  codeOf: readonly [(Address | undefined)?, (Address | undefined)?] = [],
  extra?: (contracts: GetL1ContractsReturnType) => L1Read[],
): Promise<{ contracts: GetL1ContractsReturnType; hasCode: (boolean | undefined)[]; extra: ReadResult[] }> {
  const { l2ChainId, bridgehub, config } = await resolveL2Target(client, parameters)
  const known: { [key in Key]?: Hex | undefined } = { ...config?.contracts }
  const missing = KEYS.filter((key) => !known[key])
  const unregistered = (diamond: Hex | undefined) => {
    if (!known.diamond && diamond !== undefined && BigInt(diamond) === 0n)
      throw new ChainNotRegisteredError({ chainId: l2ChainId, bridgehub })
  }
  const assemble = (value: (key: Key) => Hex): GetL1ContractsReturnType => {
    const baseToken = value('baseToken') as Address
    return {
      l2ChainId,
      bridgehub,
      l1AssetRouter: value('l1AssetRouter') as Address,
      l1Nullifier: value('l1Nullifier') as Address,
      l1NativeTokenVault: value('l1NativeTokenVault') as Address,
      diamond: value('diamond') as Address,
      baseToken,
      baseTokenAssetId: value('baseTokenAssetId'),
      isEthBased: isAddressEqual(baseToken, ETH_TOKEN_ADDRESS),
    }
  }
  // the addresses still to be read, each standing for the reader's answer, the code sizes, then the extra reads
  const addressReads = missing.length > 0 ? readerAddressReads(bridgehub, l2ChainId, known) : []
  const codeReads = codeOf.flatMap((address) => (address === undefined ? [] : [{ codeSizeOf: address }]))
  const pending = assemble(
    (key) => known[key] ?? pad(answerOf(KEYS.indexOf(key)), { size: key === 'baseTokenAssetId' ? 32 : 20 }),
  )
  const extraReads = extra?.(pending) ?? []
  const reads = [...addressReads, ...codeReads, ...extraReads]
  const answers = reads.length > 0 ? await runL1Reader(client, reads) : []
  const found: { [key in Key]?: Hex | undefined } = {}
  if (answers)
    for (const [i, key] of KEYS.entries()) {
      const answer = addressReads.length > 0 ? answers[i] : undefined
      if (answer?.status === 'success') found[key] = answer.result as Hex
    }
  if (answers && addressReads.length > 0) unregistered(found.diamond)
  const complete = answers !== undefined && missing.every((key) => found[key] !== undefined)
  if (complete) {
    const codeSizes = answers.slice(addressReads.length, addressReads.length + codeReads.length)
    let next = 0
    const hasCode = codeOf.map((address) =>
      address === undefined ? undefined : (codeSizes[next++] as { result: bigint }).result > 0n,
    )
    return {
      contracts: assemble((key) => (known[key] ?? found[key]) as Hex),
      hasCode,
      extra: answers.slice(addressReads.length + codeReads.length),
    }
  }
  // what the reader could not answer (or everything, when the node refused it) in plain reads
  const [got, hasCode] = await Promise.all([
    missing.length > 0
      ? readInRounds(client, bridgehub, l2ChainId, missing, known, unregistered, answers !== undefined)
      : ({} as { [key in Key]?: Hex | undefined }),
    Promise.all(
      codeOf.map(async (address) => {
        if (address === undefined) return undefined
        const code = await getAction(client, getCode, 'getCode')({ address })
        return code !== undefined && code !== '0x'
      }),
    ),
  ])
  const contracts = assemble((key) => (known[key] ?? got[key]) as Hex)
  return {
    contracts,
    hasCode,
    extra: extra ? await readContractsSettled(client, extra(contracts), answers !== undefined) : [],
  }
}

/** The addresses `getL1Contracts` reads, in the order of the reader's answer words. */
const KEYS = ['l1AssetRouter', 'diamond', 'baseToken', 'baseTokenAssetId', 'l1Nullifier', 'l1NativeTokenVault'] as const
type Key = (typeof KEYS)[number]

/** The reader's reads of the addresses, in the order of `KEYS`: the Bridgehub's, then the asset router's it names. */
function readerAddressReads(bridgehub: Address, chainId: bigint, known: { [key in Key]?: Hex | undefined }): L1Read[] {
  const args = [chainId] as const
  const router = (known.l1AssetRouter as Address | undefined) ?? answerOf(0)
  return [
    { address: bridgehub, abi: bridgehubAbi, functionName: 'assetRouter' },
    { address: bridgehub, abi: bridgehubAbi, functionName: 'getZKChain', args },
    { address: bridgehub, abi: bridgehubAbi, functionName: 'baseToken', args },
    { address: bridgehub, abi: bridgehubAbi, functionName: 'baseTokenAssetId', args },
    { address: router, abi: l1AssetRouterAbi, functionName: 'L1_NULLIFIER' },
    { address: router, abi: l1AssetRouterAbi, functionName: 'nativeTokenVault' },
  ]
}

/** The `missing` addresses in two rounds of plain reads: the Bridgehub, then the asset router it names. */
async function readInRounds(
  client: Client<Transport, Chain | undefined>,
  bridgehub: Address,
  chainId: bigint,
  missing: readonly Key[],
  known: { [key in Key]?: Hex | undefined },
  unregistered: (diamond: Hex | undefined) => void,
  reader: boolean,
): Promise<{ [key in Key]?: Hex | undefined }> {
  const got: { [key in Key]?: Hex | undefined } = {}
  const round = async (keys: readonly Key[], call: (key: Key) => ReadCall) => {
    const results = await readContractsSettled(client, keys.map(call), reader)
    keys.forEach((key, i) => {
      got[key] = unwrapRead<Hex>(results[i])
    })
  }
  const args = [chainId] as const
  await round(
    missing.filter((key) => key !== 'l1Nullifier' && key !== 'l1NativeTokenVault'),
    (key) => ({
      address: bridgehub,
      abi: bridgehubAbi,
      functionName: key === 'l1AssetRouter' ? 'assetRouter' : key === 'diamond' ? 'getZKChain' : key,
      ...(key === 'l1AssetRouter' ? {} : { args }),
    }),
  )
  unregistered(got.diamond)
  const router = (known.l1AssetRouter ?? got.l1AssetRouter) as Address
  await round(
    missing.filter((key) => key === 'l1Nullifier' || key === 'l1NativeTokenVault'),
    (key) => ({
      address: router,
      abi: l1AssetRouterAbi,
      functionName: key === 'l1Nullifier' ? 'L1_NULLIFIER' : 'nativeTokenVault',
    }),
  )
  return got
}
