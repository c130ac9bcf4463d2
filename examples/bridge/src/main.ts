/**
 * The page: pick a ZK chain and a token, quote and deposit (approvals first when needed) and follow the deposit to
 * L2; withdraw on L2, follow the withdrawal until its batch is executed on L1, and finalize it there. The calls to
 * zksync-l1-actions are in `bridge.ts`; this file only keeps the page in step with them.
 */
import './style.css'
import { type Address, type Hash, isAddressEqual, parseUnits, zeroAddress } from 'viem'
import {
  type DepositRoute,
  ETH_TOKEN_ADDRESS,
  type GetDepositStatusReturnType,
  type GetWithdrawalStatusReturnType,
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
  withdrawalStatus,
  withdrawOnL2,
} from './bridge.js'
import { ETH, loadNetwork, type Token } from './config.js'
import { showError, type TokenLookup } from './errors.js'
import { amountElement, hashElement, shortHash } from './format.js'
import { connect, injectedProvider, type Wallet, watchWallet } from './wallet.js'

const routes: Record<DepositRoute, string> = {
  'eth-base': 'ETH into an ETH-based chain (Bridgehub, direct)',
  'erc20-base': 'ERC-20 into an ETH-based chain (Bridgehub, through the asset router)',
  'base-custom': 'the base token into its chain (Bridgehub, direct)',
  'eth-custom': 'ETH into a chain with another base token (through the asset router)',
  'erc20-custom': 'ERC-20 into a chain with another base token (through the asset router)',
}

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

