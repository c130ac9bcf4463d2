/**
 * What every version's deployment (`test/harness/deploy/<version>.ts`) shares: the shape of the deployment the tests
 * load, the harness's fixed addresses, the deployer's primitives and the test fixtures. Each version's file brings its
 * ecosystem up through that version's own deploy path, from the steps they share (`deploy/common.ts`).
 */
import {
  type Abi,
  type Address,
  createPublicClient,
  createWalletClient,
  encodeAbiParameters,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  keccak256,
  toFunctionSelector,
} from 'viem'
import { foundry } from 'viem/chains'
import { readArtifact } from './artifacts.js'
import { accounts } from './constants.js'
import type { ContractsVersion } from './versions.js'

export type ChainSetup = {
  chainId: number
  diamond: Address
  baseToken: Address
  baseTokenAssetId: Hex
  /** base-token gas price multiplier nominator / denominator */
  multiplier: readonly [number, number]
  /**
   * The VM the chain's diamond was created for (`DiamondInit(isZKsyncOS)` from zkos-v0.30.2 on): it decides the
   * commit format the batch keeper settles with. Absent: Era (v29.4, whose diamonds have no VM flag).
   */
  vm?: 'era' | 'zksync-os' | undefined
  /**
   * The genesis batch of the chain where it differs from the deployment's `genesis` (v31 deploys both VMs, and the
   * ZKsync OS chain type manager requires the genesis commitment 1)
   */
  genesis?: Deployment['genesis'] | undefined
}

export type Deployment = {
  l1ChainId: number
  eraChainId: number
  bridgehub: Address
  messageRoot: Address
  l1Nullifier: Address
  l1AssetRouter: Address
  l1NativeTokenVault: Address
  l1Erc20Bridge: Address
  chainTypeManager: Address
  validatorTimelock: Address
  validiumL1DAValidator: Address
  /** v29.4: the L2 DA validator address of `setDAValidatorPair` (the commit's system log 6 carries it) */
  l2DAValidator: Address
  /**
   * From zkos-v0.30.2 on: the `L2DACommitmentScheme` of `setDAValidatorPair(l1Validator, scheme)` (1 = `EMPTY_NO_DA`,
   * what a Validium uses), which every commit must repeat (`MismatchL2DACommitmentScheme`)
   */
  l2DACommitmentScheme?: number | undefined
  multicall3: Address
  /** the ETH-based chain */
  chainA: ChainSetup
  /** the chain whose base token is the ERC-20 `baseTokenB` */
  chainB: ChainSetup
  /** the ZKsync OS chain whose base token is ETH */
  chainC: ChainSetup
  /** the ZKsync OS chain whose base token is `baseTokenB` (absent where the version has none: `hasChain('d')`) */
  chainD: ChainSetup
  /**
   * v31: an Era ETH-based chain (275) left as `createNewChain` leaves a chain, its deposits paused
   * (`DepositsPaused()` until the chain admin calls `unpauseDeposits()`)
   */
  chainPaused?: ChainSetup | undefined
  /** v31: the per-chain balances (`chainBalance`), moved there from the native token vault */
  l1AssetTracker?: Address | undefined
  /** v31: the L1 chain asset handler the message root and the Mailbox are built with */
  chainAssetHandler?: Address | undefined
  /** v31: the fifth address of `Bridgehub.setAddresses` */
  chainRegistrationSender?: Address | undefined
  /** v31: the chain type manager of the ZKsync OS chains (`chainTypeManager` is the Era one) */
  zksyncOsChainTypeManager?: Address | undefined
  tokens: { baseTokenB: Address; testToken: Address; noReturnToken: Address }
  customBridge: { l1: Address; l2: Address }
  genesis: { batchHash: Hex; indexRepeatedStorageChanges: number; batchCommitment: Hex }
}

/**
 * A deployment as a version's deploy path returns it: only the chain kinds the version has (`versions.ts`). The
 * harness types the loaded fixture as `Deployment`; a test of an absent kind is skipped (`hasChain`).
 */
export type VersionDeployment = Omit<Deployment, ChainField> & Partial<Pick<Deployment, ChainField>>
type ChainField = 'chainA' | 'chainB' | 'chainC' | 'chainD'

export const ETH_TOKEN_ADDRESS: Address = '0x0000000000000000000000000000000000000001'
export const L2_NATIVE_TOKEN_VAULT: Address = '0x0000000000000000000000000000000000010004'
export const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'
export const L2_DA_VALIDATOR: Address = '0x00000000000000000000000000000000000da000'
export const CUSTOM_L2_BRIDGE: Address = getAddress('0x000000000000000000000000000000000000c0de')

export function ntvAssetId(originChainId: number | bigint, token: Address): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [BigInt(originChainId), L2_NATIVE_TOKEN_VAULT, token],
    ),
  )
}

function selectorsOf(abi: Abi): Hex[] {
  return abi
    .filter((i): i is Extract<Abi[number], { type: 'function' }> => i.type === 'function' && i.name !== 'getName')
    .map((f) => toFunctionSelector(f))
}

