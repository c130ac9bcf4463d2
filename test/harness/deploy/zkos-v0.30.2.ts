/**
 * Brings up the real era-contracts zkos-v0.30.2 L1 ecosystem on an anvil node, with the ZKsync OS chains the networks
 * run on this version: core contracts, the ZKsync OS chain type manager (`ZKsyncOSChainTypeManager`, facets,
 * `DiamondInit(true)`, the ZKsync OS testnet verifier) and the chains created through the real
 * `L1Bridgehub.createNewChain` path. Mirrors DeployL1CoreContracts -> DeployCTM (`is_zk_sync_os`) -> RegisterCTM ->
 * RegisterZKChain of the pinned commit, the same steps as v29.4 (`deployPreV31Ecosystem`), with plain accounts in
 * place of the governance contracts. The differences from v29.4 (`./v29.4.ts`), by contract:
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
 *
 * The ZKsync OS chain type manager requires a non-zero genesis batch hash and commitment (`_validateChainCreationParams`,
 * `state-transition/ChainTypeManagerBase.sol:175-184`), which `GENESIS` has; the repeated-storage index is not read by
 * ZKsync OS (its stored batches carry 0), it is kept as v29.4 has it.
 */
import { zeroAddress } from 'viem'
import { accounts } from '../constants.js'
import { deployTools, type VersionDeployment } from '../deploy.js'
import { deployPreV31Ecosystem, EMPTY_NO_DA } from './common.js'

const D = accounts.deployer

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<VersionDeployment> {
  return deployPreV31Ecosystem(deployTools(rpcUrl, 'zkos-v0.30.2'), {
    bridgehub: { name: 'L1Bridgehub', args: () => [D, 100] },
    messageRoot: { name: 'L1MessageRoot', args: ({ bridgehub }) => [bridgehub] },
    chainAssetHandler: {
      name: 'L1ChainAssetHandler',
      args: ({ bridgehub, l1AssetRouter, messageRoot }) => [D, bridgehub, l1AssetRouter, messageRoot],
    },
    verifier: {
      fflonk: 'ZKsyncOSVerifierFflonk',
      plonk: 'ZKsyncOSVerifierPlonk',
      name: 'ZKsyncOSTestnetVerifier',
      args: ({ fflonk, plonk }) => [fflonk, plonk, D],
    },
    diamondInitArgs: [true],
    chainTypeManager: { name: 'ZKsyncOSChainTypeManager', protocolVersion: 0x1e00000002n, vm: 'zksync-os' },
    // no L2 DA validator address from this version on: the chains commit to a scheme instead
    da: { l2DAValidator: zeroAddress, l2DACommitmentScheme: EMPTY_NO_DA },
    chains: [
      { key: 'chainC', chainId: 273 },
      { key: 'chainD', chainId: 274 },
    ],
  })
}
