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
  l1CustomBridgeAbi,
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
import { readArtifact } from './harness/artifacts.js'

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

const l1Abis: [string, Abi, string[]][] = [
  ['bridgehubAbi', bridgehubAbi, ['Bridgehub']],
  ['l1AssetRouterAbi', l1AssetRouterAbi, ['L1AssetRouter']],
  ['l1NullifierAbi', l1NullifierAbi, ['L1Nullifier']],
  ['l1NativeTokenVaultAbi', l1NativeTokenVaultAbi, ['L1NativeTokenVault']],
  ['zkChainAbi', zkChainAbi, ['MailboxFacet', 'GettersFacet']],
  ['multicall3Abi', multicall3Abi, ['Multicall3']],
  ['l1CustomBridgeAbi', l1CustomBridgeAbi, ['CustomBridge']],
]

describe('L1 ABI fragments are identical to the compiled era-contracts v29.4', () => {
  for (const [name, abi, artifacts] of l1Abis)
    test(`every entry of ${name} is in ${artifacts.join(' + ')} with the same signature`, () => {
      const compiled = new Map(artifacts.flatMap((a) => artifactAbi(a)).map((item) => [key(item), signature(item)]))
      for (const item of abi) expect.soft(signature(item), key(item)).toBe(compiled.get(key(item)))
      expect(new Set(abi.map(key)).size, 'no duplicate entries').toBe(abi.length)
    })

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
