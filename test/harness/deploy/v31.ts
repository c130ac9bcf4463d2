/**
 * Brings up the real era-contracts draft-v31 L1 ecosystem on an anvil node, with both VMs: an Era chain type manager
 * (chains A, B and the paused chain 275) and a ZKsync OS one (chains C, D), each with its own DiamondInit, verifier
 * family and server notifier, sharing the core contracts and the ValidatorTimelock. Follows the order of the commit's
 * `deploy-scripts/ecosystem/DeployL1CoreContracts` -> `ctm/DeployCTM` -> `ecosystem/RegisterCTM` ->
 * `ctm/RegisterZKChain`, with plain accounts in place of the governance contracts, and the constructors and
 * initializers as the contracts declare them (where the scripts disagree, the contracts win).
 */
import { type Address, encodeAbiParameters, getAddress, type Hex, padHex, zeroAddress } from 'viem'
import { accounts } from '../constants.js'
import {
  type ChainSetup,
  deployBaseTokenB,
  deployTestFixtures,
  deployTools,
  ETH_TOKEN_ADDRESS,
  facetCutAbi,
  L2_DA_VALIDATOR,
  ntvAssetId,
  type VersionDeployment,
} from '../deploy.js'

/** `InitializeDataNewChain` at v31 (`state-transition/chain-interfaces/IDiamondInit.sol`): the three L2 code hashes. */
const initializeDataNewChainV31Abi = {
  type: 'tuple',
  components: [
    { name: 'l2BootloaderBytecodeHash', type: 'bytes32' },
    { name: 'l2DefaultAccountBytecodeHash', type: 'bytes32' },
    { name: 'l2EvmEmulatorBytecodeHash', type: 'bytes32' },
  ],
} as const

/** v0.31.0, packed as `SemVer` packs it (minor << 32): `configs/genesis/*\/latest.json` of the commit. */
const PROTOCOL_VERSION = 0x1f00000000n

