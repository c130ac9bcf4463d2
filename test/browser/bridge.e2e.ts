/**
 * `npm run test:browser`: the example dapp (examples/bridge) as a user meets it. The world of the demo is started (an
 * L1 anvil with the committed contracts, the simulated L2 nodes), the example is built for production with
 * `vite build` and served with a `config.json` naming those chains, and headless Chromium (the system's, driven by
 * playwright-core) opens it with a test wallet injected as `window.ethereum` that signs in Node. The test clicks
 * through an ETH deposit, an ERC-20 deposit with its approval, a withdrawal followed to readiness while the operator
 * settles its batch, and its finalization on L1; two typed errors on the way. It asserts what the page shows and the
 * balances on both chains read in Node, saves a screenshot of each step (test/browser/screenshots/), and fails on any
 * uncaught page error or console error. Not part of `npm test`: it needs Chromium (`CHROMIUM_PATH`, default
 * /usr/bin/chromium).
 */
import assert from 'node:assert/strict'
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import {
  type Address,
  createPublicClient,
  erc20Abi,
  formatEther,
  type Hash,
  http,
  isAddressEqual,
  type PublicClient,
  parseEther,
} from 'viem'
import { startWorld, type World } from '../../examples/demo/world.js'
import { accounts, privateKeys } from '../harness/constants.js'
import { buildExample } from './build.js'
import { type ExampleServer, serveExample } from './server.js'
import { createTestWallet, type TestWallet } from './wallet.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const screenshotDir = join(root, 'test/browser/screenshots')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** the whole run, world and build included, must stay under 3 minutes on 2 cores */
const DEADLINE = 170_000

const alice = accounts.alice

test('the example dapp in headless Chromium: deposits, a withdrawal and its finalization', {
  timeout: DEADLINE,
}, async () => {
  const started = Date.now()
  const stops: (() => Promise<unknown>)[] = []
  const stopAll = () =>
    Promise.allSettled(
      stops
        .splice(0)
        .reverse()
        .map((stop) => stop()),
    )
  // a run that hangs past the deadline still leaves no browser, server or anvil behind
  const guard = setTimeout(() => void stopAll(), DEADLINE + 5_000)
  guard.unref()
  try {
    await rm(screenshotDir, { recursive: true, force: true })
    await mkdir(screenshotDir, { recursive: true })

    const [worldStart, building] = await Promise.allSettled([startWorld(), buildExample(join(root, 'examples/bridge'))])
    if (worldStart.status === 'fulfilled') stops.push(worldStart.value.stop)
    if (worldStart.status === 'rejected') throw worldStart.reason
    if (building.status === 'rejected') throw building.reason
    const world = worldStart.value
    const built = building.value
    console.log(
      `# example bundle (vite build): ${built.js.map((f) => `${f.file} ${f.bytes} B, ${f.gzip} B gzip -9`).join('; ')}; ` +
        `total ${(built.gzip / 1000).toFixed(1)} kB gzip -9`,
    )
    const { deployment } = world
    const nodes = [
      { key: 'eth', node: world.nodes.eth, name: 'Era, ETH base', symbol: 'ETH' },
      { key: 'custom', node: world.nodes.custom, name: 'Era, BTB base', symbol: 'BTB' },
      { key: 'zksync-os', node: world.nodes['zksync-os'], name: 'ZKsync OS, ETH base', symbol: 'ETH' },
    ] as const
    const server = await serveExample({
      dir: built.dir,
      rpc: Object.fromEntries([['l1', world.l1RpcUrl], ...nodes.map((n) => [n.key, n.node.rpcUrl])]),
      config: (rpcUrl) => ({
        l1: { id: deployment.l1ChainId, name: 'L1 (anvil)', rpcUrl: rpcUrl('l1'), multicall3: deployment.multicall3 },
        l2s: nodes.map((n) => ({
          id: n.node.chainId,
          name: n.name,
          rpcUrl: rpcUrl(n.key),
          bridgehub: deployment.bridgehub,
          vm: n.key === 'zksync-os' ? 'zksync-os' : 'era',
          nativeCurrency: { name: n.symbol, symbol: n.symbol, decimals: 18 },
        })),
        tokens: [
          { symbol: 'TST', decimals: 18, address: deployment.tokens.testToken },
          { symbol: 'BTB', decimals: 18, address: deployment.tokens.baseTokenB },
        ],
        pollingInterval: 100,
      }),
    })
    stops.push(server.close)

    const wallet = createTestWallet({
      privateKey: privateKeys.alice,
      l1: { chainId: deployment.l1ChainId, rpcUrl: world.l1RpcUrl },
      l2s: nodes.map((n) => ({ chainId: n.node.chainId, rpcUrl: n.node.rpcUrl })),
    })
    const browser = await chromium.launch({ executablePath }).catch((error: Error) => {
      throw new Error(
        `Chromium did not start from ${executablePath} (install Debian's chromium or set CHROMIUM_PATH)`,
        {
          cause: error,
        },
      )
    })
    stops.push(() => browser.close())
    await run({ world, server, wallet, browser })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`# done in ${seconds} s; example bundle ${(built.gzip / 1000).toFixed(1)} kB gzip -9`)
  } finally {
    clearTimeout(guard)
    await stopAll()
  }
})

