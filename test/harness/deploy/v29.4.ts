/**
 * Brings up the real era-contracts v29.4 L1 ecosystem on an anvil node: core contracts, the chain type
 * manager with real facets and a testnet verifier, and the chains created through the real
 * `Bridgehub.createNewChain` path. Mirrors DeployL1CoreContracts -> DeployCTM -> RegisterCTM ->
 * RegisterZKChain of the pinned commit, with plain accounts in place of the governance contracts.
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
  L2_DA_VALIDATOR,
  ntvAssetId,
  type VersionDeployment,
} from '../deploy.js'

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<VersionDeployment> {
  const tools = deployTools(rpcUrl, 'v29.4')
  const { deploy, send, read, tup, cut } = tools
  const D = accounts.deployer
  const CA = accounts.chainAdmin
  const V = accounts.validator
  const L1 = 31337
  const ERA = 9

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

  // 21-24. chains: A (ETH), B (ERC-20 base token, multiplier 5/2); v29 has no ZKsync OS chains
  const chainA = await createChain(271, ETH_TOKEN_ADDRESS, [1, 1])
  const baseTokenB = await deployBaseTokenB(tools, {
    bridgehub,
    bridgehubName: 'Bridgehub',
    l1NativeTokenVault,
    l1ChainId: L1,
  })
  const chainB = await createChain(272, baseTokenB, [5, 2])

  // 25. tokens, balances, the custom bridge, Multicall3
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
    l2DAValidator: L2_DA_VALIDATOR,
    multicall3: fixtures.multicall3,
    chainA,
    chainB,
    tokens: fixtures.tokens,
    customBridge: fixtures.customBridge,
    genesis,
  }
}
