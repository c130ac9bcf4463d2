/**
 * The L2 contract layer of a ZKsync OS chain on a plain anvil: the real L2 bridge contracts of era-contracts
 * `zkos-v0.30.2` (compiled by `scripts/build-l2-contracts.ts` into `test/harness/artifacts/l2/zkos-v0.30.2/`) at
 * their system addresses, initialized the way the chain's genesis upgrade initializes them, plus this project's
 * stand-ins for the two pieces ZKsync OS implements natively (the L1 messenger at 0x8008, the base token at
 * 0x800a).
 *
 * The genesis path followed (era-contracts 9ddc915c85d1f44c79b5d55e160d384138ed5105, `l1-contracts/contracts/`):
 * the L1 genesis upgrade makes the L2 complex upgrader (0x800f) delegatecall `L2GenesisUpgrade.genesisUpgrade`
 * (`l2-upgrades/L2GenesisUpgrade.sol:24`), which runs `L2GenesisForceDeploymentsHelper.performForceDeployedContractsInit`
 * (`l2-upgrades/L2GenesisForceDeploymentsHelper.sol:148`). For ZKsync OS each contract goes behind a
 * `SystemContractProxy` whose implementation is set by the native contract deployer hook
 * (`setBytecodeDetailsEVM`, :52-68 and :82-118), then, still as 0x800f:
 * - `L2AssetRouter.initL2(l1ChainId, eraChainId, l1AssetRouter, legacySharedBridge = 0, baseTokenAssetId,
 *   aliasedL1Governance)` (:213-227);
 * - `UpgradeableBeaconDeployer` at 0x1000b, `deployUpgradeableBeacon(aliasedL1Governance)`, which CREATE2s the
 *   `BridgedStandardERC20` implementation and the `UpgradeableBeacon` (:263-281,
 *   `bridge/ntv/UpgradeableBeaconDeployer.sol:15`);
 * - `L2NativeTokenVaultZKOS.initL2(l1ChainId, aliasedL1Governance, l2TokenProxyBytecodeHash,
 *   legacySharedBridge = 0, beacon, wethToken, baseTokenAssetId)` (:284-292).
 *
 * What this does differently, and why:
 * - The runtime code is placed directly at the system address with `anvil_setCode` (no `SystemContractProxy`,
 *   no `SystemContractProxyAdmin`): anvil has no native deployer hook, and the proxy changes nothing a bridge
 *   call sees. The initializers are the real ones, called from the impersonated complex upgrader.
 * - Not installed, because neither `finalizeDeposit` nor `withdraw` of the router or the vault calls them at
 *   this commit: L2 Bridgehub (0x10002), L2MessageRoot (0x10005), L2ChainAssetHandler (0x1000a), the wrapped
 *   base token (impl 0x10007 and its proxy). The vault's `WETH_TOKEN` is therefore the zero address.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Abi,
  type Address,
  type Chain,
  concatHex,
  encodeAbiParameters,
  encodeFunctionData,
  getAddress,
  getContractAddress,
  type Hex,
  hexToBigInt,
  keccak256,
  numberToHex,
  type TestClient,
  type Transport,
  zeroAddress,
  zeroHash,
} from 'viem'

/** era-contracts tag and commit the L2 contracts are compiled from (`scripts/build-l2-contracts.ts`). */
export const ZKOS_CONTRACTS_TAG = 'zkos-v0.30.2'
export const ZKOS_CONTRACTS_COMMIT = '9ddc915c85d1f44c79b5d55e160d384138ed5105'

/** The L1 messenger (`L2ContractAddresses.sol` `SYSTEM_CONTRACTS_OFFSET + 0x08`); a native hook on ZKsync OS, a stand-in here. */
export const L1_MESSENGER_ADDRESS: Address = '0x0000000000000000000000000000000000008008'
/** The base token (`SYSTEM_CONTRACTS_OFFSET + 0x0a`); a native hook on ZKsync OS, a stand-in here. */
export const L2_BASE_TOKEN_ADDRESS: Address = '0x000000000000000000000000000000000000800A'
/** The complex upgrader (`SYSTEM_CONTRACTS_OFFSET + 0x0f`): the only caller `initL2` of the router and the vault accept. */
export const L2_COMPLEX_UPGRADER_ADDRESS: Address = '0x000000000000000000000000000000000000800f'
/** `L2AssetRouter` (`USER_CONTRACTS_OFFSET + 0x03`). */
export const L2_ASSET_ROUTER_ADDRESS: Address = '0x0000000000000000000000000000000000010003'
/** `L2NativeTokenVaultZKOS` (`USER_CONTRACTS_OFFSET + 0x04`). */
export const L2_NATIVE_TOKEN_VAULT_ADDRESS: Address = '0x0000000000000000000000000000000000010004'
/** `UpgradeableBeaconDeployer` (`USER_CONTRACTS_OFFSET + 0x0b`), the CREATE2 deployer of the bridged-token beacon. */
export const L2_NTV_BEACON_DEPLOYER_ADDRESS: Address = '0x000000000000000000000000000000000001000b'

