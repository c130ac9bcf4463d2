import { existsSync } from 'node:fs'
import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type AbiParameter,
  toEventSelector,
  toFunctionSelector,
  erc20Abi as viemErc20Abi,
} from 'viem'
import { describe, expect, test } from 'vitest'
import { compileReader } from '../scripts/build-reader.js'
import {
  bridgehubAbi,
  erc20Abi,
  l1AssetRouterAbi,
  l1AssetTrackerAbi,
  l1CustomBridgeAbi,
  l1MessageRootAbi,
  l1MessengerAbi,
  l1NativeTokenVaultAbi,
  l1NullifierAbi,
  l2AssetRouterAbi,
  l2BaseTokenAbi,
  l2NativeTokenVaultAbi,
  multicall3Abi,
  zkChainAbi,
} from '../src/abis/index.js'
import { l1ContractsReaderBytecode } from '../src/abis/l1ContractsReader.js'
import {
  ASSET_ROUTER_WITHDRAWAL_SELECTOR,
  BASE_TOKEN_WITHDRAWAL_SELECTOR,
  BRIDGEHUB_DEPOSIT_BASE_TOKEN_INITIATED_TOPIC,
  BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC,
  BRIDGEHUB_DEPOSIT_INITIATED_TOPIC,
  L1_MESSAGE_SENT_TOPIC,
  LEGACY_ERC20_WITHDRAWAL_SELECTOR,
  NEW_PRIORITY_REQUEST_ID_TOPIC,
  NEW_PRIORITY_REQUEST_TOPIC,
} from '../src/constants/index.js'
import { artifactsDir, readArtifact } from './harness/artifacts.js'
import { CONTRACTS_VERSIONS, type ContractsVersion } from './harness/versions.js'

function artifactAbi(name: string): Abi {
  return readArtifact(name, 'v29.4').abi
}

type Item = Abi[number]

const functionsOf = (abi: Abi) => abi.filter((i): i is AbiFunction => i.type === 'function')
const eventOf = (abi: Abi, name: string) =>
  abi.filter((i): i is AbiEvent => i.type === 'event').find((i) => i.name === name)!
const functionBySignature = (abi: Abi, sig: string) =>
  functionsOf(abi).filter((i) => `${i.name}(${i.inputs.map(typeOf).join(',')})` === sig)

/** The ABI type of a parameter with tuples spelled out, e.g. `(uint256,address,bytes)[]`. */
function typeOf(parameter: AbiParameter): string {
  if (!parameter.type.startsWith('tuple')) return parameter.type
  const components = 'components' in parameter ? parameter.components : []
  return `(${components.map(typeOf).join(',')})${parameter.type.slice('tuple'.length)}`
}

/** Struct field names, which become the object keys of typed reads and writes. */
function fieldNames(parameters: readonly AbiParameter[]): string[] {
  return parameters.flatMap((p) =>
    'components' in p && p.components ? [p.components.map((c) => c.name).join(','), ...fieldNames(p.components)] : [],
  )
}

function signature(item: Item): string {
  if (item.type === 'function')
    return `function ${item.name}(${item.inputs.map(typeOf).join(',')}) ${item.stateMutability} returns (${item.outputs.map(typeOf).join(',')}) fields[${fieldNames([...item.inputs, ...item.outputs])}]`
  if (item.type === 'event')
    return `event ${item.name}(${item.inputs.map((p) => `${typeOf(p)}${p.indexed ? ' indexed' : ''}`).join(',')}) fields[${fieldNames(item.inputs)}]`
  if (item.type === 'error') return `error ${item.name}(${item.inputs.map(typeOf).join(',')})`
  return item.type
}

function key(item: Item): string {
  return 'name' in item ? `${item.type} ${item.name}(${item.inputs.map(typeOf).join(',')})` : item.type
}

