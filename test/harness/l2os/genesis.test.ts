import {
  type Address,
  concatHex,
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeErrorResult,
  decodeEventLog,
  defineChain,
  encodeAbiParameters,
  encodeFunctionData,
  encodePacked,
  getAddress,
  getContractAddress,
  type Hex,
  http,
  keccak256,
  type Log,
  pad,
  parseAbi,
  parseEther,
  size,
  slice,
  toHex,
  zeroHash,
} from 'viem'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Anvil, startAnvil } from '../anvil.js'
import { accounts } from '../constants.js'
import {
  installZksyncOsL2,
  L1_MESSENGER_ADDRESS,
  L2_ASSET_ROUTER_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  L2_NATIVE_TOKEN_VAULT_ADDRESS,
  readZksyncOsArtifact,
  type ZksyncOsL2,
} from './genesis.js'

// Values of the harness's L1 deployment (test/harness/fixtures/deployment.json), written out so that this
// test proves the L2 layer alone.
const L1_CHAIN_ID = 31337n
const L2_CHAIN_ID = 273n
const ERA_CHAIN_ID = 9n
const L1_ASSET_ROUTER: Address = '0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6'
const ETH_TOKEN_ADDRESS: Address = '0x0000000000000000000000000000000000000001'
/** An L1 ERC-20 (any address: L2 never calls it). */
const L1_TOKEN: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'

/** The alias computed here by hand, so a wrong alias in the genesis helper cannot hide itself. */
const ALIASED_L1_ASSET_ROUTER = getAddress(
  toHex((BigInt(L1_ASSET_ROUTER) + 0x1111000000000000000000000000000000001111n) % 2n ** 160n, { size: 20 }),
)

/** `DataEncoding.encodeNTVAssetId(chainId, token)` = keccak256(abi.encode(chainId, L2_NATIVE_TOKEN_VAULT_ADDR, token)). */
const ntvAssetId = (chainId: bigint, token: Address) =>
  keccak256(
    encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [chainId, '0x0000000000000000000000000000000000010004', token],
    ),
  )

const routerAbi = readZksyncOsArtifact('L2AssetRouter').abi
const vaultAbi = readZksyncOsArtifact('L2NativeTokenVaultZKOS').abi
const beaconProxyBytecode = readZksyncOsArtifact('BeaconProxy').bytecode
const eventsAbi = parseAbi([
  'event L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message)',
  'event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount)',
  'event WithdrawalWithMessage(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount, bytes _additionalData)',
])
const tokenAbi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function l1Address() view returns (address)',
  'function assetId() view returns (bytes32)',
])
const ownableAbi = parseAbi([
  'function owner() view returns (address)',
  'function implementation() view returns (address)',
])

const l2Chain = defineChain({
  id: Number(L2_CHAIN_ID),
  name: 'ZKsync OS L2 (anvil)',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['http://127.0.0.1'] } },
})

/** `DataEncoding.encodeTokenData(chainId, abi.encode(name), abi.encode(symbol), abi.encode(decimals))`, as the L1 NTV sends it. */
const erc20Metadata = concatHex([
  '0x01',
  encodeAbiParameters(
    [{ type: 'uint256' }, { type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }],
    [
      L1_CHAIN_ID,
      encodeAbiParameters([{ type: 'string' }], ['Harness Token']),
      encodeAbiParameters([{ type: 'string' }], ['HTK']),
      encodeAbiParameters([{ type: 'uint8' }], [6]),
    ],
  ),
])