/** Every contract in `test/harness/artifacts/l2/zkos-v0.30.2/`. */
export type ZksyncOsContractName =
  | 'L2AssetRouter'
  | 'L2NativeTokenVaultZKOS'
  | 'BridgedStandardERC20'
  | 'UpgradeableBeacon'
  | 'UpgradeableBeaconDeployer'
  | 'BeaconProxy'
  | 'L1MessengerStandIn'
  | 'L2BaseTokenStandIn'

export type ZksyncOsArtifact = {
  contractName: ZksyncOsContractName
  sourceName: string
  abi: Abi
  /** creation bytecode */
  bytecode: Hex
  /** runtime bytecode, what `anvil_setCode` places */
  deployedBytecode: Hex
}

const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'l2', ZKOS_CONTRACTS_TAG)

/** Reads a contract compiled by `scripts/build-l2-contracts.ts`. */
export function readZksyncOsArtifact(name: ZksyncOsContractName): ZksyncOsArtifact {
  return JSON.parse(readFileSync(join(artifactsDir, `${name}.json`), 'utf8')) as ZksyncOsArtifact
}

export type InstallZksyncOsL2Parameters = {
  /** Chain id of L1. Stored as `L1_CHAIN_ID` in the router and the vault: deposits are accepted only from it, and it is the origin chain of L1 tokens. */
  l1ChainId: bigint
  /** Chain id of this L2. Must be the anvil's own chain id (the contracts read `block.chainid`); checked. */
  l2ChainId: bigint
  /** The ecosystem's Era chain id (`ERA_CHAIN_ID` of the router; kept for legacy, not read by the bridge paths). */
  eraChainId: bigint
  /** The L1AssetRouter (proxy). The router accepts `finalizeDeposit` only from its alias. */
  l1AssetRouter: Address
  /** The chain's base-token asset id (L1 `Bridgehub.baseTokenAssetId(chainId)`); the router refuses `finalizeDeposit` for it (the base token arrives as value). */
  baseTokenAssetId: Hex
  /** The L1 governance (owner of the L1 contracts). Its alias owns the router, the vault and the token beacon, as `aliasedL1Governance` does on a real chain. */
  l1Governance: Address
  /**
   * Stored as the vault's `L2_TOKEN_PROXY_BYTECODE_HASH`, which must not be zero. Real chains store the EraVM
   * hash of `BeaconProxy` (`DeployCTM.s.sol` `getL2BytecodeHash("BeaconProxy")`), which the ZKsync OS vault never
   * reads (it CREATE2s the EVM `BeaconProxy`). Default: keccak256 of the EVM `BeaconProxy` creation code.
   */
  l2TokenProxyBytecodeHash?: Hex | undefined
}

export type ZksyncOsL2 = {
  l1Messenger: Address
  baseToken: Address
  assetRouter: Address
  nativeTokenVault: Address
  beaconDeployer: Address
  /** the `UpgradeableBeacon` of every bridged token (`bridgedTokenBeacon()` of the vault) */
  bridgedTokenBeacon: Address
  /** the `BridgedStandardERC20` implementation behind the beacon */
  bridgedTokenImplementation: Address
  /** alias of `l1Governance`: owner of the router, the vault and the beacon */
  aliasedL1Governance: Address
  /** the alias of `l1AssetRouter`, the only sender `finalizeDeposit` accepts */
  aliasedL1AssetRouter: Address
}

const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n

/** `AddressAliasHelper.applyL1ToL2Alias`: `(address + 0x1111…1111) mod 2^160`. */
function alias(address: Address): Address {
  return getAddress(numberToHex((hexToBigInt(address) + ALIAS_OFFSET) % (1n << 160n), { size: 20 }))
}

type AnvilClient = TestClient<'anvil', Transport, Chain | undefined>

/**
 * Installs the ZKsync OS L2 contract layer on a fresh anvil whose chain id is `l2ChainId`. About a dozen
 * RPC calls; leaves no impersonation and no balance behind.
 *
 * @example
 * const l2 = await installZksyncOsL2(testClient, {
 *   l1ChainId: 31337n, l2ChainId: 273n, eraChainId: 9n, l1AssetRouter, baseTokenAssetId, l1Governance,
 * })
 */
