/**
 * Brings up the real era-contracts v29.4 L1 ecosystem on an anvil node: core contracts, the chain type
 * manager with real facets and a testnet verifier, and three chains created through the real
 * `Bridgehub.createNewChain` path. Mirrors DeployL1CoreContracts -> DeployCTM -> RegisterCTM ->
 * RegisterZKChain of the pinned commit, with plain accounts in place of the governance contracts.
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
  zeroAddress,
  zeroHash,
} from 'viem'
import { foundry } from 'viem/chains'
import { readArtifact } from './artifacts.js'
import { accounts } from './constants.js'

export type ChainSetup = {
  chainId: number
  diamond: Address
  baseToken: Address
  baseTokenAssetId: Hex
  /** base-token gas price multiplier nominator / denominator */
  multiplier: readonly [number, number]
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
  l2DAValidator: Address
  multicall3: Address
  /** the ETH-based chain */
  chainA: ChainSetup
  /** the chain whose base token is the ERC-20 `baseTokenB` */
  chainB: ChainSetup
  /** a second ETH-based chain, served by the ZKsync OS flavour of the simulated L2 */
  chainC: ChainSetup
  tokens: { baseTokenB: Address; testToken: Address; noReturnToken: Address }
  customBridge: { l1: Address; l2: Address }
  genesis: { batchHash: Hex; indexRepeatedStorageChanges: number; batchCommitment: Hex }
}

export const ETH_TOKEN_ADDRESS: Address = '0x0000000000000000000000000000000000000001'
export const L2_NATIVE_TOKEN_VAULT: Address = '0x0000000000000000000000000000000000010004'
export const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'
const L2_DA_VALIDATOR: Address = '0x00000000000000000000000000000000000da000'
const CUSTOM_L2_BRIDGE: Address = getAddress('0x000000000000000000000000000000000000c0de')

export function ntvAssetId(originChainId: number | bigint, token: Address): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [BigInt(originChainId), L2_NATIVE_TOKEN_VAULT, token],
    ),
  )
}

const facetCutAbi = {
  type: 'tuple',
  components: [
    {
      name: 'facetCuts',
      type: 'tuple[]',
      components: [
        { name: 'facet', type: 'address' },
        { name: 'action', type: 'uint8' },
        { name: 'isFreezable', type: 'bool' },
        { name: 'selectors', type: 'bytes4[]' },
      ],
    },
    { name: 'initAddress', type: 'address' },
    { name: 'initCalldata', type: 'bytes' },
  ],
} as const

const initializeDataNewChainAbi = {
  type: 'tuple',
  components: [
    { name: 'verifier', type: 'address' },
    {
      name: 'verifierParams',
      type: 'tuple',
      components: [
        { name: 'recursionNodeLevelVkHash', type: 'bytes32' },
        { name: 'recursionLeafLevelVkHash', type: 'bytes32' },
        { name: 'recursionCircuitsSetVksHash', type: 'bytes32' },
      ],
    },
    { name: 'l2BootloaderBytecodeHash', type: 'bytes32' },
    { name: 'l2DefaultAccountBytecodeHash', type: 'bytes32' },
    { name: 'l2EvmEmulatorBytecodeHash', type: 'bytes32' },
    { name: 'priorityTxMaxGasLimit', type: 'uint256' },
    {
      name: 'feeParams',
      type: 'tuple',
      components: [
        { name: 'pubdataPricingMode', type: 'uint8' },
        { name: 'batchOverheadL1Gas', type: 'uint32' },
        { name: 'maxPubdataPerBatch', type: 'uint32' },
        { name: 'maxL2GasPerBatch', type: 'uint32' },
        { name: 'priorityTxMaxPubdata', type: 'uint32' },
        { name: 'minimalL2GasPrice', type: 'uint64' },
      ],
    },
  ],
} as const