/**
 * The deployer's primitives over an anvil node, reading one version's artifacts: deploy a contract, send a call and
 * wait for it to succeed, read, deploy behind a transparent proxy (one `ProxyAdmin` per ecosystem), and a facet's
 * diamond-cut entry.
 */
export function deployTools(rpcUrl: string, version: ContractsVersion) {
  const transport = http(rpcUrl)
  const publicClient = createPublicClient({ chain: foundry, transport })
  const wallet = createWalletClient({ chain: foundry, transport })
  const D = accounts.deployer
  const artifact = (name: string) => readArtifact(name, version)

  async function wait(hash: Hex) {
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 5 })
    if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`)
    return receipt
  }
  async function deploy(name: string, args: readonly unknown[] = [], from: Address = D): Promise<Address> {
    const a = artifact(name)
    const hash = await wallet.deployContract({ abi: a.abi, bytecode: a.bytecode, args, account: from })
    const r = await wait(hash)
    return getAddress(r.contractAddress as Address)
  }
  async function send(
    to: Address,
    name: string,
    fn: string,
    args: readonly unknown[] = [],
    from: Address = D,
    value = 0n,
  ) {
    const { abi } = artifact(name)
    const hash = await wallet.writeContract({ address: to, abi, functionName: fn, args, account: from, value })
    return wait(hash)
  }
  async function read<T>(to: Address, name: string, fn: string, args: readonly unknown[] = []): Promise<T> {
    const { abi } = artifact(name)
    return (await publicClient.readContract({ address: to, abi, functionName: fn, args })) as T
  }
  let proxyAdmin: Address | undefined
  /** deploys `name` and a transparent proxy in front of it, initialized with `initFn(initArgs)` */
  async function tup(name: string, ctor: readonly unknown[], initFn: string, initArgs: readonly unknown[]) {
    proxyAdmin ??= await deploy('ProxyAdmin')
    const impl = await deploy(name, ctor)
    const data = encodeFunctionData({ abi: artifact(name).abi, functionName: initFn, args: initArgs })
    return deploy('TransparentUpgradeableProxy', [impl, proxyAdmin, data])
  }
  /** the diamond-cut entry of a deployed facet: every function of its ABI but `getName` */
  const cut = (facet: Address, name: string, isFreezable: boolean) => ({
    facet,
    action: 0,
    isFreezable,
    selectors: selectorsOf(artifact(name).abi),
  })
  return { publicClient, wallet, artifact, wait, deploy, send, read, tup, cut }
}

export type DeployTools = ReturnType<typeof deployTools>

/**
 * The ERC-20 `baseTokenB` (BTB) a custom-base chain is created with: deployed, registered in the native token vault
 * and added to the Bridgehub's base tokens (`bridgehubName`: the Bridgehub's artifact at the version).
 */
export async function deployBaseTokenB(
  tools: DeployTools,
  addresses: { bridgehub: Address; bridgehubName: string; l1NativeTokenVault: Address; l1ChainId: number },
): Promise<Address> {
  const baseTokenB = await tools.deploy('TestnetERC20Token', ['Base Token B', 'BTB', 18])
  await tools.send(addresses.l1NativeTokenVault, 'L1NativeTokenVault', 'registerToken', [baseTokenB])
  await tools.send(addresses.bridgehub, addresses.bridgehubName, 'addTokenAssetId', [
    ntvAssetId(addresses.l1ChainId, baseTokenB),
  ])
  return baseTokenB
}

/**
 * What the tests use besides the chains, the same on every version: the test tokens (TST, the no-return NRT) and BTB
 * minted to alice and bob, the custom bridge (holding TST to pay out) and Multicall3 at its canonical address.
 */
export async function deployTestFixtures(
  tools: DeployTools,
  addresses: { bridgehub: Address; baseTokenB: Address },
): Promise<Pick<Deployment, 'tokens' | 'customBridge' | 'multicall3'>> {
  const { deploy, send, publicClient } = tools
  const { baseTokenB } = addresses
  const testToken = await deploy('TestnetERC20Token', ['Test Token', 'TST', 18])
  const noReturnToken = await deploy('NoReturnToken', ['Tether-like Token', 'NRT', 6])
  const customBridge = await deploy('CustomBridge', [addresses.bridgehub, CUSTOM_L2_BRIDGE])
  for (const user of [accounts.alice, accounts.bob]) {
    await send(testToken, 'TestnetERC20Token', 'mint', [user, 10n ** 24n])
    await send(baseTokenB, 'TestnetERC20Token', 'mint', [user, 10n ** 24n])
    await send(noReturnToken, 'NoReturnToken', 'mint', [user, 10n ** 12n])
  }
  await send(testToken, 'TestnetERC20Token', 'mint', [customBridge, 10n ** 24n])
  const multicallCode = (await publicClient.getCode({ address: await deploy('Multicall3') })) as Hex
  await publicClient.request({ method: 'anvil_setCode' as any, params: [MULTICALL3, multicallCode] as any })
  return {
    tokens: { baseTokenB, testToken, noReturnToken },
    customBridge: { l1: customBridge, l2: CUSTOM_L2_BRIDGE },
    multicall3: MULTICALL3,
  }
}