/** The artifacts that compile each L1 ABI of the library, per era-contracts version (contracts renamed at 0.30). */
const l1Abis: [string, Abi, Record<ContractsVersion, string[]>][] = [
  ['bridgehubAbi', bridgehubAbi, perVersion(['Bridgehub'], ['L1Bridgehub'])],
  ['l1AssetRouterAbi', l1AssetRouterAbi, perVersion(['L1AssetRouter'])],
  ['l1NullifierAbi', l1NullifierAbi, perVersion(['L1Nullifier'])],
  ['l1NativeTokenVaultAbi', l1NativeTokenVaultAbi, perVersion(['L1NativeTokenVault'])],
  ['zkChainAbi', zkChainAbi, perVersion(['MailboxFacet', 'GettersFacet'])],
  ['l1MessageRootAbi', l1MessageRootAbi, perVersion(['MessageRoot'], ['L1MessageRoot'])],
  ['l1AssetTrackerAbi', l1AssetTrackerAbi, { 'v29.4': [], 'zkos-v0.30.2': [], v31: ['L1AssetTracker'] }],
  ['multicall3Abi', multicall3Abi, perVersion(['Multicall3'])],
  ['l1CustomBridgeAbi', l1CustomBridgeAbi, perVersion(['CustomBridge'])],
]

function perVersion(v29: string[], later: string[] = v29): Record<ContractsVersion, string[]> {
  return { 'v29.4': v29, 'zkos-v0.30.2': later, v31: later }
}

/**
 * The entries of the library's ABIs that a version does not compile, each with the reason: the ABIs hold what any
 * version can answer or raise, and every other entry must be in every version with the same signature.
 */
const absentIn: Record<ContractsVersion, string[]> = {
  'v29.4': [
    // new in v31 (Mailbox.sol:580, Getters.sol:253, L1StateTransitionErrors.sol:24 at 4859b6fd)
    'function depositsPaused()',
    'function getZKsyncOS()',
    'error DepositsPaused()',
    // new in zkos-v0.30.2 (TransactionValidator.sol:43 at 9ddc915c)
    'error ZeroGasPriceL1TxZKsyncOS()',
    // DepositDoesNotExist() gains the stored and computed hashes in v31 (L1Nullifier.sol:415 at 4859b6fd)
    'error DepositDoesNotExist(bytes32,bytes32)',
    // the L1MessageRoot checks proofs only from v31
    'error BatchZeroNotAllowed()',
    'error InvalidSettlementLayerForBatch(uint256,uint256,uint256)',
  ],
  'zkos-v0.30.2': [
    'function depositsPaused()',
    'function getZKsyncOS()',
    'error DepositsPaused()',
    'error DepositDoesNotExist(bytes32,bytes32)',
    'error BatchZeroNotAllowed()',
    'error InvalidSettlementLayerForBatch(uint256,uint256,uint256)',
    // removed from the Bridgehub (L1Bridgehub has no onlyL1 any more)
    'error NotL1(uint256,uint256)',
  ],
  v31: [
    'error ZeroGasPriceL1TxZKsyncOS()',
    'error DepositDoesNotExist()',
    'error NotL1(uint256,uint256)',
    'error NotCurrentSL(uint256,uint256)',
    // proofs moved to the L1MessageRoot (Mailbox.sol:266-285 at 4859b6fd): these leave the diamond
    'error BatchNotExecuted(uint256)',
    'error HashedLogIsDefault()',
    'error InvalidProofLengthForFinalNode()',
    'error LocalRootIsZero()',
    'error LocalRootMustBeZero()',
    'error MerkleIndexOutOfBounds()',
    'error MerklePathEmpty()',
    'error MerklePathOutOfBounds()',
    'error UnsupportedProofMetadataVersion(uint256)',
    // the vault's balance checks moved to the L1AssetTracker
    'error InsufficientChainBalance()',
    'error WrongAmountTransferred(uint256,uint256)',
    'error ZeroAmountToTransfer()',
    'error EthTransferFailed()',
  ],
}

describe.each(CONTRACTS_VERSIONS.filter((v) => existsSync(artifactsDir(v))))(
  'L1 ABI fragments against the era-contracts %s artifacts',
  (version) => {
    for (const [name, abi, perVersionArtifacts] of l1Abis)
      test(`every entry of ${name} is in ${perVersionArtifacts[version].join(' + ') || 'no artifact'} with the same signature, or listed as absent`, () => {
        const compiled = new Map(
          perVersionArtifacts[version]
            .flatMap((a) => readArtifact(a, version).abi)
            .map((item) => [key(item), signature(item)]),
        )
        for (const item of abi) {
          const absent = perVersionArtifacts[version].length === 0 || absentIn[version].includes(key(item))
          expect.soft(absent ? undefined : signature(item), key(item)).toBe(compiled.get(key(item)))
        }
        expect(new Set(abi.map(key)).size, 'no duplicate entries').toBe(abi.length)
      })
  },
)

