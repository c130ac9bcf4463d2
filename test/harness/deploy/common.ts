/**
 * The steps of the era-contracts deploy path that every version runs the same way, written once: the asset router and
 * vault, the ERC-20 bridge and CTM deployment tracker, a chain type manager's initialization and registration, the
 * creation of the chains with their admin's calls, and the test fixtures. Each version's file
 * (`./v29.4.ts`, `./zkos-v0.30.2.ts`, `./v31.ts`) calls them in its own order with its own constructors and names;
 * v29.4 and zkos-v0.30.2, whose scripts run the same steps in the same order, share `deployPreV31Ecosystem`.
 */
import { type Address, encodeAbiParameters, getAddress, type Hex, padHex, zeroAddress, zeroHash } from 'viem'
import { accounts } from '../constants.js'
import {
  type ChainSetup,
  type Deployment,
  type DeployTools,
  deployBaseTokenB,
  deployTestFixtures,
  ETH_TOKEN_ADDRESS,
  ntvAssetId,
  type VersionDeployment,
} from '../deploy.js'

/** anvil's chain id, the L1 of every deployment */
export const L1_CHAIN_ID = 31337
/** the Era chain id the bridges are built with (the legacy ERC-20 bridge's chain) */
export const ERA_CHAIN_ID = 9
/** `L2DACommitmentScheme.EMPTY_NO_DA` (`common/Config.sol`, from zkos-v0.30.2 on): what a Validium commits with. */
export const EMPTY_NO_DA = 1

export type Genesis = Deployment['genesis']

/** The genesis batch every chain type manager is created with (where a VM requires another, it says so). */
export const GENESIS: Genesis = {
  batchHash: padHex('0x10', { dir: 'right', size: 32 }),
  indexRepeatedStorageChanges: 1,
  batchCommitment: padHex('0x10', { dir: 'right', size: 32 }),
}

/** The L2 code hash of a diamond's init data where the VM has L2 codes: Era refuses a zero hash. */
export const ERA_CODE_HASH: Hex = padHex('0x01', { dir: 'right', size: 32 })

