/**
 * Brings up the real era-contracts v29.4 L1 ecosystem on an anvil node: core contracts, the chain type
 * manager with real facets and a testnet verifier, and the chains created through the real
 * `Bridgehub.createNewChain` path. Mirrors DeployL1CoreContracts -> DeployCTM -> RegisterCTM ->
 * RegisterZKChain of the pinned commit (`deployPreV31Ecosystem`), with plain accounts in place of the governance
 * contracts. v29 has no ZKsync OS chains: it creates A (ETH) and B (`baseTokenB`).
 */
import { accounts } from '../constants.js'
import { deployTools, L2_DA_VALIDATOR, type VersionDeployment } from '../deploy.js'
import { deployPreV31Ecosystem, L1_CHAIN_ID } from './common.js'

const D = accounts.deployer

/** Deploys everything. `rpcUrl` is an anvil node with the default mnemonic and chain id 31337. */
export async function deployEcosystem(rpcUrl: string): Promise<VersionDeployment> {
  return deployPreV31Ecosystem(deployTools(rpcUrl, 'v29.4'), {
    bridgehub: { name: 'Bridgehub', args: () => [L1_CHAIN_ID, D, 100] },
    messageRoot: { name: 'MessageRoot', args: ({ bridgehub }) => [bridgehub, L1_CHAIN_ID] },
    chainAssetHandler: {
      name: 'ChainAssetHandler',
      args: ({ bridgehub, l1AssetRouter, messageRoot }) => [L1_CHAIN_ID, D, bridgehub, l1AssetRouter, messageRoot],
    },
    verifier: {
      fflonk: 'L1VerifierFflonk',
      plonk: 'L1VerifierPlonk',
      name: 'TestnetVerifier',
      args: ({ fflonk, plonk }) => [fflonk, plonk],
    },
    diamondInitArgs: [],
    chainTypeManager: { name: 'ChainTypeManager', protocolVersion: 0x1d00000004n },
    da: { l2DAValidator: L2_DA_VALIDATOR },
    chains: [
      { key: 'chainA', chainId: 271 },
      { key: 'chainB', chainId: 272 },
    ],
  })
}