/** `L2DACommitmentScheme.EMPTY_NO_DA`: what a Validium commits with (`common/Config.sol`). */
const EMPTY_NO_DA = 1

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<VersionDeployment> {
  const tools = deployTools(rpcUrl, 'v31')
  const { deploy, send, read, tup, cut } = tools
  const D = accounts.deployer
  const CA = accounts.chainAdmin
  const V = accounts.validator
  const L1 = 31337
  const ERA = 9

  // core contracts. The chain asset handler comes before the message root, which takes it in its constructor; the
  // asset tracker is set on the vault before the vault registers ETH (registration asks the tracker).
  const bridgehub = await tup('L1Bridgehub', [D, 100], 'initialize', [D])
  const chainAssetHandler = await tup('L1ChainAssetHandler', [D, bridgehub], 'initialize', [D])
  const messageRoot = await tup('L1MessageRoot', [bridgehub, 0, chainAssetHandler], 'initialize', [])
  const l1Nullifier = await tup('L1Nullifier', [bridgehub, messageRoot, ERA, zeroAddress], 'initialize', [
    D,
    1,
    1,
    1,
    0,
  ])
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
  const l1AssetTracker = await tup('L1AssetTracker', [bridgehub, l1NativeTokenVault, messageRoot], 'initialize', [D])
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'setAssetTracker', [l1AssetTracker])
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'registerEthToken')
  const l1Erc20Bridge = await tup(
    'L1ERC20Bridge',
    [l1Nullifier, l1AssetRouter, l1NativeTokenVault, ERA],
    'initialize',
    [],
  )
  await send(l1AssetRouter, 'L1AssetRouter', 'setL1Erc20Bridge', [l1Erc20Bridge])
  const ctmDeploymentTracker = await tup('CTMDeploymentTracker', [bridgehub, l1AssetRouter], 'initialize', [D])
  const chainRegistrationSender = await tup('ChainRegistrationSender', [bridgehub], 'initialize', [D])
  await send(bridgehub, 'L1Bridgehub', 'setAddresses', [
    l1AssetRouter,
    ctmDeploymentTracker,
    messageRoot,
    chainAssetHandler,
    chainRegistrationSender,
  ])
  await send(chainAssetHandler, 'L1ChainAssetHandler', 'setAddresses')
  await send(l1AssetTracker, 'L1AssetTracker', 'setAddresses')

  // shared by both chain type managers: DA, the genesis upgrade, the timelock, the EIP-7702 checker and the facets
  // (the facets take no VM flag; the VM is DiamondInit's)
  const rollupDAManager = await deploy('RollupDAManager')
  const validiumL1DAValidator = await deploy('ValidiumL1DAValidator')
  const genesisUpgrade = await deploy('L1GenesisUpgrade')
  const validatorTimelock = await tup('ValidatorTimelock', [bridgehub], 'initialize', [D, 0])
  const eip7702Checker = await deploy('EIP7702Checker')
  const adminFacet = await deploy('AdminFacet', [L1, rollupDAManager])
  const gettersFacet = await deploy('GettersFacet')
  const mailboxFacet = await deploy('MailboxFacet', [ERA, L1, chainAssetHandler, eip7702Checker, true])
  const executorFacet = await deploy('ExecutorFacet', [L1])
  const migratorFacet = await deploy('MigratorFacet', [L1, true])
  const committerFacet = await deploy('CommitterFacet', [L1])
  const facetCuts = [
    cut(adminFacet, 'AdminFacet', false),
    cut(gettersFacet, 'GettersFacet', false),
    cut(mailboxFacet, 'MailboxFacet', true),
    cut(executorFacet, 'ExecutorFacet', true),
    cut(migratorFacet, 'MigratorFacet', false),
    cut(committerFacet, 'CommitterFacet', true),
  ]

  /**
   * One chain type manager per VM: DiamondInit's VM flag is in the initial cut, whose hash the manager pins. Its
   * constructor's interop center, bytecodes supplier and permissionless validator stay zero (no interop, no priority
   * mode); the verifier is the manager's, per protocol version.
   */
  async function deployChainTypeManager(vm: 'era' | 'zksync-os', genesis: VersionDeployment['genesis']) {
    const zksyncOS = vm === 'zksync-os'
    const verifier = zksyncOS
      ? await deploy('ZKsyncOSTestnetVerifier', [
          await deploy('ZKsyncOSVerifierFflonk'),
          await deploy('ZKsyncOSVerifierPlonk'),
          D,
        ])
      : await deploy('EraTestnetVerifier', [await deploy('EraVerifierFflonk'), await deploy('EraVerifierPlonk')])
    const diamondInit = await deploy('DiamondInit', [zksyncOS])
    // the Era DiamondInit refuses zero code hashes; ZKsync OS has no such codes
    const codeHash: Hex = zksyncOS ? padHex('0x', { size: 32 }) : padHex('0x01', { dir: 'right', size: 32 })
    const diamondCut = {
      facetCuts,
      initAddress: diamondInit,
      initCalldata: encodeAbiParameters(
        [initializeDataNewChainV31Abi],
        [
          {
            l2BootloaderBytecodeHash: codeHash,
            l2DefaultAccountBytecodeHash: codeHash,
            l2EvmEmulatorBytecodeHash: codeHash,
          },
        ],
      ),
    }
    const serverNotifier = await tup('ServerNotifier', [], 'initialize', [D])
    const name = zksyncOS ? 'ZKsyncOSChainTypeManager' : 'EraChainTypeManager'
    const ctm = await tup(name, [bridgehub, zeroAddress, zeroAddress, zeroAddress], 'initialize', [
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
        protocolVersion: PROTOCOL_VERSION,
        verifier,
        serverNotifier,
      },
    ])
    await send(serverNotifier, 'ServerNotifier', 'setChainTypeManager', [ctm])
    await send(bridgehub, 'L1Bridgehub', 'addChainTypeManager', [ctm])
    await send(l1AssetRouter, 'L1AssetRouter', 'setAssetDeploymentTracker', [
      padHex(ctm, { size: 32 }),
      ctmDeploymentTracker,
    ])
    await send(ctmDeploymentTracker, 'CTMDeploymentTracker', 'registerCTMAssetOnL1', [ctm])
    const initData = encodeAbiParameters(
      [{ type: 'bytes' }, { type: 'bytes' }],
      [encodeAbiParameters([facetCutAbi], [diamondCut]), '0x'],
    )
    return { ctm, initData }
  }

  const genesis = {
    batchHash: padHex('0x10', { dir: 'right', size: 32 }),
    indexRepeatedStorageChanges: 1,
    batchCommitment: padHex('0x10', { dir: 'right', size: 32 }),
  }
  // the ZKsync OS manager requires the genesis batch commitment 1 (`ZKsyncOSChainTypeManager.sol`,
  // `GenesisBatchCommitmentIncorrect`)
  const zksyncOsGenesis = { ...genesis, batchCommitment: padHex('0x01', { size: 32 }) }
  const era = await deployChainTypeManager('era', genesis)
  const zksyncOs = await deployChainTypeManager('zksync-os', zksyncOsGenesis)

  /**
   * Creates a chain through `Bridgehub.createNewChain` and sets it up as its admin would: the validator, the base
   * token multiplier, the Validium DA pair and, unless `paused`, `unpauseDeposits()` (v31 chains are created with
   * deposits paused, `ChainTypeManagerBase.createNewChain`).
   */
  async function createChain(
    vm: 'era' | 'zksync-os',
    chainId: number,
    baseToken: Address,
    multiplier: readonly [number, number],
    { paused = false } = {},
  ): Promise<ChainSetup> {
    const { ctm, initData } = vm === 'era' ? era : zksyncOs
    const baseTokenAssetId = ntvAssetId(L1, baseToken)
    await send(bridgehub, 'L1Bridgehub', 'createNewChain', [chainId, ctm, baseTokenAssetId, 0, CA, initData, []])
    const diamond = getAddress(await read<Address>(bridgehub, 'L1Bridgehub', 'getZKChain', [chainId]))
    await send(validatorTimelock, 'ValidatorTimelock', 'addValidatorForChainId', [chainId, V], CA)
    await send(diamond, 'AdminFacet', 'setTokenMultiplier', multiplier, CA)
    await send(diamond, 'AdminFacet', 'setDAValidatorPair', [validiumL1DAValidator, EMPTY_NO_DA], CA)
    if (!paused) await send(diamond, 'MigratorFacet', 'unpauseDeposits', [], CA)
    return {
      chainId,
      diamond,
      baseToken,
      baseTokenAssetId,
      multiplier,
      vm,
      ...(vm === 'zksync-os' ? { genesis: zksyncOsGenesis } : {}),
    }
  }

  // chains: A (Era, ETH), B (Era, BTB 5/2), C (ZKsync OS, ETH), D (ZKsync OS, BTB 5/2), and 275 (Era, ETH) left
  // with its deposits paused
  const chainA = await createChain('era', 271, ETH_TOKEN_ADDRESS, [1, 1])
  const baseTokenB = await deployBaseTokenB(tools, {
    bridgehub,
    bridgehubName: 'L1Bridgehub',
    l1NativeTokenVault,
    l1ChainId: L1,
  })
  const chainB = await createChain('era', 272, baseTokenB, [5, 2])
  const chainC = await createChain('zksync-os', 273, ETH_TOKEN_ADDRESS, [1, 1])
  const chainD = await createChain('zksync-os', 274, baseTokenB, [5, 2])
  const chainPaused = await createChain('era', 275, ETH_TOKEN_ADDRESS, [1, 1], { paused: true })

  const fixtures = await deployTestFixtures(tools, { bridgehub, baseTokenB })

  return {
    l1ChainId: L1,
    eraChainId: ERA,
    bridgehub,
    messageRoot,
    l1Nullifier,
    l1AssetRouter,
    l1NativeTokenVault,
    l1Erc20Bridge,
    l1AssetTracker,
    chainAssetHandler,
    chainRegistrationSender,
    chainTypeManager: era.ctm,
    zksyncOsChainTypeManager: zksyncOs.ctm,
    validatorTimelock,
    validiumL1DAValidator,
    l2DAValidator: L2_DA_VALIDATOR,
    l2DACommitmentScheme: EMPTY_NO_DA,
    multicall3: fixtures.multicall3,
    chainA,
    chainB,
    chainC,
    chainD,
    chainPaused,
    tokens: fixtures.tokens,
    customBridge: fixtures.customBridge,
    genesis,
  }
}
