import type { L1ContractsBuild } from './types.js'

/**
 * era-contracts zkos-v0.30.2: the L1 contracts of the harness's ZKsync OS deployment
 * (`test/harness/deploy/zkos-v0.30.2.ts`). One chain type manager per VM at this version; only the ZKsync OS one
 * (`ZKsyncOSChainTypeManager`, `DiamondInit(true)`, the ZKsync OS verifiers) is deployed, as the networks run it.
 */
export const build: L1ContractsBuild = {
  commit: '9ddc915c85d1f44c79b5d55e160d384138ed5105',
  ref: 'zkos-v0.30.2',
  settings: {
    optimizer: { enabled: true, runs: 28_000 },
    evmVersion: 'cancun',
    source: '`l1-contracts/foundry.toml` at the commit: solc 0.8.28, cancun, optimizer runs 28,000, no via-IR',
  },
  entryPoints: {
    // BridgedStandardERC20 first: the asset router and the vault import it through a cycle that only compiles in
    // this order ("Definition of base has to precede definition of derived contract")
    'contracts/bridge/BridgedStandardERC20.sol': ['BridgedStandardERC20'],
    'contracts/bridgehub/L1Bridgehub.sol': ['L1Bridgehub'],
    'contracts/bridgehub/L1MessageRoot.sol': ['L1MessageRoot'],
    'contracts/bridgehub/CTMDeploymentTracker.sol': ['CTMDeploymentTracker'],
    'contracts/bridgehub/L1ChainAssetHandler.sol': ['L1ChainAssetHandler'],
    'contracts/bridge/L1Nullifier.sol': ['L1Nullifier'],
    'contracts/bridge/asset-router/L1AssetRouter.sol': ['L1AssetRouter'],
    'contracts/bridge/ntv/L1NativeTokenVault.sol': ['L1NativeTokenVault'],
    'contracts/bridge/L1ERC20Bridge.sol': ['L1ERC20Bridge'],
    'contracts/state-transition/ZKsyncOSChainTypeManager.sol': ['ZKsyncOSChainTypeManager'],
    'contracts/state-transition/ValidatorTimelock.sol': ['ValidatorTimelock'],
    'contracts/state-transition/chain-deps/DiamondInit.sol': ['DiamondInit'],
    'contracts/state-transition/chain-deps/facets/Admin.sol': ['AdminFacet'],
    'contracts/state-transition/chain-deps/facets/Executor.sol': ['ExecutorFacet'],
    'contracts/state-transition/chain-deps/facets/Getters.sol': ['GettersFacet'],
    'contracts/state-transition/chain-deps/facets/Mailbox.sol': ['MailboxFacet'],
    'contracts/state-transition/verifiers/ZKsyncOSTestnetVerifier.sol': ['ZKsyncOSTestnetVerifier'],
    'contracts/state-transition/verifiers/ZKsyncOSVerifierFflonk.sol': ['ZKsyncOSVerifierFflonk'],
    'contracts/state-transition/verifiers/ZKsyncOSVerifierPlonk.sol': ['ZKsyncOSVerifierPlonk'],
    'contracts/state-transition/data-availability/RollupDAManager.sol': ['RollupDAManager'],
    'contracts/state-transition/data-availability/ValidiumL1DAValidator.sol': ['ValidiumL1DAValidator'],
    'contracts/upgrades/L1GenesisUpgrade.sol': ['L1GenesisUpgrade'],
    'contracts/governance/ServerNotifier.sol': ['ServerNotifier'],
    'contracts/dev-contracts/TestnetERC20Token.sol': ['TestnetERC20Token'],
    'contracts/dev-contracts/Multicall3.sol': ['Multicall3'],
    '@openzeppelin/contracts-v4/proxy/transparent/TransparentUpgradeableProxy.sol': ['TransparentUpgradeableProxy'],
    '@openzeppelin/contracts-v4/proxy/transparent/ProxyAdmin.sol': ['ProxyAdmin'],
    '@openzeppelin/contracts-v4/proxy/beacon/UpgradeableBeacon.sol': ['UpgradeableBeacon'],
  },
}