export async function installZksyncOsL2(client: AnvilClient, params: InstallZksyncOsL2Parameters): Promise<ZksyncOsL2> {
  const chainId = BigInt(await client.request({ method: 'eth_chainId' } as never))
  if (chainId !== params.l2ChainId)
    throw new Error(`installZksyncOsL2: anvil runs chain ${chainId}, expected l2ChainId ${params.l2ChainId}`)

  const router = readZksyncOsArtifact('L2AssetRouter')
  const vault = readZksyncOsArtifact('L2NativeTokenVaultZKOS')
  const deployer = readZksyncOsArtifact('UpgradeableBeaconDeployer')
  const tokenImpl = readZksyncOsArtifact('BridgedStandardERC20')
  const beacon = readZksyncOsArtifact('UpgradeableBeacon')
  const beaconProxy = readZksyncOsArtifact('BeaconProxy')

  const placed: [Address, ZksyncOsArtifact][] = [
    [L1_MESSENGER_ADDRESS, readZksyncOsArtifact('L1MessengerStandIn')],
    [L2_BASE_TOKEN_ADDRESS, readZksyncOsArtifact('L2BaseTokenStandIn')],
    [L2_ASSET_ROUTER_ADDRESS, router],
    [L2_NATIVE_TOKEN_VAULT_ADDRESS, vault],
    [L2_NTV_BEACON_DEPLOYER_ADDRESS, deployer],
  ]
  await Promise.all(placed.map(([address, a]) => client.setCode({ address, bytecode: a.deployedBytecode })))

  const aliasedL1Governance = alias(params.l1Governance)
  // `UpgradeableBeaconDeployer.deployUpgradeableBeacon` CREATE2s both with salt 0 from its own address.
  const bridgedTokenImplementation = getContractAddress({
    opcode: 'CREATE2',
    from: L2_NTV_BEACON_DEPLOYER_ADDRESS,
    salt: zeroHash,
    bytecode: tokenImpl.bytecode,
  })
  const bridgedTokenBeacon = getContractAddress({
    opcode: 'CREATE2',
    from: L2_NTV_BEACON_DEPLOYER_ADDRESS,
    salt: zeroHash,
    bytecode: concatHex([beacon.bytecode, encodeAbiParameters([{ type: 'address' }], [bridgedTokenImplementation])]),
  })

  const calls: [Address, Hex][] = [
    [
      L2_ASSET_ROUTER_ADDRESS,
      encodeFunctionData({
        abi: router.abi,
        functionName: 'initL2',
        args: [
          params.l1ChainId,
          params.eraChainId,
          params.l1AssetRouter,
          zeroAddress,
          params.baseTokenAssetId,
          aliasedL1Governance,
        ],
      }),
    ],
    [
      L2_NTV_BEACON_DEPLOYER_ADDRESS,
      encodeFunctionData({ abi: deployer.abi, functionName: 'deployUpgradeableBeacon', args: [aliasedL1Governance] }),
    ],
    [
      L2_NATIVE_TOKEN_VAULT_ADDRESS,
      encodeFunctionData({
        abi: vault.abi,
        functionName: 'initL2',
        args: [
          params.l1ChainId,
          aliasedL1Governance,
          params.l2TokenProxyBytecodeHash ?? keccak256(beaconProxy.bytecode),
          zeroAddress,
          bridgedTokenBeacon,
          zeroAddress,
          params.baseTokenAssetId,
        ],
      }),
    ],
  ]

  await client.impersonateAccount({ address: L2_COMPLEX_UPGRADER_ADDRESS })
  await client.setBalance({ address: L2_COMPLEX_UPGRADER_ADDRESS, value: 10n ** 18n })
  try {
    for (const [to, data] of calls) {
      const hash = (await client.request({
        method: 'eth_sendTransaction',
        params: [{ from: L2_COMPLEX_UPGRADER_ADDRESS, to, data, gas: numberToHex(10_000_000) }],
      } as never)) as Hex
      const receiptOf = () =>
        client.request({ method: 'eth_getTransactionReceipt', params: [hash] } as never) as Promise<{
          status: Hex
        } | null>
      // anvil mines each transaction at once by default; without automine, mine it here.
      let receipt = await receiptOf()
      if (!receipt) {
        await client.mine({ blocks: 1 })
        receipt = await receiptOf()
      }
      if (receipt?.status !== '0x1') throw new Error(`installZksyncOsL2: genesis call to ${to} failed (${hash})`)
    }
  } finally {
    await client.setBalance({ address: L2_COMPLEX_UPGRADER_ADDRESS, value: 0n })
    await client.stopImpersonatingAccount({ address: L2_COMPLEX_UPGRADER_ADDRESS })
  }

  return {
    l1Messenger: L1_MESSENGER_ADDRESS,
    baseToken: L2_BASE_TOKEN_ADDRESS,
    assetRouter: L2_ASSET_ROUTER_ADDRESS,
    nativeTokenVault: L2_NATIVE_TOKEN_VAULT_ADDRESS,
    beaconDeployer: L2_NTV_BEACON_DEPLOYER_ADDRESS,
    bridgedTokenBeacon,
    bridgedTokenImplementation,
    aliasedL1Governance,
    aliasedL1AssetRouter: alias(params.l1AssetRouter),
  }
}