type StoredWithdrawal = { hash: Hash; chainId: number; symbol: string; decimals: number; amount: string }
const STORAGE_KEY = 'zksync-l1-actions-example.withdrawals'

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
      showError(ui.error, error, errorTokenOf)
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
    const q = state.quote?.key === quoteKey() ? state.quote.value : undefined
    ui.deposit.disabled = state.busy || !state.wallet || !q || q.shortfalls.length > 0
    const approvals = q?.approvals.map((a) => tokenOf(a.token, q).symbol) ?? []
    ui.deposit.textContent = approvals.length > 0 ? `Approve ${approvals.join(' and ')}, then deposit` : 'Deposit'
    for (const button of ui.withdrawals.querySelectorAll<HTMLButtonElement>('button.finalize')) {
      const status = button.closest('li')?.dataset.status
      button.hidden = status === 'finalized'
      button.disabled = state.busy || !state.wallet || status !== 'ready-to-finalize'
    }
  }

  /** What a token address in an error stands for: ETH, the chain's base token on L2, or a listed L1 token. */
  const errorTokenOf: TokenLookup = (address, layer) => {
    if (isAddressEqual(address, ETH_TOKEN_ADDRESS) || isAddressEqual(address, zeroAddress)) return ETH
    if (layer === 'L2' && isAddressEqual(address, L2_BASE_TOKEN_ADDRESS)) return selectedChain().nativeCurrency
    return layer === 'L1' ? network.tokens.find((t) => isAddressEqual(t.address, address)) : undefined
  }

  // ---- balances

  let balancesRead = 0
  async function refreshBalances() {
    const body = ui.balances.tBodies[0]!
    const chain = selectedChain()
    ui.balancesL2.textContent = chain.name
    if (!state.wallet) {
      const row = body.insertRow()
      body.replaceChildren(row)
      row.insertCell().textContent = 'Connect a wallet to see its balances.'
      return
    }
    const read = ++balancesRead
    ui.balances.dataset.state = 'reading'
    const rows = await balances(clientsOf(chain), state.wallet.account, network.tokens)
    if (read !== balancesRead) return // a newer read is on its way
    ui.balances.dataset.state = 'read'
    body.replaceChildren(
      ...rows.map(({ token, l1, l2 }) => {
        const row = document.createElement('tr')
        row.dataset.symbol = token.symbol
        row.insertCell().textContent = token.symbol
        for (const [side, value] of [
          ['l1', l1],
          ['l2', l2],
        ] as const) {
          const cell = row.insertCell()
          cell.dataset.side = side
          cell.append(value === undefined ? '–' : amountElement(value, token))
        }
        return row
      }),
    )
  }

  // ---- wallet

  ui.connect.addEventListener('click', () =>
    run(async () => {
      const provider = injectedProvider()
      if (!provider) {
        ui.notice.hidden = false
        ui.notice.textContent = 'No wallet found in this browser. Install a wallet extension and reload the page.'
        return
      }
      state.wallet = await connect(provider)
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
    }),
  )

  // ---- deposit

  const quoteKey = () => `${selectedChain().id}:${ui.token.value}:${ui.depositAmount.value.trim()}`

  /** What an address in a quote stands for: ETH, a listed token, or the chain's base token. */
  function tokenOf(address: Address, q: QuoteDepositReturnType): { symbol: string; decimals: number } {
    if (isAddressEqual(address, ETH_TOKEN_ADDRESS) || isAddressEqual(address, zeroAddress)) return ETH
    const listed = network.tokens.find((t) => isAddressEqual(t.address, address))
    if (listed) return listed
    if (isAddressEqual(address, q.baseToken)) return selectedChain().nativeCurrency
    return { symbol: shortHash(address), decimals: 18 }
  }

  function renderQuote(q: QuoteDepositReturnType) {
    const view = ui.quoteView
    view.replaceChildren()
    view.hidden = false
    view.dataset.route = q.route
    const entry = (name: string, key: string, ...content: (Node | string)[]) => {
      const term = document.createElement('dt')
      term.textContent = name
      const value = document.createElement('dd')
      value.dataset.key = key
      value.append(...content)
      view.append(term, value)
    }
    const list = (items: (Node | string)[][]) => {
      const ul = document.createElement('ul')
      for (const item of items) {
        const li = document.createElement('li')
        li.append(...item)
        ul.append(li)
      }
      return ul
    }
    entry('Route', 'route', `${q.route}: ${routes[q.route]}`)
    entry('Base cost (L2 gas)', 'base-cost', amountElement(q.baseCost, tokenOf(q.baseToken, q)))
    entry('L2 gas limit', 'l2-gas-limit', q.l2GasLimit.toString())
    entry(
      'Leaves your account',
      'totals',
      list(q.totals.map((t) => [amountElement(t.amount, tokenOf(t.token, q))])),
      q.gas === null ? '(plus the L1 gas)' : '(L1 gas included, at the maximum fee)',
    )
    entry(
      'Approvals needed',
      'approvals',
      q.approvals.length === 0
        ? 'none'
        : list(
            q.approvals.map((a) => [
              amountElement(a.amount, tokenOf(a.token, q)),
              ` to ${isAddressEqual(a.spender, q.l1NativeTokenVault) ? 'the L1 native token vault' : a.spender}`,
              ' (allowed now: ',
              amountElement(a.currentAllowance, tokenOf(a.token, q)),
              ')',
            ]),
          ),
    )
    if (q.shortfalls.length > 0)
      entry(
        'Not enough funds',
        'shortfalls',
        list(
          q.shortfalls.map((s) => [
            'needs ',
            amountElement(s.needed, tokenOf(s.token, q)),
            ', holds ',
            amountElement(s.balance, tokenOf(s.token, q)),
          ]),
        ),
      )
    entry(
      'L1 gas',
      'l1-gas',
      q.gas === null ? `estimated when sent (${q.gasEstimateSkipped ?? 'skipped'})` : q.gas.toString(),
    )
  }

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
      renderQuote(value)
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

  const depositText: Record<GetDepositStatusReturnType['status'], string> = {
    'l1-pending': 'Waiting for the L1 transaction to be mined',
    'l1-reverted': 'The L1 transaction reverted: nothing was deposited',
    'l2-pending': 'Mined on L1; waiting for its execution on L2',
    'l2-executed': 'Executed on L2',
    'l2-failed': 'Failed on L2: the tokens can be claimed back on L1 once its batch is executed',
  }

  function setStatus(element: HTMLElement, status: string, text: string) {
    element.dataset.status = status
    element.textContent = text
  }

  function addStep(list: HTMLElement, status: string, text: string, hash?: Hash) {
    const item = document.createElement('li')
    item.dataset.status = status
    item.append(text)
    if (hash) item.append(' ', hashElement(hash))
    list.append(item)
  }

  ui.deposit.addEventListener('click', () =>
    run(async () => {
      const q = state.quote?.key === quoteKey() ? state.quote.value : undefined
      if (!q) return
      const chain = selectedChain()
      const token = selectedToken()
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
      const { l2Receipt } = await depositAndFollow(clientsOf(chain), token, q.amount, (s) => {
        setStatus(ui.depositStatus, s.status, depositText[s.status])
        addStep(ui.depositProgress, s.status, depositText[s.status], s.status === 'l1-pending' ? undefined : s.l2Hash)
      })
      if (l2Receipt.status === 'success')
        setStatus(ui.depositStatus, 'l2-executed', `Deposited into ${chain.name}: executed on L2`)
    }),
  )

  // ---- withdrawals

  const stored = (): StoredWithdrawal[] => {
    try {
      return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as StoredWithdrawal[]
    } catch {
      return []
    }
  }
  const store = (list: StoredWithdrawal[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify(list))

  const withdrawalText = (s: GetWithdrawalStatusReturnType): string => {
    switch (s.status) {
      case 'l2-pending':
        return 'Waiting for the L2 transaction'
      case 'l2-failed':
        return 'The L2 transaction failed: nothing to finalize'
      case 'waiting-for-batch':
        return s.waitingFor === 'batch-execution'
          ? `Batch ${s.l2BatchNumber ?? ''} committed on L1; waiting for its execution`
          : `Waiting for its batch${s.l2BatchNumber !== undefined ? ` (${s.l2BatchNumber})` : ''} to reach L1`
      case 'ready-to-finalize':
        return 'Ready to finalize on L1'
      case 'finalized':
        return 'Finalized on L1'
      case 'proof-invalid':
        return 'L1 does not verify the proof the L2 node gave: ask another node'
    }
  }

  /** The list item of a withdrawal, and the wait that follows it to readiness. */
  function showWithdrawal(w: StoredWithdrawal) {
    const chain = chainById(w.chainId)
    if (!chain) return
    const item = document.createElement('li')
    item.dataset.hash = w.hash
    const title = document.createElement('div')
    title.append(amountElement(BigInt(w.amount), w), ` from ${chain.name} `, hashElement(w.hash))
    const status = document.createElement('p')
    status.className = 'status'
    const phases = document.createElement('ol')
    phases.className = 'progress'
    const finalize = document.createElement('button')
    finalize.type = 'button'
    finalize.className = 'finalize'
    finalize.textContent = 'Finalize on L1'
    finalize.disabled = true
    item.append(title, status, phases, finalize)
    ui.withdrawals.prepend(item)

    const update = (s: GetWithdrawalStatusReturnType) => {
      item.dataset.status = s.status
      setStatus(status, s.status, withdrawalText(s))
      addStep(phases, s.status, withdrawalText(s))
      render()
    }
    const clients = clientsOf(chain)
    followWithdrawal(clients, w.hash, update)
      .then(async () => {
        // resolved: ready, or finalized already (e.g. from another device)
        const now = await withdrawalStatus(clients, w.hash)
        if (now.status !== item.dataset.status) update(now)
      })
      .catch((error: unknown) => showError(ui.error, error, errorTokenOf))

    finalize.addEventListener('click', () =>
      run(async () => {
        setStatus(status, 'wallet', 'Confirm the finalization in your wallet')
        const receipt = await finalizeOnL1(clientsOf(chain), w.hash)
        item.dataset.status = 'finalized'
        setStatus(status, 'finalized', 'Finalized on L1')
        addStep(phases, 'finalized', 'Finalized on L1', receipt.transactionHash)
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
      store([...stored(), w])
      showWithdrawal(w)
    })
  })

  // withdrawals started earlier (they take hours on a live network): followed again from where they are
  for (const w of stored()) showWithdrawal(w)
  render()
  void refreshBalances()
}

start().catch((error: unknown) => showError(ui.error, error))
