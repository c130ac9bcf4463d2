/**
 * Brings up the real era-contracts zkos-v0.30.2 L1 ecosystem on an anvil node, with the ZKsync OS chains the networks
 * run on this version: core contracts, the ZKsync OS chain type manager (`ZKsyncOSChainTypeManager`, facets,
 * `DiamondInit(true)`, the ZKsync OS testnet verifier) and the chains created through the real
 * `L1Bridgehub.createNewChain` path. Mirrors DeployL1CoreContracts -> DeployCTM (`is_zk_sync_os`) -> RegisterCTM ->
 * RegisterZKChain of the pinned commit, with plain accounts in place of the governance contracts. The differences
 * from v29.4 (`./v29.4.ts`), by contract:
 * - `L1Bridgehub(owner, maxChains)`: the L1 chain id is `block.chainid` (`bridgehub/L1Bridgehub.sol:41`);
 * - `L1MessageRoot(bridgehub)` (`bridgehub/L1MessageRoot.sol:17`);
 * - `L1ChainAssetHandler(owner, bridgehub, assetRouter, messageRoot)` (`bridgehub/L1ChainAssetHandler.sol:55`);
 * - `ZKsyncOSVerifierFflonk`/`Plonk` behind `ZKsyncOSTestnetVerifier(fflonk, plonk, owner)`, which accepts the mock
 *   proof (`state-transition/verifiers/ZKsyncOSTestnetVerifier.sol:14`);
 * - `DiamondInit(true)`: the diamonds it initializes are ZKsync OS diamonds (`s.zksyncOS`,
 *   `state-transition/chain-deps/DiamondInit.sol:24`), so their priority transactions have type 127 and their
 *   batches are committed in the ZKsync OS encoding;
 * - `setDAValidatorPair(l1Validator, L2DACommitmentScheme)` takes a scheme where v29 took an L2 validator address
 *   (`state-transition/chain-deps/facets/Admin.sol:171`); 1 = `EMPTY_NO_DA` (`common/Config.sol:220`), the Validium.
 */
import { type Address, encodeAbiParameters, getAddress, type Hex, zeroAddress, zeroHash } from 'viem'
import { accounts } from '../constants.js'
import {
  type ChainSetup,
  deployBaseTokenB,
  deployTestFixtures,
  deployTools,
  ETH_TOKEN_ADDRESS,
  facetCutAbi,
  initializeDataNewChainAbi,
  ntvAssetId,
  type VersionDeployment,
} from '../deploy.js'

/** `L2DACommitmentScheme.EMPTY_NO_DA` (`common/Config.sol:222`): no data availability, what a Validium commits. */
const EMPTY_NO_DA = 1

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<VersionDeployment> {
  const tools = deployTools(rpcUrl, 'zkos-v0.30.2')
  const { deploy, send, read, tup, cut } = tools
  const D = accounts.deployer
  const CA = accounts.chainAdmin
  const V = accounts.validator
  const L1 = 31337
  const ERA = 9

  // core contracts
  const bridgehub = await tup('L1Bridgehub', [D, 100], 'initialize', [D])
  const messageRoot = await tup('L1MessageRoot', [bridgehub], 'initialize', [])
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
  const chainAssetHandler = await tup('L1ChainAssetHandler', [D, bridgehub, l1AssetRouter, messageRoot], 'initialize', [
    D,
  ])
  await send(bridgehub, 'L1Bridgehub', 'setAddresses', [
    l1AssetRouter,
    ctmDeploymentTracker,
    messageRoot,
    chainAssetHandler,
  ])

  // verifier, DA, upgrade, timelock, notifier, facets
  const rollupDAManager = await deploy('RollupDAManager')
  const validiumL1DAValidator = await deploy('ValidiumL1DAValidator')
  const fflonk = await deploy('ZKsyncOSVerifierFflonk')
  const plonk = await deploy('ZKsyncOSVerifierPlonk')
  const verifier = await deploy('ZKsyncOSTestnetVerifier', [fflonk, plonk, D])
  const genesisUpgrade = await deploy('L1GenesisUpgrade')
  const validatorTimelock = await tup('ValidatorTimelock', [bridgehub], 'initialize', [D, 0])
  const serverNotifier = await tup('ServerNotifier', [], 'initialize', [D])
  const executorFacet = await deploy('ExecutorFacet', [L1])
  const adminFacet = await deploy('AdminFacet', [L1, rollupDAManager])
  const mailboxFacet = await deploy('MailboxFacet', [ERA, L1])
  const gettersFacet = await deploy('GettersFacet')
  const diamondInit = await deploy('DiamondInit', [true])

  // chain type manager
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
  // the ZKsync OS chain type manager requires a non-zero batch hash and commitment (`_validateChainCreationParams`,
  // `state-transition/ChainTypeManagerBase.sol:175-184`); the repeated-storage index is not read by ZKsync OS
  // (its stored batches carry 0), it is kept as v29.4 has it
  const genesis = {
    batchHash: `0x${'10'.padEnd(64, '0')}` as Hex,
    indexRepeatedStorageChanges: 1,
    batchCommitment: `0x${'10'.padEnd(64, '0')}` as Hex,
  }
  const chainTypeManager = await tup('ZKsyncOSChainTypeManager', [bridgehub], 'initialize', [
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
      protocolVersion: 0x1e00000002n,
      serverNotifier,
    },
  ])
  await send(serverNotifier, 'ServerNotifier', 'setChainTypeManager', [chainTypeManager])

  // register the chain type manager
  await send(bridgehub, 'L1Bridgehub', 'addChainTypeManager', [chainTypeManager])
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
    await send(bridgehub, 'L1Bridgehub', 'createNewChain', [
      chainId,
      chainTypeManager,
      baseTokenAssetId,
      0,
      CA,
      initData,
      [],
    ])
    const diamond = getAddress(await read<Address>(bridgehub, 'L1Bridgehub', 'getZKChain', [chainId]))
    await send(validatorTimelock, 'ValidatorTimelock', 'addValidatorForChainId', [chainId, V], CA)
    await send(diamond, 'AdminFacet', 'setTokenMultiplier', multiplier, CA)
    await send(diamond, 'AdminFacet', 'setDAValidatorPair', [validiumL1DAValidator, EMPTY_NO_DA], CA)
    return { chainId, diamond, baseToken, baseTokenAssetId, multiplier, vm: 'zksync-os' }
  }

  // chains: C (ETH), D (ERC-20 base token, multiplier 5/2), both ZKsync OS
  const chainC = await createChain(273, ETH_TOKEN_ADDRESS, [1, 1])
  const baseTokenB = await deployBaseTokenB(tools, {
    bridgehub,
    bridgehubName: 'L1Bridgehub',
    l1NativeTokenVault,
    l1ChainId: L1,
  })
  const chainD = await createChain(274, baseTokenB, [5, 2])

  // tokens, balances, the custom bridge, Multicall3
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
    chainTypeManager,
    validatorTimelock,
    validiumL1DAValidator,
    // no L2 DA validator address from this version on: the chains commit to a scheme instead
    l2DAValidator: zeroAddress,
    l2DACommitmentScheme: EMPTY_NO_DA,
    multicall3: fixtures.multicall3,
    chainC,
    chainD,
    tokens: fixtures.tokens,
    customBridge: fixtures.customBridge,
    genesis,
  }
}
