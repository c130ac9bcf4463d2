/**
 * Brings up the real era-contracts draft-v31 L1 ecosystem on an anvil node, with both VMs: an Era chain type manager
 * (chains A, B and the paused chain 275) and a ZKsync OS one (chains C, D), each with its own DiamondInit, verifier
 * family and server notifier, sharing the core contracts and the ValidatorTimelock. Follows the order of the commit's
 * `deploy-scripts/ecosystem/DeployL1CoreContracts` -> `ctm/DeployCTM` -> `ecosystem/RegisterCTM` ->
 * `ctm/RegisterZKChain`, with plain accounts in place of the governance contracts, and the constructors and
 * initializers as the contracts declare them (where the scripts disagree, the contracts win).
 */
import { type Address, encodeAbiParameters, padHex, zeroAddress } from 'viem'
import { accounts } from '../constants.js'
import { deployTools, L2_DA_VALIDATOR, type VersionDeployment } from '../deploy.js'
import {
  type ChainTypeManager,
  deployAssetRouterAndVault,
  deployChainsAndFixtures,
  deployChainTypeManager,
  deployErc20BridgeAndCtmTracker,
  deployTestnetVerifier,
  EMPTY_NO_DA,
  ERA_CHAIN_ID,
  ERA_CODE_HASH,
  GENESIS,
  type Genesis,
  L1_CHAIN_ID,
} from './common.js'

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

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<VersionDeployment> {
  const tools = deployTools(rpcUrl, 'v31')
  const { deploy, send, tup, cut } = tools
  const D = accounts.deployer
  const L1 = L1_CHAIN_ID
  const ERA = ERA_CHAIN_ID

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
  const { l1AssetRouter, l1NativeTokenVault } = await deployAssetRouterAndVault(tools, { bridgehub, l1Nullifier })
  const l1AssetTracker = await tup('L1AssetTracker', [bridgehub, l1NativeTokenVault, messageRoot], 'initialize', [D])
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'setAssetTracker', [l1AssetTracker])
  await send(l1NativeTokenVault, 'L1NativeTokenVault', 'registerEthToken')
  const core = { bridgehub, l1Nullifier, l1AssetRouter, l1NativeTokenVault }
  const { l1Erc20Bridge, ctmDeploymentTracker } = await deployErc20BridgeAndCtmTracker(tools, core)
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
  const facetCuts = [
    cut(await deploy('AdminFacet', [L1, rollupDAManager]), 'AdminFacet', false),
    cut(await deploy('GettersFacet'), 'GettersFacet', false),
    cut(await deploy('MailboxFacet', [ERA, L1, chainAssetHandler, eip7702Checker, true]), 'MailboxFacet', true),
    cut(await deploy('ExecutorFacet', [L1]), 'ExecutorFacet', true),
    cut(await deploy('MigratorFacet', [L1, true]), 'MigratorFacet', false),
    cut(await deploy('CommitterFacet', [L1]), 'CommitterFacet', true),
  ]
  const ctmDeps = { ...core, bridgehubName: 'L1Bridgehub', ctmDeploymentTracker, validatorTimelock, genesisUpgrade }

  /**
   * One chain type manager per VM: DiamondInit's VM flag is in the initial cut, whose hash the manager pins. Its
   * constructor's interop center, bytecodes supplier and permissionless validator stay zero (no interop, no priority
   * mode); the verifier is the manager's, per protocol version.
   */
  async function deployVmChainTypeManager(vm: 'era' | 'zksync-os', genesis: Genesis) {
    const zksyncOS = vm === 'zksync-os'
    const verifier = await deployTestnetVerifier(
      tools,
      zksyncOS
        ? {
            fflonk: 'ZKsyncOSVerifierFflonk',
            plonk: 'ZKsyncOSVerifierPlonk',
            name: 'ZKsyncOSTestnetVerifier',
            args: ({ fflonk, plonk }) => [fflonk, plonk, D],
          }
        : {
            fflonk: 'EraVerifierFflonk',
            plonk: 'EraVerifierPlonk',
            name: 'EraTestnetVerifier',
            args: ({ fflonk, plonk }) => [fflonk, plonk],
          },
    )
    const diamondInit = await deploy('DiamondInit', [zksyncOS])
    // ZKsync OS has no L2 codes
    const codeHash = zksyncOS ? padHex('0x', { size: 32 }) : ERA_CODE_HASH
    const initCalldata = encodeAbiParameters(
      [initializeDataNewChainV31Abi],
      [
        {
          l2BootloaderBytecodeHash: codeHash,
          l2DefaultAccountBytecodeHash: codeHash,
          l2EvmEmulatorBytecodeHash: codeHash,
        },
      ],
    )
    const serverNotifier = await tup('ServerNotifier', [], 'initialize', [D])
    return deployChainTypeManager(tools, ctmDeps, {
      name: zksyncOS ? 'ZKsyncOSChainTypeManager' : 'EraChainTypeManager',
      constructorArgs: [bridgehub, zeroAddress, zeroAddress, zeroAddress],
      protocolVersion: PROTOCOL_VERSION,
      verifier,
      serverNotifier,
      diamondCut: { facetCuts, initAddress: diamondInit, initCalldata },
      genesis,
      vm,
    })
  }
  const era = await deployVmChainTypeManager('era', GENESIS)
  // the ZKsync OS manager requires the genesis batch commitment 1 (`ZKsyncOSChainTypeManager.sol`,
  // `GenesisBatchCommitmentIncorrect`)
  const zksyncOs = await deployVmChainTypeManager('zksync-os', {
    ...GENESIS,
    batchCommitment: padHex('0x01', { size: 32 }),
  })

  // chains: A (Era, ETH), B (Era, BTB 5/2), C (ZKsync OS, ETH), D (ZKsync OS, BTB 5/2), and 275 (Era, ETH) left
  // with its deposits paused: v31 chains are created with deposits paused (`ChainTypeManagerBase.createNewChain`)
  // until their admin calls `unpauseDeposits()`
  const unpauseDeposits = (diamond: Address) =>
    send(diamond, 'MigratorFacet', 'unpauseDeposits', [], accounts.chainAdmin)
  const unpaused = (chainTypeManager: ChainTypeManager) => ({ chainTypeManager, afterSetUp: unpauseDeposits })
  return deployChainsAndFixtures(
    tools,
    'L1Bridgehub',
    {
      bridgehub,
      messageRoot,
      l1Nullifier,
      l1AssetRouter,
      l1NativeTokenVault,
      l1Erc20Bridge,
      l1AssetTracker,
      chainAssetHandler,
      chainRegistrationSender,
      chainTypeManager: era.address,
      zksyncOsChainTypeManager: zksyncOs.address,
      validatorTimelock,
      validiumL1DAValidator,
      l2DAValidator: L2_DA_VALIDATOR,
      l2DACommitmentScheme: EMPTY_NO_DA,
      genesis: GENESIS,
    },
    [
      { key: 'chainA', chainId: 271, baseToken: 'ETH', ...unpaused(era) },
      { key: 'chainB', chainId: 272, baseToken: 'baseTokenB', ...unpaused(era) },
      { key: 'chainC', chainId: 273, baseToken: 'ETH', ...unpaused(zksyncOs) },
      { key: 'chainD', chainId: 274, baseToken: 'baseTokenB', ...unpaused(zksyncOs) },
      { key: 'chainPaused', chainId: 275, baseToken: 'ETH', chainTypeManager: era },
    ],
  )
}