async function run({
  world,
  server,
  wallet,
  browser,
}: {
  world: World
  server: ExampleServer
  wallet: TestWallet
  browser: Browser
}) {
  const { deployment } = world
  const era = world.nodes.eth
  const tst = deployment.tokens.testToken as Address
  const l1 = createPublicClient({ transport: http(world.l1RpcUrl) }) as PublicClient
  const l2 = createPublicClient({ transport: http(era.rpcUrl) }) as PublicClient
  const l2Tst = era.l2TokenAddress(tst)
  const tokenBalance = (client: PublicClient, token: Address) =>
    client.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [alice] })
  const balancesNow = async () => {
    const [l1Eth, l2Eth, l1Tst, l2TstBalance] = await Promise.all([
      l1.getBalance({ address: alice }),
      l2.getBalance({ address: alice }),
      tokenBalance(l1, tst),
      tokenBalance(l2, l2Tst).catch(() => 0n),
    ])
    return { l1Eth, l2Eth, l1Tst, l2Tst: l2TstBalance }
  }
  /** what a transaction the wallet sent cost in L1 ETH: its value and its gas */
  const l1Spent = async (hash: Hash) => {
    const [tx, receipt] = await Promise.all([l1.getTransaction({ hash }), l1.getTransactionReceipt({ hash })])
    assert.equal(receipt.status, 'success', `L1 transaction ${hash}`)
    return { value: tx.value, fee: receipt.gasUsed * receipt.effectiveGasPrice }
  }

  const context = await browser.newContext({ viewport: { width: 900, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  await page.exposeFunction('__testWallet', (request: { method: string; params?: unknown[] }) =>
    wallet.request(request),
  )
  await page.addInitScript({ path: join(root, 'test/browser/injectedProvider.js') })

  let shots = 0
  const step = async (name: string, body: () => Promise<void>) => {
    const started = Date.now()
    const file = `${String(++shots).padStart(2, '0')}-${name}.png`
    try {
      await body()
      assert.deepEqual(problems, [], `after "${name}"`)
    } catch (error) {
      await page.screenshot({ path: join(screenshotDir, `failed-${file}`), fullPage: true }).catch(() => {})
      throw error
    }
    await page.screenshot({ path: join(screenshotDir, file), fullPage: true })
    console.log(`# step ${name}: ${Date.now() - started} ms, screenshots/${file}`)
  }
  const text = (selector: string) =>
    page
      .locator(selector)
      .first()
      .textContent()
      .then((t) => t ?? '')
  const amountIn = (selector: string) =>
    page
      .locator(`${selector} .amount`)
      .first()
      .getAttribute('data-amount')
      .then((a) => BigInt(a ?? 'NaN'))
  /** waits until the page shows `expected` as the balance of `symbol` on L1 or L2 */
  const shownBalance = (symbol: string, side: 'l1' | 'l2', expected: bigint) =>
    page.waitForSelector(
      `#balances tr[data-symbol="${symbol}"] td[data-side="${side}"] .amount[data-amount="${expected}"]`,
    )
  const walletOn = async (chainId: number) => {
    assert.equal(wallet.chainId(), chainId)
    await page.waitForSelector(`#wallet-chain[data-chain-id="${chainId}"]`)
  }

  await step('loaded', async () => {
    await page.goto(server.url)
    await page.waitForSelector('#chain option[value="271"]', { state: 'attached' })
    assert.equal(await page.locator('#chain option').count(), 3)
    assert.deepEqual(await page.locator('#token option').allInnerTexts(), ['ETH', 'TST', 'BTB'])
    assert.equal(await page.locator('#quote').isDisabled(), true, 'no quote before a wallet is connected')
  })

  const start = await balancesNow()
  await step('connected', async () => {
    await page.click('#connect')
    await page.waitForSelector(`#account[data-address="${alice}"]`)
    await walletOn(deployment.l1ChainId)
    assert.match(await text('#wallet-chain'), /L1 \(anvil\)/)
    await page.selectOption('#chain', String(era.chainId))
    await shownBalance('ETH', 'l1', start.l1Eth)
    await shownBalance('TST', 'l1', start.l1Tst)
  })

  await step('typed-error-zero-amount', async () => {
    await page.fill('#deposit-amount', '0')
    await page.click('#quote')
    await page.waitForSelector('#error[data-name="InvalidDepositAmountError"]')
    const shown = await text('#error')
    assert.match(shown, /`amount` must be greater than zero\./)
    assert.match(shown, /amount: 0/)
    assert.match(shown, /Pass a positive amount/)
    assert.equal(
      await page.locator('#error a').getAttribute('href'),
      'https://www.npmjs.com/package/zksync-l1-actions#invaliddepositamounterror',
    )
  })

  // ---- ETH deposit
  const ethAmount = parseEther('2')
  await step('eth-quote', async () => {
    await page.fill('#deposit-amount', '2')
    await page.click('#quote')
    await page.waitForSelector('#quote-view[data-route="eth-base"]:not([hidden])')
    assert.equal(await page.locator('#error').isHidden(), true)
    assert.equal(await text('#quote-view dd[data-key="approvals"]'), 'none')
    const baseCost = await amountIn('#quote-view dd[data-key="base-cost"]')
    assert.ok(baseCost > 0n)
    // what leaves the account: the amount and the base cost as msg.value, and the L1 gas at the fee cap
    assert.ok((await amountIn('#quote-view dd[data-key="totals"]')) > ethAmount + baseCost)
    assert.equal(await text('#deposit'), 'Deposit')
  })
  await step('eth-deposited', async () => {
    const before = await balancesNow()
    const sentBefore = wallet.sent.length
    await page.click('#deposit')
    await page.waitForSelector('#deposit-status[data-status="l2-executed"]')
    assert.match(await text('#deposit-status'), /executed on L2/)
    assert.equal(await page.locator('#deposit-progress li[data-status="deposit-sent"]').count(), 1)
    const [deposit] = wallet.sent.slice(sentBefore)
    assert.equal(wallet.sent.length, sentBefore + 1, 'one transaction: the deposit')
    assert.ok(deposit && isAddressEqual(deposit.to!, deployment.bridgehub) && deposit.chainId === deployment.l1ChainId)
    const { value, fee } = await l1Spent(deposit.hash)
    const after = await balancesNow()
    assert.equal(before.l1Eth - after.l1Eth, value + fee, 'L1: the deposit value (amount + base cost) and its gas')
    assert.ok(value > ethAmount)
    // on L2 the amount arrives, plus what the L2 gas left of the base cost
    assert.ok(after.l2Eth - before.l2Eth >= ethAmount && after.l2Eth - before.l2Eth <= value)
    await shownBalance('ETH', 'l1', after.l1Eth)
    await shownBalance('ETH', 'l2', after.l2Eth)
  })

  // ---- ERC-20 deposit, its approval first
  const tstAmount = parseEther('10')
  await step('erc20-quote', async () => {
    await page.selectOption('#token', { label: 'TST' })
    await page.fill('#deposit-amount', '10')
    await page.click('#quote')
    await page.waitForSelector('#quote-view[data-route="erc20-base"]:not([hidden])')
    const approvals = page.locator('#quote-view dd[data-key="approvals"] li')
    assert.equal(await approvals.count(), 1)
    assert.equal(await approvals.locator('.amount').first().getAttribute('data-amount'), String(tstAmount))
    assert.match(
      await text('#quote-view dd[data-key="approvals"] li'),
      /^10 TST to the L1 native token vault \(allowed now: 0 TST\)$/,
    )
    assert.equal(await text('#deposit'), 'Approve TST, then deposit')
  })
  await step('erc20-deposited', async () => {
    const before = await balancesNow()
    const sentBefore = wallet.sent.length
    await page.click('#deposit')
    await page.waitForSelector('#deposit-status[data-status="l2-executed"]')
    assert.equal(await page.locator('#deposit-progress li[data-status="approval-sent"]').count(), 1)
    assert.equal(await page.locator('#deposit-progress li[data-status="deposit-sent"]').count(), 1)
    const [approval, deposit] = wallet.sent.slice(sentBefore)
    assert.equal(wallet.sent.length, sentBefore + 2, 'two transactions: the approval, then the deposit')
    assert.ok(approval && isAddressEqual(approval.to!, tst) && approval.data?.startsWith('0x095ea7b3'))
    assert.ok(deposit && isAddressEqual(deposit.to!, deployment.bridgehub))
    const after = await balancesNow()
    assert.equal(before.l1Tst - after.l1Tst, tstAmount)
    assert.equal(after.l2Tst - before.l2Tst, tstAmount)
    await shownBalance('TST', 'l1', after.l1Tst)
    await shownBalance('TST', 'l2', after.l2Tst)
  })

  // ---- withdrawal: a typed error first, then 1 ETH, followed while the operator settles its batch
  await step('typed-error-withdraw-too-much', async () => {
    await page.selectOption('#token', { label: 'ETH' })
    await page.fill('#withdraw-amount', '1000')
    await page.click('#withdraw')
    await page.waitForSelector('#error[data-name="InsufficientBalanceError"]')
    const shown = await text('#error')
    assert.match(shown, /^Insufficient L2 balance of 0x0{36}800A: \d+ short\./i)
    assert.match(shown, /You hold 2(\.\d+)? ETH on L2; this needs 1000 ETH\./)
    assert.match(shown, /needed: +1000000000000000000000/)
    // the wallet did not know the L2 yet: the page added it (4902, wallet_addEthereumChain) and switched to it
    const asked = wallet.log.map((r) => `${r.method}${r.error ? ` ${r.error}` : ''}`)
    assert.ok(asked.includes('wallet_switchEthereumChain 4902') && asked.includes('wallet_addEthereumChain'))
    await walletOn(era.chainId)
  })
  const ethWithdrawal = parseEther('1')
  const withdrawal = page.locator('#withdrawals > li').first()
  await step('withdrawal-sent', async () => {
    const before = await balancesNow()
    await page.fill('#withdraw-amount', '1')
    await page.click('#withdraw')
    await page.waitForSelector('#withdrawals > li[data-status="waiting-for-batch"]')
    assert.equal(await page.locator('#error').isHidden(), true)
    assert.match(await text('#withdrawals > li .status'), /Waiting for its batch/)
    const after = await balancesNow()
    // 1 ETH burnt on L2, and the L2 gas
    assert.ok(before.l2Eth - after.l2Eth > ethWithdrawal)
    await shownBalance('ETH', 'l2', after.l2Eth)
  })
  await step('withdrawal-batch-committed', async () => {
    // the operator's part: seal the batch and commit it on L1
    await era.sealBatch()
    await era.commitBatches()
    await page.waitForFunction(() =>
      document.querySelector('#withdrawals > li .status')?.textContent?.includes('committed on L1'),
    )
  })
  await step('withdrawal-ready', async () => {
    await era.executeBatches()
    await page.waitForSelector('#withdrawals > li[data-status="ready-to-finalize"] button.finalize:enabled')
    const phases = await withdrawal
      .locator('ol.progress li')
      .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.status))
    assert.deepEqual(phases, ['waiting-for-batch', 'waiting-for-batch', 'ready-to-finalize'])
  })
  await step('withdrawal-finalized', async () => {
    const before = await balancesNow()
    const sentBefore = wallet.sent.length
    await withdrawal.locator('button.finalize').click()
    await page.waitForSelector('#withdrawals > li[data-status="finalized"]')
    await walletOn(deployment.l1ChainId)
    const [finalize] = wallet.sent.slice(sentBefore)
    assert.ok(finalize && finalize.chainId === deployment.l1ChainId)
    const { fee } = await l1Spent(finalize.hash)
    const after = await balancesNow()
    assert.equal(after.l1Eth - before.l1Eth + fee, ethWithdrawal, 'the withdrawn 1 ETH arrived on L1')
    await shownBalance('ETH', 'l1', after.l1Eth)
  })

  await step('reloaded', async () => {
    // the wallet connected already is used again without a prompt (eth_accounts), and the withdrawal, kept in
    // localStorage, is followed again: L1 says it is finalized
    const prompts = wallet.log.filter((r) => r.method === 'eth_requestAccounts').length
    await page.reload()
    await page.waitForSelector(`#account[data-address="${alice}"]`)
    assert.equal(wallet.log.filter((r) => r.method === 'eth_requestAccounts').length, prompts)
    await shownBalance('ETH', 'l1', (await balancesNow()).l1Eth)
    await page.waitForSelector('#withdrawals > li[data-status="finalized"] button.finalize[hidden]', {
      state: 'attached',
    })
    assert.equal(await page.locator('#withdrawals > li').count(), 1)
    assert.equal(await text('#withdrawals > li .status'), 'Finalized on L1')
  })

  const requests = new Map<string, number>()
  for (const r of wallet.log) requests.set(r.method, (requests.get(r.method) ?? 0) + 1)
  console.log(
    `# the page asked the wallet: ${[...requests].map(([m, n]) => `${m} ${n}`).join(', ')}; ` +
      `L1 ETH spent in all: ${formatEther(start.l1Eth - (await l1.getBalance({ address: alice })))}`,
  )
  await context.close()
  assert.deepEqual(problems, [])
}
