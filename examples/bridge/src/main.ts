/**
 * The page: pick a ZK chain and a token, quote and deposit (approvals first when needed) and follow the deposit to
 * L2; withdraw on L2, follow the withdrawal until its batch is executed on L1, and finalize it there. The calls to
 * zksync-l1-actions are in `bridge.ts`, the wallet in `wallet.ts`; this file keeps the page in step with them.
 */
import './style.css'
import { type Address, type Hash, isAddressEqual, parseUnits, zeroAddress } from 'viem'
import {
  ETH_TOKEN_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  type QuoteDepositReturnType,
  type ZksyncChain,
} from 'zksync-l1-actions'
import {
  balances,
  type Clients,
  createClients,
  depositAndFollow,
  finalizeOnL1,
  followWithdrawal,
  quote,
  withdrawOnL2,
} from './bridge.js'
import { ETH, loadNetwork, type Token } from './config.js'
import { showError } from './errors.js'
import { shortHash } from './format.js'
import { addStep, depositText, renderBalances, renderQuote, setStatus, type TokenInfo, withdrawalText } from './view.js'
import { connect, connected, injectedProvider, type Wallet, watchWallet } from './wallet.js'
import { type StoredWithdrawal, storedWithdrawals, storeWithdrawal, withdrawalItem } from './withdrawals.js'

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`#${id} is missing from the page`)
  return element as T
}

const ui = {
  connect: byId<HTMLButtonElement>('connect'),
  account: byId('account'),
  walletChain: byId('wallet-chain'),
  notice: byId('notice'),
  chain: byId<HTMLSelectElement>('chain'),
  token: byId<HTMLSelectElement>('token'),
  balances: byId<HTMLTableElement>('balances'),
  balancesL2: byId('balances-l2'),
  quoteForm: byId<HTMLFormElement>('quote-form'),
  quote: byId<HTMLButtonElement>('quote'),
  depositAmount: byId<HTMLInputElement>('deposit-amount'),
  quoteView: byId('quote-view'),
  deposit: byId<HTMLButtonElement>('deposit'),
  depositStatus: byId('deposit-status'),
  depositProgress: byId('deposit-progress'),
  withdrawForm: byId<HTMLFormElement>('withdraw-form'),
  withdraw: byId<HTMLButtonElement>('withdraw'),
  withdrawAmount: byId<HTMLInputElement>('withdraw-amount'),
  withdrawals: byId('withdrawals'),
  error: byId('error'),
}

