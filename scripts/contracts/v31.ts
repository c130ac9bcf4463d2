import type { L1ContractsBuild } from './types.js'

/**
 * era-contracts draft-v31: the L1 contracts of the harness's v31 deployment (`test/harness/deploy/v31.ts`), Era and
 * ZKsync OS chain type managers side by side. The repository has no v31 release tag; the `draft-v31` branch head is
 * pinned. Six l1 files import `system-contracts/contracts/Constants.sol` and the Mailbox takes the
 * `da-contracts/contracts/EIP7702Checker.sol` deployment, so those two files come from the same commit.
 */
export const build: L1ContractsBuild = {
  commit: '4859b6fd456eaf943b80c6934cb24fab9026f035',
  ref: 'draft-v31',
  archivePaths: [
    'l1-contracts/contracts',
    'system-contracts/contracts/Constants.sol',
    'da-contracts/contracts/EIP7702Checker.sol',
  ],
  settings: {
    optimizer: { enabled: true, runs: 9_999_999 },
    evmVersion: 'prague',
    source:
      '`l1-contracts/foundry.toml` `[profile.default]` at the commit: solc 0.8.28, prague, optimizer runs 9,999,999, no via-IR',
  },
  entryPoints: {
    // first: the bridge's import cycle through L2AssetRouter only resolves with the token compiled before its users
    'contracts/bridge/BridgedStandardERC20.sol': ['BridgedStandardERC20'],
    'contracts/core/bridgehub/L1Bridgehub.sol': ['L1Bridgehub'],
    'contracts/core/message-root/L1MessageRoot.sol': ['L1MessageRoot'],
    'contracts/core/ctm-deployment/CTMDeploymentTracker.sol': ['CTMDeploymentTracker'],
    'contracts/core/chain-asset-handler/L1ChainAssetHandler.sol': ['L1ChainAssetHandler'],
    'contracts/core/chain-registration/ChainRegistrationSender.sol': ['ChainRegistrationSender'],
    'contracts/bridge/asset-tracker/L1AssetTracker.sol': ['L1AssetTracker'],
    'contracts/bridge/L1Nullifier.sol': ['L1Nullifier'],
    'contracts/bridge/asset-router/L1AssetRouter.sol': ['L1AssetRouter'],
    'contracts/bridge/ntv/L1NativeTokenVault.sol': ['L1NativeTokenVault'],
    'contracts/bridge/L1ERC20Bridge.sol': ['L1ERC20Bridge'],
    'contracts/state-transition/EraChainTypeManager.sol': ['EraChainTypeManager'],
    'contracts/state-transition/ZKsyncOSChainTypeManager.sol': ['ZKsyncOSChainTypeManager'],
    'contracts/state-transition/validators/ValidatorTimelock.sol': ['ValidatorTimelock'],
    'contracts/state-transition/chain-deps/DiamondInit.sol': ['DiamondInit'],
    'contracts/state-transition/chain-deps/facets/Admin.sol': ['AdminFacet'],
    'contracts/state-transition/chain-deps/facets/Committer.sol': ['CommitterFacet'],
    'contracts/state-transition/chain-deps/facets/Executor.sol': ['ExecutorFacet'],
    'contracts/state-transition/chain-deps/facets/Getters.sol': ['GettersFacet'],
    'contracts/state-transition/chain-deps/facets/Mailbox.sol': ['MailboxFacet'],
    'contracts/state-transition/chain-deps/facets/Migrator.sol': ['MigratorFacet'],
    'contracts/state-transition/verifiers/EraTestnetVerifier.sol': ['EraTestnetVerifier'],
    'contracts/state-transition/verifiers/EraVerifierFflonk.sol': ['EraVerifierFflonk'],
    'contracts/state-transition/verifiers/EraVerifierPlonk.sol': ['EraVerifierPlonk'],
    'contracts/state-transition/verifiers/ZKsyncOSTestnetVerifier.sol': ['ZKsyncOSTestnetVerifier'],
    'contracts/state-transition/verifiers/ZKsyncOSVerifierFflonk.sol': ['ZKsyncOSVerifierFflonk'],
    'contracts/state-transition/verifiers/ZKsyncOSVerifierPlonk.sol': ['ZKsyncOSVerifierPlonk'],
    'contracts/state-transition/data-availability/RollupDAManager.sol': ['RollupDAManager'],
    'contracts/state-transition/data-availability/ValidiumL1DAValidator.sol': ['ValidiumL1DAValidator'],
    'contracts/upgrades/L1GenesisUpgrade.sol': ['L1GenesisUpgrade'],
    'contracts/governance/ServerNotifier.sol': ['ServerNotifier'],
    'contracts/dev-contracts/TestnetERC20Token.sol': ['TestnetERC20Token'],
    'contracts/dev-contracts/Multicall3.sol': ['Multicall3'],
    'da-contracts/contracts/EIP7702Checker.sol': ['EIP7702Checker'],
    '@openzeppelin/contracts-v4/proxy/transparent/TransparentUpgradeableProxy.sol': ['TransparentUpgradeableProxy'],
    '@openzeppelin/contracts-v4/proxy/transparent/ProxyAdmin.sol': ['ProxyAdmin'],
    '@openzeppelin/contracts-v4/proxy/beacon/UpgradeableBeacon.sol': ['UpgradeableBeacon'],
  },
}