test('every entry listed as absent in a version is an entry of the library’s ABIs', () => {
  const keys = new Set(l1Abis.flatMap(([, abi]) => abi.map(key)))
  for (const version of CONTRACTS_VERSIONS) for (const k of absentIn[version]) expect.soft(keys.has(k), k).toBe(true)
})

describe('L1 ABI fragments are identical to the compiled era-contracts v29.4', () => {
  test('erc20Abi is viem’s and covers what the library calls, as the testnet token compiles it', () => {
    expect(erc20Abi).toBe(viemErc20Abi)
    const compiled = new Map(artifactAbi('TestnetERC20Token').map((item) => [key(item), signature(item)]))
    const used = ['approve', 'allowance', 'balanceOf', 'decimals', 'symbol', 'name', 'transfer', 'transferFrom']
    for (const fn of used) {
      const item = erc20Abi.find((i) => i.type === 'function' && i.name === fn)
      expect(item, fn).toBeDefined()
      expect(signature(item!)).toBe(compiled.get(key(item!)))
    }
  })

  test('selectors match the ones written in the protocol notes', () => {
    const selectors: [Abi, string, string][] = [
      [bridgehubAbi, 'requestL2TransactionDirect', '0xd52471c1'],
      [bridgehubAbi, 'requestL2TransactionTwoBridges', '0x24fd57fb'],
      [bridgehubAbi, 'l2TransactionBaseCost', '0x71623274'],
      [bridgehubAbi, 'assetRouter', '0xbc0aac10'],
      [bridgehubAbi, 'getZKChain', '0xe680c4c1'],
      [bridgehubAbi, 'baseToken', '0x59ec65a2'],
      [bridgehubAbi, 'baseTokenAssetId', '0xe52db4ca'],
      [bridgehubAbi, 'proveL2MessageInclusion', '0x99c16d1a'],
      [bridgehubAbi, 'proveL1ToL2TransactionStatus', '0xb292f5f1'],
      [l1AssetRouterAbi, 'L1_NULLIFIER', '0xe60ccaba'],
      [l1AssetRouterAbi, 'nativeTokenVault', '0x64e130cf'],
      [l1AssetRouterAbi, 'finalizeWithdrawal', '0xc87325f1'],
      [l1AssetRouterAbi, 'isWithdrawalFinalized', '0x8f31f052'],
      [l1NullifierAbi, 'finalizeDeposit', '0x74beea82'],
      [l1NullifierAbi, 'isWithdrawalFinalized', '0x8f31f052'],
      [l1NullifierAbi, 'bridgeRecoverFailedTransfer', '0x3601e63e'],
      [l1NullifierAbi, 'claimFailedDeposit', '0xc0991525'],
      [l1NullifierAbi, 'depositHappened', '0x9fa8826b'],
      [l1NullifierAbi, 'encodeTxDataHash', '0xf120e6c4'],
      [l1NativeTokenVaultAbi, 'assetId', '0xfd3f60df'],
      [l1NativeTokenVaultAbi, 'tokenAddress', '0x97bb3ce9'],
      [l1NativeTokenVaultAbi, 'ensureTokenIsRegistered', '0x19a2a285'],
      [zkChainAbi, 'getTotalBatchesExecuted', '0xb8c2f66f'],
      [zkChainAbi, 'l2LogsRootHash', '0x9cd939e4'],
      [zkChainAbi, 'baseTokenGasPriceMultiplierNominator', '0xea6c029c'],
      [zkChainAbi, 'baseTokenGasPriceMultiplierDenominator', '0x1de72e34'],
    ]
    for (const [abi, fn, selector] of selectors) {
      const item = functionsOf(abi).find((i) => i.name === fn)!
      expect.soft(toFunctionSelector(item), fn).toBe(selector)
    }
  })
})