/** `Diamond.DiamondCutData` */
export const facetCutAbi = {
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

/** `InitializeDataNewChain` before v31: the verifier and the fee parameters are the diamond's. */
export const initializeDataNewChainAbi = {
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

export type DiamondCut = {
  facetCuts: ReturnType<DeployTools['cut']>[]
  initAddress: Address
  initCalldata: Hex
}

/** A contract as a version names and constructs it: its artifact, and its constructor's arguments from `deps`. */
export type Contract<deps = void> = { name: string; args: (deps: deps) => readonly unknown[] }

/**
 * A testnet verifier as a version names it: the fflonk and plonk verifiers it wraps, deployed first, and the verifier
 * that accepts the mock proof.
 */
export type TestnetVerifier = { fflonk: string; plonk: string } & Contract<{ fflonk: Address; plonk: Address }>

export async function deployTestnetVerifier({ deploy }: DeployTools, verifier: TestnetVerifier): Promise<Address> {
  const fflonk = await deploy(verifier.fflonk)
  const plonk = await deploy(verifier.plonk)
  return deploy(verifier.name, verifier.args({ fflonk, plonk }))
}

/**
 * The L1 asset router, the bridged-token beacon and the native token vault, linked to each other and to the
 * nullifier (DeployL1CoreContracts, the same on every version).
 */
export async function deployAssetRouterAndVault(
  { deploy, send, tup }: DeployTools,
  { bridgehub, l1Nullifier }: { bridgehub: Address; l1Nullifier: Address },
) {
  const D = accounts.deployer
  const l1AssetRouter = await tup(
    'L1AssetRouter',
    [zeroAddress, bridgehub, l1Nullifier, ERA_CHAIN_ID, zeroAddress],
    'initialize',
    [D],
  )
  const beacon = await deploy('UpgradeableBeacon', [await deploy('BridgedStandardERC20')])
  const l1NativeTokenVault = await tup('L1NativeTokenVault', [zeroAddress, l1AssetRouter, l1Nullifier], 'initialize', [
    D,
    beacon,
  ])
  await send(l1AssetRouter, 'L1AssetRouter', 'setNativeTokenVault', [l1NativeTokenVault])
  await send(l1Nullifier, 'L1Nullifier', 'setL1NativeTokenVault', [l1NativeTokenVault])
  await send(l1Nullifier, 'L1Nullifier', 'setL1AssetRouter', [l1AssetRouter])
  return { l1AssetRouter, l1NativeTokenVault }
}

/** The legacy `L1ERC20Bridge`, set on the asset router, then the CTM deployment tracker (the same on every version). */
export async function deployErc20BridgeAndCtmTracker(
  { send, tup }: DeployTools,
  a: { bridgehub: Address; l1Nullifier: Address; l1AssetRouter: Address; l1NativeTokenVault: Address },
) {
  const l1Erc20Bridge = await tup(
    'L1ERC20Bridge',
    [a.l1Nullifier, a.l1AssetRouter, a.l1NativeTokenVault, ERA_CHAIN_ID],
    'initialize',
    [],
  )
  await send(a.l1AssetRouter, 'L1AssetRouter', 'setL1Erc20Bridge', [l1Erc20Bridge])
  const ctmDeploymentTracker = await tup('CTMDeploymentTracker', [a.bridgehub, a.l1AssetRouter], 'initialize', [
    accounts.deployer,
  ])
  return { l1Erc20Bridge, ctmDeploymentTracker }
}

/** What a chain type manager is initialized and registered with, besides what it differs in (`ChainTypeManagerSpec`). */
export type ChainTypeManagerDeps = {
  bridgehub: Address
  /** the Bridgehub's artifact at the version */
  bridgehubName: string
  l1AssetRouter: Address
  ctmDeploymentTracker: Address
  validatorTimelock: Address
  genesisUpgrade: Address
}

export type ChainTypeManagerSpec = {
  /** the artifact and its constructor's arguments */
  name: string
  constructorArgs: readonly unknown[]
  protocolVersion: bigint
  /** v31: the manager holds the verifier; before, the diamond's init data does (`initializeDataNewChainAbi`) */
  verifier?: Address | undefined
  serverNotifier: Address
  diamondCut: DiamondCut
  genesis: Genesis
  /** the VM of the diamonds it creates (`ChainSetup.vm`; absent on v29.4, whose diamonds have no VM flag) */
  vm?: ChainSetup['vm']
}

/** A registered chain type manager as the chains are created with it. */
export type ChainTypeManager = Pick<ChainTypeManagerSpec, 'genesis' | 'vm'> & { address: Address; initData: Hex }

/**
 * Initializes a chain type manager behind its proxy, hands it its server notifier and registers it (RegisterCTM): on
 * the Bridgehub, as the asset router's deployment tracker's asset and on L1.
 */
export async function deployChainTypeManager(
  { send, tup }: DeployTools,
  deps: ChainTypeManagerDeps,
  spec: ChainTypeManagerSpec,
): Promise<ChainTypeManager> {
  const { genesis, diamondCut, serverNotifier, verifier } = spec
  const address = await tup(spec.name, spec.constructorArgs, 'initialize', [
    {
      owner: accounts.deployer,
      validatorTimelock: deps.validatorTimelock,
      chainCreationParams: {
        genesisUpgrade: deps.genesisUpgrade,
        genesisBatchHash: genesis.batchHash,
        genesisIndexRepeatedStorageChanges: genesis.indexRepeatedStorageChanges,
        genesisBatchCommitment: genesis.batchCommitment,
        diamondCut,
        forceDeploymentsData: '0x',
      },
      protocolVersion: spec.protocolVersion,
      serverNotifier,
      ...(verifier && { verifier }),
    },
  ])
  await send(serverNotifier, 'ServerNotifier', 'setChainTypeManager', [address])
  await send(deps.bridgehub, deps.bridgehubName, 'addChainTypeManager', [address])
  await send(deps.l1AssetRouter, 'L1AssetRouter', 'setAssetDeploymentTracker', [
    padHex(address, { size: 32 }),
    deps.ctmDeploymentTracker,
  ])
  await send(deps.ctmDeploymentTracker, 'CTMDeploymentTracker', 'registerCTMAssetOnL1', [address])
  const initData = encodeAbiParameters(
    [{ type: 'bytes' }, { type: 'bytes' }],
    [encodeAbiParameters([facetCutAbi], [diamondCut]), '0x'],
  )
  return { address, initData, genesis, vm: spec.vm }
}

type ChainKey = 'chainA' | 'chainB' | 'chainC' | 'chainD' | 'chainPaused'

/**
 * A chain to create: ETH-based (multiplier 1/1) or on `baseTokenB` (multiplier 5/2), and what its admin does after the
 * set-up every chain gets (v31: `unpauseDeposits()`).
 */
export type ChainToCreate = {
  key: ChainKey
  chainId: number
  baseToken: 'ETH' | 'baseTokenB'
  chainTypeManager: ChainTypeManager
  afterSetUp?: ((diamond: Address) => Promise<unknown>) | undefined
}

/** The deployment's contracts and genesis, in the order `deployment.json` lists them, before the chains. */
export type DeployedContracts = Omit<
  VersionDeployment,
  'l1ChainId' | 'eraChainId' | ChainKey | 'multicall3' | 'tokens' | 'customBridge'
>

/**
 * Creates the chains through `Bridgehub.createNewChain` (RegisterZKChain), in order, and sets each up as its admin
 * would: the validator, the base token multiplier and the Validium DA pair (with the version's L2DACommitmentScheme
 * where it has one, else its L2 DA validator). `baseTokenB` is deployed before the first chain that needs it; the test
 * fixtures come last.
 */
export async function deployChainsAndFixtures(
  tools: DeployTools,
  bridgehubName: string,
  contracts: DeployedContracts,
  chains: readonly ChainToCreate[],
): Promise<VersionDeployment> {
  const { send, read } = tools
  const { bridgehub, genesis, ...rest } = contracts
  const CA = accounts.chainAdmin
  const V = accounts.validator
  const l2DA = contracts.l2DACommitmentScheme ?? contracts.l2DAValidator
  let baseTokenB: Address | undefined
  const created: Partial<Record<ChainKey, ChainSetup>> = {}
  for (const chain of chains) {
    const { chainId, chainTypeManager: ctm } = chain
    let baseToken = ETH_TOKEN_ADDRESS
    if (chain.baseToken === 'baseTokenB') {
      baseTokenB ??= await deployBaseTokenB(tools, {
        bridgehub,
        bridgehubName,
        l1NativeTokenVault: contracts.l1NativeTokenVault,
        l1ChainId: L1_CHAIN_ID,
      })
      baseToken = baseTokenB
    }
    const multiplier = chain.baseToken === 'ETH' ? ([1, 1] as const) : ([5, 2] as const)
    const baseTokenAssetId = ntvAssetId(L1_CHAIN_ID, baseToken)
    await send(bridgehub, bridgehubName, 'createNewChain', [
      chainId,
      ctm.address,
      baseTokenAssetId,
      0,
      CA,
      ctm.initData,
      [],
    ])
    const diamond = getAddress(await read<Address>(bridgehub, bridgehubName, 'getZKChain', [chainId]))
    await send(contracts.validatorTimelock, 'ValidatorTimelock', 'addValidatorForChainId', [chainId, V], CA)
    await send(diamond, 'AdminFacet', 'setTokenMultiplier', multiplier, CA)
    await send(diamond, 'AdminFacet', 'setDAValidatorPair', [contracts.validiumL1DAValidator, l2DA], CA)
    await chain.afterSetUp?.(diamond)
    // the chain's genesis only where it differs from the deployment's (`ChainSetup.genesis`)
    const chainGenesis = ctm.genesis === genesis ? undefined : ctm.genesis
    created[chain.key] = {
      chainId,
      diamond,
      baseToken,
      baseTokenAssetId,
      multiplier,
      vm: ctm.vm,
      genesis: chainGenesis,
    }
  }
  if (!baseTokenB) throw new Error('no chain on baseTokenB: the test fixtures mint it')
  const { multicall3, tokens, customBridge } = await deployTestFixtures(tools, { bridgehub, baseTokenB })
  return {
    l1ChainId: L1_CHAIN_ID,
    eraChainId: ERA_CHAIN_ID,
    bridgehub,
    ...rest,
    multicall3,
    ...created,
    tokens,
    customBridge,
    genesis,
  }
}

/** How v29.4 and zkos-v0.30.2 differ on their shared path: contract names, constructors, the protocol version. */
export type PreV31Version = {
  bridgehub: Contract
  messageRoot: Contract<{ bridgehub: Address }>
  chainAssetHandler: Contract<{ bridgehub: Address; l1AssetRouter: Address; messageRoot: Address }>
  verifier: TestnetVerifier
  /** `DiamondInit()` (v29.4) or `DiamondInit(isZKsyncOS)` */
  diamondInitArgs: readonly unknown[]
  chainTypeManager: Pick<ChainTypeManagerSpec, 'name' | 'protocolVersion' | 'vm'>
  /** the second argument of `setDAValidatorPair`, as the deployment records it */
  da: Pick<VersionDeployment, 'l2DAValidator' | 'l2DACommitmentScheme'>
  /** the ETH-based chain, then the one on `baseTokenB` */
  chains: readonly [Pick<ChainToCreate, 'key' | 'chainId'>, Pick<ChainToCreate, 'key' | 'chainId'>]
}

/**
 * The deploy path of v29.4 and zkos-v0.30.2: DeployL1CoreContracts -> DeployCTM -> RegisterCTM -> RegisterZKChain of
 * their pinned commits, which run the same steps in the same order with one chain type manager, with plain accounts in
 * place of the governance contracts.
 */
export async function deployPreV31Ecosystem(tools: DeployTools, version: PreV31Version): Promise<VersionDeployment> {
  const { deploy, send, tup, cut } = tools
  const D = accounts.deployer
  const deployBehindProxy = <deps>(contract: Contract<deps>, deps: deps, initArgs: readonly unknown[]) =>
    tup(contract.name, contract.args(deps), 'initialize', initArgs)

  // core contracts
  const bridgehub = await deployBehindProxy(version.bridgehub, undefined, [D])
  const messageRoot = await deployBehindProxy(version.messageRoot, { bridgehub }, [])
  const l1Nullifier = await tup('L1Nullifier', [bridgehub, ERA_CHAIN_ID, zeroAddress], 'initialize', [D, 1, 1, 1, 0])
  const { l1AssetRouter, l1NativeTokenVault } = await deployAssetRouterAndVault(tools, { bridgehub, l1Nullifier })
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'registerEthToken')
  const core = { bridgehub, l1Nullifier, l1AssetRouter, l1NativeTokenVault }
  const { l1Erc20Bridge, ctmDeploymentTracker } = await deployErc20BridgeAndCtmTracker(tools, core)
  const chainAssetHandler = await deployBehindProxy(version.chainAssetHandler, { ...core, messageRoot }, [D])
  await send(bridgehub, version.bridgehub.name, 'setAddresses', [
    l1AssetRouter,
    ctmDeploymentTracker,
    messageRoot,
    chainAssetHandler,
  ])

  // verifier, DA, upgrade, timelock, notifier, facets
  const rollupDAManager = await deploy('RollupDAManager')
  const validiumL1DAValidator = await deploy('ValidiumL1DAValidator')
  const verifier = await deployTestnetVerifier(tools, version.verifier)
  const genesisUpgrade = await deploy('L1GenesisUpgrade')
  const validatorTimelock = await tup('ValidatorTimelock', [bridgehub], 'initialize', [D, 0])
  const serverNotifier = await tup('ServerNotifier', [], 'initialize', [D])
  const executorFacet = await deploy('ExecutorFacet', [L1_CHAIN_ID])
  const adminFacet = await deploy('AdminFacet', [L1_CHAIN_ID, rollupDAManager])
  const mailboxFacet = await deploy('MailboxFacet', [ERA_CHAIN_ID, L1_CHAIN_ID])
  const gettersFacet = await deploy('GettersFacet')
  const diamondInit = await deploy('DiamondInit', version.diamondInitArgs)

  // the chain type manager, registered
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
        l2BootloaderBytecodeHash: ERA_CODE_HASH,
        l2DefaultAccountBytecodeHash: ERA_CODE_HASH,
        l2EvmEmulatorBytecodeHash: ERA_CODE_HASH,
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
  const facetCuts = [
    cut(adminFacet, 'AdminFacet', false),
    cut(gettersFacet, 'GettersFacet', false),
    cut(mailboxFacet, 'MailboxFacet', true),
    cut(executorFacet, 'ExecutorFacet', true),
  ]
  const chainTypeManager = await deployChainTypeManager(
    tools,
    { ...core, bridgehubName: version.bridgehub.name, ctmDeploymentTracker, validatorTimelock, genesisUpgrade },
    {
      ...version.chainTypeManager,
      constructorArgs: [bridgehub],
      serverNotifier,
      diamondCut: { facetCuts, initAddress: diamondInit, initCalldata },
      genesis: GENESIS,
    },
  )

  // the chains: one on ETH, one on baseTokenB
  const [ethChain, baseTokenBChain] = version.chains
  const bridges = { bridgehub, messageRoot, l1Nullifier, l1AssetRouter, l1NativeTokenVault, l1Erc20Bridge }
  return deployChainsAndFixtures(
    tools,
    version.bridgehub.name,
    {
      ...bridges,
      chainTypeManager: chainTypeManager.address,
      validatorTimelock,
      validiumL1DAValidator,
      ...version.da,
      genesis: GENESIS,
    },
    [
      { ...ethChain, baseToken: 'ETH', chainTypeManager },
      { ...baseTokenBChain, baseToken: 'baseTokenB', chainTypeManager },
    ],
  )
}