/** `DataEncoding.encodeBridgeMintData(originalCaller, receiver, originToken, amount, erc20Metadata)`. */
const bridgeMintData = (originalCaller: Address, receiver: Address, amount: bigint) =>
  encodeAbiParameters(
    [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
    [originalCaller, receiver, L1_TOKEN, amount, erc20Metadata],
  )

/** The one log of `event` emitted by `address`, with its raw topics and data. */
function onlyLog(logs: Log[], address: Address, topic0: Hex): Log {
  const found = logs.filter((l) => getAddress(l.address) === getAddress(address) && l.topics[0] === topic0)
  expect(found).toHaveLength(1)
  return found[0]!
}

const L1_MESSAGE_SENT = keccak256(toHex('L1MessageSent(address,bytes32,bytes)'))

describe('ZKsync OS L2 genesis on anvil (era-contracts zkos-v0.30.2)', () => {
  let anvil: Anvil
  let l2: ZksyncOsL2
  let installMs: number
  const transport = () => http(anvil.rpcUrl)
  const anvilClient = () => createTestClient({ mode: 'anvil', chain: l2Chain, transport: transport() })
  const pub = () => createPublicClient({ chain: l2Chain, transport: transport(), pollingInterval: 10 })
  const wallet = () => createWalletClient({ chain: l2Chain, transport: transport() })
  const assetId = ntvAssetId(L1_CHAIN_ID, L1_TOKEN)
  const baseTokenAssetId = ntvAssetId(L1_CHAIN_ID, ETH_TOKEN_ADDRESS)
  /** The bridged token's address, derived here from the beacon and the CREATE2 rule of `L2NativeTokenVaultZKOS`. */
  let expectedL2Token: Address

  beforeAll(async () => {
    anvil = await startAnvil({ chainId: L2_CHAIN_ID })
    const started = performance.now()
    l2 = await installZksyncOsL2(anvilClient(), {
      l1ChainId: L1_CHAIN_ID,
      l2ChainId: L2_CHAIN_ID,
      eraChainId: ERA_CHAIN_ID,
      l1AssetRouter: L1_ASSET_ROUTER,
      baseTokenAssetId,
      l1Governance: accounts.deployer,
    })
    installMs = performance.now() - started
    expectedL2Token = getContractAddress({
      opcode: 'CREATE2',
      from: L2_NATIVE_TOKEN_VAULT_ADDRESS,
      salt: pad(L1_TOKEN),
      bytecode: concatHex([
        beaconProxyBytecode,
        encodeAbiParameters([{ type: 'address' }, { type: 'bytes' }], [l2.bridgedTokenBeacon, '0x']),
      ]),
    })
  })
  afterAll(async () => {
    await anvil?.stop()
  })

  /** Sends `data` to `to` as `from` (impersonated), returns the receipt. */
  async function sendAs(from: Address, to: Address, data: Hex, value = 0n) {
    await anvilClient().impersonateAccount({ address: from })
    await anvilClient().setBalance({ address: from, value: parseEther('10') + value })
    const hash = await wallet().sendTransaction({ account: from, to, data, value, chain: l2Chain })
    await anvilClient().stopImpersonatingAccount({ address: from })
    return pub().waitForTransactionReceipt({ hash })
  }

  test('genesis initializes the router, the vault and the token beacon as the genesis upgrade does', async () => {
    console.info(`installZksyncOsL2 took ${installMs.toFixed(0)} ms`)
    const c = pub()
    const read = (address: Address, abi: typeof routerAbi, functionName: string) =>
      c.readContract({ address, abi, functionName })
    expect(await read(L2_ASSET_ROUTER_ADDRESS, routerAbi, 'L1_CHAIN_ID')).toBe(L1_CHAIN_ID)
    expect(await read(L2_ASSET_ROUTER_ADDRESS, routerAbi, 'ERA_CHAIN_ID')).toBe(ERA_CHAIN_ID)
    expect(await read(L2_ASSET_ROUTER_ADDRESS, routerAbi, 'L1_ASSET_ROUTER')).toBe(L1_ASSET_ROUTER)
    expect(await read(L2_ASSET_ROUTER_ADDRESS, routerAbi, 'BASE_TOKEN_ASSET_ID')).toBe(baseTokenAssetId)
    expect(await read(L2_ASSET_ROUTER_ADDRESS, routerAbi, 'BRIDGE_HUB')).toBe(
      '0x0000000000000000000000000000000000010002',
    )
    // initL2 registers the vault as the base token's handler
    expect(
      await c.readContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: routerAbi,
        functionName: 'assetHandlerAddress',
        args: [baseTokenAssetId],
      }),
    ).toBe(L2_NATIVE_TOKEN_VAULT_ADDRESS)
    expect(await read(L2_NATIVE_TOKEN_VAULT_ADDRESS, vaultAbi, 'L1_CHAIN_ID')).toBe(L1_CHAIN_ID)
    expect(await read(L2_NATIVE_TOKEN_VAULT_ADDRESS, vaultAbi, 'BASE_TOKEN_ASSET_ID')).toBe(baseTokenAssetId)
    expect(await read(L2_NATIVE_TOKEN_VAULT_ADDRESS, vaultAbi, 'bridgedTokenBeacon')).toBe(l2.bridgedTokenBeacon)
    expect(
      await c.readContract({ address: l2.bridgedTokenBeacon, abi: ownableAbi, functionName: 'implementation' }),
    ).toBe(l2.bridgedTokenImplementation)
    const aliasedGovernance = getAddress(
      toHex((BigInt(accounts.deployer) + 0x1111000000000000000000000000000000001111n) % 2n ** 160n, { size: 20 }),
    )
    expect(l2.aliasedL1Governance).toBe(aliasedGovernance)
    for (const owned of [L2_ASSET_ROUTER_ADDRESS, L2_NATIVE_TOKEN_VAULT_ADDRESS, l2.bridgedTokenBeacon])
      expect(await c.readContract({ address: owned, abi: ownableAbi, functionName: 'owner' })).toBe(aliasedGovernance)
    expect(size((await c.getCode({ address: l2.bridgedTokenImplementation })) ?? '0x')).toBeGreaterThan(1000)
    // the stand-ins and the real contracts carry the compiled runtime code
    expect(await c.getCode({ address: L1_MESSENGER_ADDRESS })).toBe(
      readZksyncOsArtifact('L1MessengerStandIn').deployedBytecode,
    )
    expect(await c.getCode({ address: L2_BASE_TOKEN_ADDRESS })).toBe(
      readZksyncOsArtifact('L2BaseTokenStandIn').deployedBytecode,
    )
    // the genesis upgrader leaves nothing behind
    expect(await c.getBalance({ address: '0x000000000000000000000000000000000000800f' })).toBe(0n)
    // before the first deposit the router already answers the address the vault will deploy to
    expect(
      await c.readContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: routerAbi,
        functionName: 'l2TokenAddress',
        args: [L1_TOKEN],
      }),
    ).toBe(expectedL2Token)
  })

  test('(d) finalizeDeposit from a sender that is not the aliased L1AssetRouter reverts InvalidCaller', async () => {
    const data = encodeFunctionData({
      abi: routerAbi,
      functionName: 'finalizeDeposit',
      args: [L1_CHAIN_ID, assetId, bridgeMintData(accounts.alice, accounts.bob, 1n)],
    })
    for (const sender of [L1_ASSET_ROUTER, accounts.alice]) {
      const error = await pub()
        .call({ account: sender, to: L2_ASSET_ROUTER_ADDRESS, data })
        .then(
          () => undefined,
          (e) => e,
        )
      expect(error).toBeDefined()
      const raw = (error.walk?.((e: any) => typeof e?.data === 'string')?.data ?? error.data) as Hex
      const decoded = decodeErrorResult({ abi: routerAbi, data: raw })
      expect(decoded.errorName).toBe('InvalidCaller')
      expect(decoded.args).toEqual([sender])
    }
    // the same call as the alias goes through (so the refusal above was about the sender)
    await expect(
      pub().call({ account: ALIASED_L1_ASSET_ROUTER, to: L2_ASSET_ROUTER_ADDRESS, data }),
    ).resolves.toBeDefined()
  })

  test('(a) finalizeDeposit from the aliased L1AssetRouter deploys the bridged token and credits the receiver', async () => {
    const amount = 1_234_567n
    const receipt = await sendAs(
      ALIASED_L1_ASSET_ROUTER,
      L2_ASSET_ROUTER_ADDRESS,
      encodeFunctionData({
        abi: routerAbi,
        functionName: 'finalizeDeposit',
        args: [L1_CHAIN_ID, assetId, bridgeMintData(accounts.alice, accounts.bob, amount)],
      }),
    )
    expect(receipt.status).toBe('success')
    const c = pub()
    const vault = (functionName: string, args: readonly unknown[]) =>
      c.readContract({ address: L2_NATIVE_TOKEN_VAULT_ADDRESS, abi: vaultAbi, functionName, args })
    expect(await vault('l2TokenAddress', [L1_TOKEN])).toBe(expectedL2Token)
    expect(await vault('tokenAddress', [assetId])).toBe(expectedL2Token)
    expect(await vault('assetId', [expectedL2Token])).toBe(assetId)
    expect(await vault('originChainId', [assetId])).toBe(L1_CHAIN_ID)
    expect(
      await c.readContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: routerAbi,
        functionName: 'l1TokenAddress',
        args: [expectedL2Token],
      }),
    ).toBe(L1_TOKEN)
    const token = (functionName: any, args: readonly any[] = []) =>
      c.readContract({ address: expectedL2Token, abi: tokenAbi, functionName, args } as any)
    expect(await token('balanceOf', [accounts.bob])).toBe(amount)
    expect(await token('balanceOf', [accounts.alice])).toBe(0n)
    expect(await token('totalSupply')).toBe(amount)
    expect(await token('name')).toBe('Harness Token')
    expect(await token('symbol')).toBe('HTK')
    expect(await token('decimals')).toBe(6)
    expect(await token('l1Address')).toBe(L1_TOKEN)
    expect(await token('assetId')).toBe(assetId)
  })

  test('(b) withdraw on the router burns and sends the L1 finalizeDeposit message from 0x10003 through 0x8008', async () => {
    const c = pub()
    const before = (await c.readContract({
      address: expectedL2Token,
      abi: tokenAbi,
      functionName: 'balanceOf',
      args: [accounts.bob],
    })) as bigint
    expect(before).toBeGreaterThan(0n)
    const amount = 1_000_000n
    const l1Receiver = accounts.carol
    // `DataEncoding.encodeBridgeBurnData(amount, remoteReceiver, maybeTokenAddress)`
    const burnData = encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [amount, l1Receiver, expectedL2Token],
    )
    const data = encodeFunctionData({ abi: routerAbi, functionName: 'withdraw', args: [assetId, burnData] })
    const expectedMessage = encodePacked(
      ['bytes4', 'uint256', 'bytes32', 'bytes'],
      ['0x9c884fd1', L2_CHAIN_ID, assetId, bridgeMintData(accounts.bob, l1Receiver, amount)],
    )
    // withdraw returns the message hash from the messenger
    const { data: returned } = await c.call({ account: accounts.bob, to: L2_ASSET_ROUTER_ADDRESS, data })
    expect(returned).toBe(keccak256(expectedMessage))

    const hash = await wallet().sendTransaction({
      account: accounts.bob,
      to: L2_ASSET_ROUTER_ADDRESS,
      data,
      chain: l2Chain,
    })
    const receipt = await c.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    const log = onlyLog(receipt.logs, L1_MESSENGER_ADDRESS, L1_MESSAGE_SENT)
    expect(log.topics[1]).toBe(pad(L2_ASSET_ROUTER_ADDRESS).toLowerCase())
    expect(log.topics[2]).toBe(keccak256(expectedMessage))
    const message = decodeEventLog({ abi: eventsAbi, eventName: 'L1MessageSent', ...log }).args._message
    expect(message).toBe(expectedMessage)
    expect(slice(message, 0, 4)).toBe('0x9c884fd1')
    expect(
      await c.readContract({
        address: expectedL2Token,
        abi: tokenAbi,
        functionName: 'balanceOf',
        args: [accounts.bob],
      }),
    ).toBe(before - amount)
    expect(await c.readContract({ address: expectedL2Token, abi: tokenAbi, functionName: 'totalSupply' })).toBe(
      before - amount,
    )
  })

  test('(c) withdraw(address) on 0x800a sends 0x6c0960f9 ‖ receiver ‖ amount from 0x800a and keeps the value', async () => {
    const c = pub()
    const value = parseEther('1.5')
    const l1Receiver = accounts.alice
    const baseTokenAbi = readZksyncOsArtifact('L2BaseTokenStandIn').abi
    const sinkBefore = await c.getBalance({ address: L2_BASE_TOKEN_ADDRESS })
    const senderBefore = await c.getBalance({ address: accounts.carol })
    const hash = await wallet().sendTransaction({
      account: accounts.carol,
      to: L2_BASE_TOKEN_ADDRESS,
      data: encodeFunctionData({ abi: baseTokenAbi, functionName: 'withdraw', args: [l1Receiver] }),
      value,
      chain: l2Chain,
    })
    const receipt = await c.waitForTransactionReceipt({ hash })
    expect(receipt.status).toBe('success')
    const expectedMessage = encodePacked(['bytes4', 'address', 'uint256'], ['0x6c0960f9', l1Receiver, value])
    expect(size(expectedMessage)).toBe(56)
    const log = onlyLog(receipt.logs, L1_MESSENGER_ADDRESS, L1_MESSAGE_SENT)
    expect(log.topics[1]).toBe(pad(L2_BASE_TOKEN_ADDRESS).toLowerCase())
    expect(log.topics[2]).toBe(keccak256(expectedMessage))
    expect(decodeEventLog({ abi: eventsAbi, eventName: 'L1MessageSent', ...log }).args._message).toBe(expectedMessage)
    const withdrawal = onlyLog(
      receipt.logs,
      L2_BASE_TOKEN_ADDRESS,
      keccak256(toHex('Withdrawal(address,address,uint256)')),
    )
    expect(decodeEventLog({ abi: eventsAbi, eventName: 'Withdrawal', ...withdrawal }).args).toEqual({
      _l2Sender: accounts.carol,
      _l1Receiver: l1Receiver,
      _amount: value,
    })
    // the L1MessageSent comes before the Withdrawal, as in the hook
    expect(log.logIndex!).toBeLessThan(withdrawal.logIndex!)
    expect(await c.getBalance({ address: L2_BASE_TOKEN_ADDRESS })).toBe(sinkBefore + value)
    const gas = receipt.gasUsed * receipt.effectiveGasPrice
    expect(await c.getBalance({ address: accounts.carol })).toBe(senderBefore - value - gas)
  })

  test('withdrawWithMessage on 0x800a appends the L2 sender and the data; a plain transfer to 0x800a fails', async () => {
    const c = pub()
    const value = 777n
    const extra: Hex = '0xdeadbeef01'
    const hash = await wallet().sendTransaction({
      account: accounts.carol,
      to: L2_BASE_TOKEN_ADDRESS,
      data: encodeFunctionData({
        abi: readZksyncOsArtifact('L2BaseTokenStandIn').abi,
        functionName: 'withdrawWithMessage',
        args: [accounts.bob, extra],
      }),
      value,
      chain: l2Chain,
    })
    const receipt = await c.waitForTransactionReceipt({ hash })
    const log = onlyLog(receipt.logs, L1_MESSENGER_ADDRESS, L1_MESSAGE_SENT)
    const expected = encodePacked(
      ['bytes4', 'address', 'uint256', 'address', 'bytes'],
      ['0x6c0960f9', accounts.bob, value, accounts.carol, extra],
    )
    expect(log.topics[1]).toBe(pad(L2_BASE_TOKEN_ADDRESS).toLowerCase())
    expect(log.topics[2]).toBe(keccak256(expected))
    await expect(c.call({ account: accounts.carol, to: L2_BASE_TOKEN_ADDRESS, value: 1n })).rejects.toThrow()
  })

  test('sendToL1 on 0x8008 from any caller returns keccak256(message) and names the caller; a loose encoding reverts', async () => {
    const c = pub()
    const message: Hex = '0x0102030405'
    const data = encodeFunctionData({
      abi: readZksyncOsArtifact('L1MessengerStandIn').abi,
      functionName: 'sendToL1',
      args: [message],
    })
    expect((await c.call({ account: accounts.alice, to: L1_MESSENGER_ADDRESS, data })).data).toBe(keccak256(message))
    // offset 64 instead of 32: valid ABI, but the hook accepts only the strict encoding
    const loose = concatHex([slice(data, 0, 4), pad(toHex(64)), zeroHash, slice(data, 36)])
    await expect(c.call({ account: accounts.alice, to: L1_MESSENGER_ADDRESS, data: loose })).rejects.toThrow()
    await expect(c.call({ account: accounts.alice, to: L1_MESSENGER_ADDRESS, data, value: 1n })).rejects.toThrow()
  })

  test('finalizeDeposit of the base token asset is refused even from the aliased L1AssetRouter', async () => {
    const error = await pub()
      .call({
        account: ALIASED_L1_ASSET_ROUTER,
        to: L2_ASSET_ROUTER_ADDRESS,
        data: encodeFunctionData({
          abi: routerAbi,
          functionName: 'finalizeDeposit',
          args: [L1_CHAIN_ID, baseTokenAssetId, bridgeMintData(accounts.alice, accounts.bob, 1n)],
        }),
      })
      .then(
        () => undefined,
        (e) => e,
      )
    const raw = (error?.walk?.((e: any) => typeof e?.data === 'string')?.data ?? error?.data) as Hex
    const decoded = decodeErrorResult({ abi: routerAbi, data: raw })
    expect(decoded.errorName).toBe('AssetIdNotSupported')
    expect(decoded.args).toEqual([baseTokenAssetId])
  })
})