function selectorsOf(abi: Abi): Hex[] {
  return abi
    .filter((i): i is Extract<Abi[number], { type: 'function' }> => i.type === 'function' && i.name !== 'getName')
    .map((f) => toFunctionSelector(f))
}

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<Deployment> {
  const transport = http(rpcUrl)
  const publicClient = createPublicClient({ chain: foundry, transport })
  const wallet = createWalletClient({ chain: foundry, transport })
  const D = accounts.deployer
  const CA = accounts.chainAdmin
  const V = accounts.validator
  const L1 = 31337
  const ERA = 9

  async function wait(hash: Hex) {
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 5 })
    if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`)
    return receipt
  }
  async function deploy(name: string, args: readonly unknown[] = [], from: Address = D): Promise<Address> {
    const a = readArtifact(name)
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
    const { abi } = readArtifact(name)
    const hash = await wallet.writeContract({ address: to, abi, functionName: fn, args, account: from, value })
    return wait(hash)
  }
  async function read<T>(to: Address, name: string, fn: string, args: readonly unknown[] = []): Promise<T> {
    const { abi } = readArtifact(name)
    return (await publicClient.readContract({ address: to, abi, functionName: fn, args })) as T
  }

  // 1. proxy admin; a transparent proxy helper
  const proxyAdmin = await deploy('ProxyAdmin')
  async function tup(name: string, ctor: readonly unknown[], initFn: string, initArgs: readonly unknown[]) {
    const impl = await deploy(name, ctor)
    const data = encodeFunctionData({ abi: readArtifact(name).abi, functionName: initFn, args: initArgs })
    return deploy('TransparentUpgradeableProxy', [impl, proxyAdmin, data])
  }

  // 2-12. core contracts
  const bridgehub = await tup('Bridgehub', [L1, D, 100], 'initialize', [D])
  const messageRoot = await tup('MessageRoot', [bridgehub, L1], 'initialize', [])
  const l1Nullifier = await tup('L1Nullifier', [bridgehub, ERA, zeroAddress], 'initialize', [D, 1, 1, 1, 0])
  const l1AssetRouter = await tup(
    'L1AssetRouter',
    [zeroAddress, bridgehub, l1Nullifier, ERA, zeroAddress],
    'initialize',
    [D],
  )
  const bridgedStandardErc20 = await deploy('BridgedStandardERC20')
  const beacon = await deploy('UpgradeableBeacon', [bridgedStandardErc20])
  const l1NativeTokenVault = await tup('L1NativeTokenVault', [zeroAddress, l1AssetRouter, l1Nullifier], 'initialize', [
    D,
    beacon,
  ])
  await send(l1AssetRouter, 'L1AssetRouter', 'setNativeTokenVault', [l1NativeTokenVault])
  await send(l1Nullifier, 'L1Nullifier', 'setL1NativeTokenVault', [l1NativeTokenVault])
  await send(l1Nullifier, 'L1Nullifier', 'setL1AssetRouter', [l1AssetRouter])
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'registerEthToken')
  const l1Erc20Bridge = await tup(
    'L1ERC20Bridge',
    [l1Nullifier, l1AssetRouter, l1NativeTokenVault, ERA],
    'initialize',
    [],
  )
  await send(l1AssetRouter, 'L1AssetRouter', 'setL1Erc20Bridge', [l1Erc20Bridge])
  const ctmDeploymentTracker = await tup('CTMDeploymentTracker', [bridgehub, l1AssetRouter], 'initialize', [D])
  const chainAssetHandler = await tup(
    'ChainAssetHandler',
    [L1, D, bridgehub, l1AssetRouter, messageRoot],
    'initialize',
    [D],
  )
  await send(bridgehub, 'Bridgehub', 'setAddresses', [
    l1AssetRouter,
    ctmDeploymentTracker,
    messageRoot,
    chainAssetHandler,
  ])

  // 13-17. verifier, DA, upgrade, timelock, notifier, facets
  const rollupDAManager = await deploy('RollupDAManager')
  const validiumL1DAValidator = await deploy('ValidiumL1DAValidator')
  const fflonk = await deploy('L1VerifierFflonk')
  const plonk = await deploy('L1VerifierPlonk')
  const verifier = await deploy('TestnetVerifier', [fflonk, plonk])
  const genesisUpgrade = await deploy('L1GenesisUpgrade')
  const validatorTimelock = await tup('ValidatorTimelock', [bridgehub], 'initialize', [D, 0])
  const serverNotifier = await tup('ServerNotifier', [], 'initialize', [D])
  const executorFacet = await deploy('ExecutorFacet', [L1])
  const adminFacet = await deploy('AdminFacet', [L1, rollupDAManager])
  const mailboxFacet = await deploy('MailboxFacet', [ERA, L1])
  const gettersFacet = await deploy('GettersFacet')
  const diamondInit = await deploy('DiamondInit')

  // 18. chain type manager
  const bytecodeHash: Hex = '0x0100000000000000000000000000000000000000000000000000000000000000'
  const initCalldata = encodeAbiParameters(
    [initializeDataNewChainAbi],
    [
      {
        verifier,
        verifierParams: {
          recursionNodeLevelVkHash: zeroHash,
          recursionLeafLevelVkHash: zeroHash,
          recursionCircuitsSetVksHash: zeroHash,
        },
        l2BootloaderBytecodeHash: bytecodeHash,
        l2DefaultAccountBytecodeHash: bytecodeHash,
        l2EvmEmulatorBytecodeHash: bytecodeHash,
        priorityTxMaxGasLimit: 80_000_000n,
        feeParams: {
          pubdataPricingMode: 0,
          batchOverheadL1Gas: 1_000_000,
          maxPubdataPerBatch: 120_000,
          maxL2GasPerBatch: 80_000_000,
          priorityTxMaxPubdata: 99_000,
          minimalL2GasPrice: 250_000_000n,
        },
      },
    ],
  )
  const cut = (facet: Address, name: string, isFreezable: boolean) => ({
    facet,
    action: 0,
    isFreezable,
    selectors: selectorsOf(readArtifact(name).abi),
  })
  const diamondCut = {
    facetCuts: [
      cut(adminFacet, 'AdminFacet', false),
      cut(gettersFacet, 'GettersFacet', false),
      cut(mailboxFacet, 'MailboxFacet', true),
      cut(executorFacet, 'ExecutorFacet', true),
    ],
    initAddress: diamondInit,
    initCalldata,
  }
  const genesis = {
    batchHash: `0x${'10'.padEnd(64, '0')}` as Hex,
    indexRepeatedStorageChanges: 1,
    batchCommitment: `0x${'10'.padEnd(64, '0')}` as Hex,
  }
  const chainTypeManager = await tup('ChainTypeManager', [bridgehub], 'initialize', [
    {
      owner: D,
      validatorTimelock,
      chainCreationParams: {
        genesisUpgrade,
        genesisBatchHash: genesis.batchHash,
        genesisIndexRepeatedStorageChanges: genesis.indexRepeatedStorageChanges,
        genesisBatchCommitment: genesis.batchCommitment,
        diamondCut,
        forceDeploymentsData: '0x',
      },
      protocolVersion: 0x1d00000004n,
      serverNotifier,
    },
  ])
  await send(serverNotifier, 'ServerNotifier', 'setChainTypeManager', [chainTypeManager])

  // 20. register the chain type manager
  await send(bridgehub, 'Bridgehub', 'addChainTypeManager', [chainTypeManager])
  await send(l1AssetRouter, 'L1AssetRouter', 'setAssetDeploymentTracker', [
    `0x${chainTypeManager.slice(2).toLowerCase().padStart(64, '0')}`,
    ctmDeploymentTracker,
  ])
  await send(ctmDeploymentTracker, 'CTMDeploymentTracker', 'registerCTMAssetOnL1', [chainTypeManager])

  const initData = encodeAbiParameters(
    [{ type: 'bytes' }, { type: 'bytes' }],
    [encodeAbiParameters([facetCutAbi], [diamondCut]), '0x'],
  )
  async function createChain(
    chainId: number,
    baseToken: Address,
    multiplier: readonly [number, number],
  ): Promise<ChainSetup> {
    const baseTokenAssetId = ntvAssetId(L1, baseToken)
    await send(bridgehub, 'Bridgehub', 'createNewChain', [
      chainId,
      chainTypeManager,
      baseTokenAssetId,
      0,
      CA,
      initData,
      [],
    ])
    const diamond = getAddress(await read<Address>(bridgehub, 'Bridgehub', 'getZKChain', [chainId]))
    await send(validatorTimelock, 'ValidatorTimelock', 'addValidatorForChainId', [chainId, V], CA)
    await send(diamond, 'AdminFacet', 'setTokenMultiplier', multiplier, CA)
    await send(diamond, 'AdminFacet', 'setDAValidatorPair', [validiumL1DAValidator, L2_DA_VALIDATOR], CA)
    return { chainId, diamond, baseToken, baseTokenAssetId, multiplier }
  }

  // 21-24. chains: A (ETH), B (ERC-20 base token, multiplier 5/2), C (ETH, ZKsync OS flavour)
  const chainA = await createChain(271, ETH_TOKEN_ADDRESS, [1, 1])
  const baseTokenB = await deploy('TestnetERC20Token', ['Base Token B', 'BTB', 18])
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'registerToken', [baseTokenB])
  await send(bridgehub, 'Bridgehub', 'addTokenAssetId', [ntvAssetId(L1, baseTokenB)])
  const chainB = await createChain(272, baseTokenB, [5, 2])
  const chainC = await createChain(273, ETH_TOKEN_ADDRESS, [1, 1])

  // 25. tokens, balances, the custom bridge, Multicall3
  const testToken = await deploy('TestnetERC20Token', ['Test Token', 'TST', 18])
  const noReturnToken = await deploy('NoReturnToken', ['Tether-like Token', 'NRT', 6])
  const customBridge = await deploy('CustomBridge', [bridgehub, CUSTOM_L2_BRIDGE])
  for (const user of [accounts.alice, accounts.bob]) {
    await send(testToken, 'TestnetERC20Token', 'mint', [user, 10n ** 24n])
    await send(baseTokenB, 'TestnetERC20Token', 'mint', [user, 10n ** 24n])
    await send(noReturnToken, 'NoReturnToken', 'mint', [user, 10n ** 12n])
  }
  await send(testToken, 'TestnetERC20Token', 'mint', [customBridge, 10n ** 24n])
  const multicallCode = (await publicClient.getCode({
    address: await deploy('Multicall3'),
  })) as Hex
  await publicClient.request({ method: 'anvil_setCode' as any, params: [MULTICALL3, multicallCode] as any })

  return {
    l1ChainId: L1,
    eraChainId: ERA,
    bridgehub,
    messageRoot,
    l1Nullifier,
    l1AssetRouter,
    l1NativeTokenVault,
    l1Erc20Bridge,
    chainTypeManager,
    validatorTimelock,
    validiumL1DAValidator,
    l2DAValidator: L2_DA_VALIDATOR,
    multicall3: MULTICALL3,
    chainA,
    chainB,
    chainC,
    tokens: { baseTokenB, testToken, noReturnToken },
    customBridge: { l1: customBridge, l2: CUSTOM_L2_BRIDGE },
    genesis,
  }
}
