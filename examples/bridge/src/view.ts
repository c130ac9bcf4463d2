/**
 * How the page shows what the actions return: the quote, the balances, the statuses of a deposit and of a
 * withdrawal, and the steps of each as a list.
 */
import { type Address, type Hash, isAddressEqual } from 'viem'
import type {
  DepositRoute,
  GetDepositStatusReturnType,
  GetWithdrawalStatusReturnType,
  QuoteDepositReturnType,
} from 'zksync-l1-actions'
import type { Token } from './config.js'
import { amountElement, hashElement } from './format.js'

export type TokenInfo = { symbol: string; decimals: number }

const routes: Record<DepositRoute, string> = {
  'eth-base': 'ETH into an ETH-based chain (Bridgehub, direct)',
  'erc20-base': 'ERC-20 into an ETH-based chain (Bridgehub, through the asset router)',
  'base-custom': 'the base token into its chain (Bridgehub, direct)',
  'eth-custom': 'ETH into a chain with another base token (through the asset router)',
  'erc20-custom': 'ERC-20 into a chain with another base token (through the asset router)',
}

export const depositText: Record<GetDepositStatusReturnType['status'], string> = {
  'l1-pending': 'Waiting for the L1 transaction to be mined',
  'l1-reverted': 'The L1 transaction reverted: nothing was deposited',
  'l2-pending': 'Mined on L1; waiting for its execution on L2',
  'l2-executed': 'Executed on L2',
  'l2-failed': 'Failed on L2: the tokens can be claimed back on L1 once its batch is executed',
}

export function withdrawalText(s: GetWithdrawalStatusReturnType): string {
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

/** The element's text, and its status in `data-status` (for styles, and for tests). */
export function setStatus(element: HTMLElement, status: string, text: string): void {
  element.dataset.status = status
  element.textContent = text
}

/** Appends a step (with its transaction, if any) to a progress list. */
export function addStep(list: HTMLElement, status: string, text: string, hash?: Hash): void {
  const item = document.createElement('li')
  item.dataset.status = status
  item.append(text)
  if (hash) item.append(' ', hashElement(hash))
  list.append(item)
}

/** The quote as a definition list; `tokenOf` names the tokens its addresses stand for. */
export function renderQuote(view: HTMLElement, q: QuoteDepositReturnType, tokenOf: (a: Address) => TokenInfo): void {
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
  const amount = (value: bigint, token: Address) => amountElement(value, tokenOf(token))
  entry('Route', 'route', `${q.route}: ${routes[q.route]}`)
  entry('Base cost (L2 gas)', 'base-cost', amount(q.baseCost, q.baseToken))
  entry('L2 gas limit', 'l2-gas-limit', q.l2GasLimit.toString())
  entry(
    'Leaves your account',
    'totals',
    list(q.totals.map((t) => [amount(t.amount, t.token)])),
    q.gas === null ? '(plus the L1 gas)' : '(L1 gas included, at the maximum fee)',
  )
  entry(
    'Approvals needed',
    'approvals',
    q.approvals.length === 0
      ? 'none'
      : list(
          q.approvals.map((a) => [
            amount(a.amount, a.token),
            ` to ${isAddressEqual(a.spender, q.l1NativeTokenVault) ? 'the L1 native token vault' : a.spender}`,
            ' (allowed now: ',
            amount(a.currentAllowance, a.token),
            ')',
          ]),
        ),
  )
  if (q.shortfalls.length > 0)
    entry(
      'Not enough funds',
      'shortfalls',
      list(q.shortfalls.map((s) => ['needs ', amount(s.needed, s.token), ', holds ', amount(s.balance, s.token)])),
    )
  entry(
    'L1 gas',
    'l1-gas',
    q.gas === null ? `estimated when sent (${q.gasEstimateSkipped ?? 'skipped'})` : q.gas.toString(),
  )
}

/** One row per token: its L1 and L2 balances (a dash where one could not be read). */
export function renderBalances(
  body: HTMLTableSectionElement,
  rows: readonly { token: Token; l1: bigint | undefined; l2: bigint | undefined }[],
): void {
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

function list(items: (Node | string)[][]): HTMLUListElement {
  const ul = document.createElement('ul')
  for (const item of items) {
    const li = document.createElement('li')
    li.append(...item)
    ul.append(li)
  }
  return ul
}