describe('L2 ABI fragments (no artifact) match the selectors of the protocol notes', () => {
  const functions: [Abi, string, string][] = [
    [l2BaseTokenAbi, 'withdraw(address)', '0x51cff8d9'],
    [l2BaseTokenAbi, 'withdrawWithMessage(address,bytes)', '0x84bc3eb0'],
    [l2BaseTokenAbi, 'balanceOf(uint256)', '0x9cc7f708'],
    [l2AssetRouterAbi, 'withdraw(bytes32,bytes)', '0x4a2e35ba'],
    [l2AssetRouterAbi, 'withdraw(address,address,uint256)', '0xd9caed12'],
    [l2AssetRouterAbi, 'l2TokenAddress(address)', '0xf5f15168'],
    [l2AssetRouterAbi, 'finalizeDeposit(address,address,address,uint256,bytes)', '0xcfe7af7c'],
    [l2AssetRouterAbi, 'finalizeDeposit(uint256,bytes32,bytes)', '0x9c884fd1'],
    [l2NativeTokenVaultAbi, 'assetId(address)', '0xfd3f60df'],
    [l2NativeTokenVaultAbi, 'tokenAddress(bytes32)', '0x97bb3ce9'],
  ]
  test.each(functions)('%#: %s has selector %s', (abi, sig, selector) => {
    const items = functionBySignature(abi, sig)
    expect(items).toHaveLength(1)
    expect(toFunctionSelector(items[0]!)).toBe(selector)
  })

  const events: [Abi, string, string][] = [
    [l1MessengerAbi, 'L1MessageSent', '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241'],
    [l2BaseTokenAbi, 'Withdrawal', '0x2717ead6'],
    [l2BaseTokenAbi, 'WithdrawalWithMessage', '0xc405fe89'],
    [l2AssetRouterAbi, 'WithdrawalInitiatedAssetRouter', '0x55362fc6'],
    [l2AssetRouterAbi, 'DepositFinalizedAssetRouter', '0x44eb9a84'],
  ]
  test.each(events)('%#: event %s has topic %s…', (abi, name, topic) => {
    expect(toEventSelector(eventOf(abi, name)).startsWith(topic)).toBe(true)
  })

  test('the L2 ERC-20 withdraw is not payable and the base-token withdraw is', () => {
    for (const item of l2AssetRouterAbi) if (item.name === 'withdraw') expect(item.stateMutability).toBe('nonpayable')
    expect(l2BaseTokenAbi.find((i) => i.name === 'withdraw')?.stateMutability).toBe('payable')
  })
})

describe('topic and selector constants agree with the ABIs', () => {
  const topicOf = (abi: Abi, name: string) => toEventSelector(eventOf(abi, name))

  test('event topics', () => {
    expect(NEW_PRIORITY_REQUEST_TOPIC).toBe(topicOf(zkChainAbi, 'NewPriorityRequest'))
    expect(NEW_PRIORITY_REQUEST_ID_TOPIC).toBe(topicOf(zkChainAbi, 'NewPriorityRequestId'))
    expect(L1_MESSAGE_SENT_TOPIC).toBe(topicOf(l1MessengerAbi, 'L1MessageSent'))
    expect(BRIDGEHUB_DEPOSIT_INITIATED_TOPIC).toBe(topicOf(l1AssetRouterAbi, 'BridgehubDepositInitiated'))
    expect(BRIDGEHUB_DEPOSIT_BASE_TOKEN_INITIATED_TOPIC).toBe(
      topicOf(l1AssetRouterAbi, 'BridgehubDepositBaseTokenInitiated'),
    )
    expect(BRIDGEHUB_DEPOSIT_FINALIZED_TOPIC).toBe(topicOf(l1NullifierAbi, 'BridgehubDepositFinalized'))
  })

  test('withdrawal message selectors are the L1 functions the messages are named after', () => {
    const selectorOf = (artifact: string, sig: string) =>
      toFunctionSelector(functionBySignature(artifactAbi(artifact), sig)[0]!)
    expect(BASE_TOKEN_WITHDRAWAL_SELECTOR).toBe(
      selectorOf('MailboxFacet', 'finalizeEthWithdrawal(uint256,uint256,uint16,bytes,bytes32[])'),
    )
    expect(ASSET_ROUTER_WITHDRAWAL_SELECTOR).toBe(selectorOf('L1AssetRouter', 'finalizeDeposit(uint256,bytes32,bytes)'))
    expect(LEGACY_ERC20_WITHDRAWAL_SELECTOR).toBe(
      selectorOf('L1ERC20Bridge', 'finalizeWithdrawal(uint256,uint256,uint16,bytes,bytes32[])'),
    )
  })
})

describe('the L1 contracts reader', () => {
  test('the committed creation bytecode is what its source compiles to (npm run build:reader)', () => {
    expect(compileReader().bytecode).toBe(l1ContractsReaderBytecode)
  })
})