async function start() {
  const network = await loadNetwork()
  const state: {
    wallet?: Wallet | undefined
    walletChainId?: number | undefined
    quote?: { key: string; value: QuoteDepositReturnType } | undefined
    busy: boolean
  } = { busy: false }
  /** hears the transactions the wallet sends while an action runs */
  let onSent: ((hash: Hash) => void) | undefined
  const clientsByChain = new Map<number, Clients>()

  const chainById = (id: number) => network.l2s.find((c) => c.id === id)
  const selectedChain = (): ZksyncChain => chainById(Number(ui.chain.value)) ?? network.l2s[0]!
  const selectedToken = (): Token => network.tokens[Number(ui.token.value)] ?? ETH
  const clientsOf = (chain: ZksyncChain): Clients => {
    let clients = clientsByChain.get(chain.id)
    if (!clients) {
      clients = createClients(network, chain, state.wallet, (hash) => onSent?.(hash))
      clientsByChain.set(chain.id, clients)
    }
    return clients
  }
  const chainName = (id: number | undefined) =>
    id === undefined ? '' : id === network.l1.id ? network.l1.name : (chainById(id)?.name ?? `chain ${id}`)
  /** What a token address stands for: ETH, a listed L1 token, or on L2 the selected chain's base token. */
  const tokenInfo = (address: Address, layer: 'L1' | 'L2'): TokenInfo | undefined => {
    if (isAddressEqual(address, ETH_TOKEN_ADDRESS) || isAddressEqual(address, zeroAddress)) return ETH
    if (layer === 'L2')
      return isAddressEqual(address, L2_BASE_TOKEN_ADDRESS) ? selectedChain().nativeCurrency : undefined
    return network.tokens.find((t) => isAddressEqual(t.address, address))
  }
  const quoteKey = () => `${selectedChain().id}:${ui.token.value}:${ui.depositAmount.value.trim()}`
  const currentQuote = () => (state.quote?.key === quoteKey() ? state.quote.value : undefined)

  for (const chain of network.l2s) ui.chain.append(new Option(`${chain.name} (${chain.id})`, String(chain.id)))
  network.tokens.forEach((token, i) => {
    ui.token.append(new Option(token.symbol, String(i)))
  })

  /** Runs a user action: one at a time, its error shown, the balances read again afterwards. */
  async function run(action: () => Promise<void>) {
    if (state.busy) return
    state.busy = true
    render()
    showError(ui.error, undefined)
    try {
      await action()
    } catch (error) {
      showError(ui.error, error, tokenInfo)
    } finally {
      onSent = undefined
      state.busy = false
      render()
      void refreshBalances()
    }
  }

  function render() {
    ui.connect.hidden = state.wallet !== undefined
    ui.account.textContent = state.wallet ? shortHash(state.wallet.account) : ''
    ui.account.dataset.address = state.wallet?.account ?? ''
    ui.walletChain.textContent = state.wallet ? `on ${chainName(state.walletChainId)}` : ''
    ui.walletChain.dataset.chainId = String(state.walletChainId ?? '')
    ui.quote.disabled = state.busy || !state.wallet
    ui.withdraw.disabled = state.busy || !state.wallet
    const q = currentQuote()
    ui.deposit.disabled = state.busy || !state.wallet || !q || q.shortfalls.length > 0
    const approvals = q?.approvals.map((a) => tokenInfo(a.token, 'L1')?.symbol ?? shortHash(a.token)) ?? []
    ui.deposit.textContent = approvals.length > 0 ? `Approve ${approvals.join(' and ')}, then deposit` : 'Deposit'
    for (const button of ui.withdrawals.querySelectorAll<HTMLButtonElement>('button.finalize')) {
      const status = button.closest('li')?.dataset.status
      button.hidden = status === 'finalized'
      button.disabled = state.busy || !state.wallet || status !== 'ready-to-finalize'
    }
  }

  let balancesRead = 0
  async function refreshBalances() {
    const body = ui.balances.tBodies[0]!
    const chain = selectedChain()
    ui.balancesL2.textContent = chain.name
    if (!state.wallet) {
      const row = body.insertRow()
      body.replaceChildren(row)
      const cell = row.insertCell()
      cell.colSpan = 3
      cell.textContent = 'Connect a wallet to see its balances.'
      return
    }
    const read = ++balancesRead
    const rows = await balances(clientsOf(chain), state.wallet.account, network.tokens)
    // a newer read (another chain, another account) wins
    if (read === balancesRead) renderBalances(body, rows)
  }

  // ---- wallet

  /** Uses the wallet from now on, and follows the user's changes of chain and account in it. */
  function attach(wallet: Wallet) {
    const { provider } = wallet
    state.wallet = wallet
    clientsByChain.clear()
    watchWallet(provider, {
      chain: (chainId) => {
        state.walletChainId = chainId
        render()
      },
      account: (account) => {
        if (account === state.wallet?.account) return
        // another account, or none (disconnected): every client and quote was for the previous one
        state.wallet = account ? { provider, account } : undefined
        state.quote = undefined
        ui.quoteView.hidden = true
        clientsByChain.clear()
        render()
        void refreshBalances()
      },
    })
  }

  ui.connect.addEventListener('click', () =>
    run(async () => {
      const provider = injectedProvider()
      if (provider) return attach(await connect(provider))
      ui.notice.hidden = false
      ui.notice.textContent = 'No wallet found in this browser. Install a wallet extension and reload the page.'
    }),
  )

  // ---- deposit

  ui.quoteForm.addEventListener('submit', (event) => {
    event.preventDefault()
    void run(async () => {
      if (!state.wallet) return
      const key = quoteKey()
      state.quote = undefined
      ui.quoteView.hidden = true
      const token = selectedToken()
      const amount = parseUnits(ui.depositAmount.value.trim(), token.decimals)
      const value = await quote(clientsOf(selectedChain()), state.wallet.account, token, amount)
      state.quote = { key, value }
      renderQuote(
        ui.quoteView,
        value,
        (address) =>
          tokenInfo(address, 'L1') ??
          (isAddressEqual(address, value.baseToken)
            ? selectedChain().nativeCurrency
            : { symbol: shortHash(address), decimals: 18 }),
      )
    })
  })
  const invalidateQuote = () => {
    ui.quoteView.hidden = true
    render()
  }
  ui.depositAmount.addEventListener('input', invalidateQuote)
  ui.token.addEventListener('change', invalidateQuote)
  ui.chain.addEventListener('change', () => {
    invalidateQuote()
    void refreshBalances()
  })

  ui.deposit.addEventListener('click', () =>
    run(async () => {
      const q = currentQuote()
      if (!q) return
      const chain = selectedChain()
      ui.depositProgress.replaceChildren()
      const approvals = q.approvals.length
      let sent = 0
      onSent = (hash) => {
        sent += 1
        if (sent <= approvals)
          addStep(ui.depositProgress, 'approval-sent', `Approval ${sent} of ${approvals} sent`, hash)
        else addStep(ui.depositProgress, 'deposit-sent', 'Deposit sent on L1', hash)
      }
      setStatus(
        ui.depositStatus,
        'wallet',
        approvals > 0
          ? `Confirm ${approvals === 1 ? 'the approval' : `${approvals} approvals`}, then the deposit, in your wallet`
          : 'Confirm the deposit in your wallet',
      )
      state.quote = undefined // the allowances it read are spent now
      ui.quoteView.hidden = true
      try {
        const { l2Receipt } = await depositAndFollow(clientsOf(chain), selectedToken(), q.amount, (s) => {
          setStatus(ui.depositStatus, s.status, depositText[s.status])
          addStep(ui.depositProgress, s.status, depositText[s.status], s.status === 'l1-pending' ? undefined : s.l2Hash)
        })
        if (l2Receipt.status === 'success')
          setStatus(ui.depositStatus, 'l2-executed', `Deposited into ${chain.name}: executed on L2`)
      } catch (error) {
        setStatus(ui.depositStatus, 'stopped', 'Stopped: see the message below')
        throw error
      }
    }),
  )

  // ---- withdrawals

  /** Lists a withdrawal and follows it to readiness; its button finalizes it. */
  function showWithdrawal(w: StoredWithdrawal) {
    const chain = chainById(w.chainId)
    if (!chain) return
    const { item, status, phases, finalize } = withdrawalItem(w, chain.name)
    ui.withdrawals.prepend(item)
    followWithdrawal(clientsOf(chain), w.hash, (s) => {
      item.dataset.status = s.status
      setStatus(status, s.status, withdrawalText(s))
      addStep(phases, s.status, withdrawalText(s))
      render()
    }).catch((error: unknown) => showError(ui.error, error, tokenInfo))

    finalize.addEventListener('click', () =>
      run(async () => {
        setStatus(status, 'wallet', 'Confirm the finalization in your wallet')
        try {
          const receipt = await finalizeOnL1(clientsOf(chain), w.hash)
          item.dataset.status = 'finalized'
          setStatus(status, 'finalized', 'Finalized on L1')
          addStep(phases, 'finalized', 'Finalized on L1', receipt.transactionHash)
        } catch (error) {
          setStatus(status, 'ready-to-finalize', 'Ready to finalize on L1')
          throw error
        }
      }),
    )
  }

  ui.withdrawForm.addEventListener('submit', (event) => {
    event.preventDefault()
    void run(async () => {
      const chain = selectedChain()
      const token = selectedToken()
      const amount = parseUnits(ui.withdrawAmount.value.trim(), token.decimals)
      const hash = await withdrawOnL2(clientsOf(chain), token, amount)
      const w = { hash, chainId: chain.id, symbol: token.symbol, decimals: token.decimals, amount: amount.toString() }
      storeWithdrawal(w)
      showWithdrawal(w)
    })
  })

  // withdrawals started earlier (they take hours on a live network): followed again from where they are
  for (const w of storedWithdrawals()) showWithdrawal(w)
  // a wallet this page was connected to already (a reload) is used without asking again
  const injected = injectedProvider()
  const already = injected && (await connected(injected))
  if (already) attach(already)
  render()
  void refreshBalances()
}

start().catch((error: unknown) => showError(ui.error, error))
