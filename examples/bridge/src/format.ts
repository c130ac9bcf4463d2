import { formatUnits, type Hash } from 'viem'

/**
 * An amount for the eye: up to 6 decimals, or 4 significant digits when that would show a non-zero amount as 0. The
 * exact amount goes into the element's `data-amount` (see `amountElement`).
 */
export function formatAmount(value: bigint, decimals: number): string {
  const [int = '0', fraction = ''] = formatUnits(value, decimals).split('.')
  let shown = fraction.slice(0, 6).replace(/0+$/, '')
  if (!shown && int === '0' && /[1-9]/.test(fraction)) {
    const zeros = fraction.length - fraction.replace(/^0+/, '').length
    shown = fraction.slice(0, zeros + 4).replace(/0+$/, '')
  }
  return shown ? `${int}.${shown}` : int
}

/** A `<span>` showing the amount with its symbol, the exact value in `data-amount` and its tooltip. */
export function amountElement(value: bigint, token: { symbol: string; decimals: number }): HTMLSpanElement {
  const span = document.createElement('span')
  span.className = 'amount'
  span.dataset.amount = value.toString()
  span.dataset.symbol = token.symbol
  span.title = `${formatUnits(value, token.decimals)} ${token.symbol}`
  span.textContent = `${formatAmount(value, token.decimals)} ${token.symbol}`
  return span
}

export const shortHash = (hash: Hash | string): string => `${hash.slice(0, 6)}…${hash.slice(-4)}`

/** A `<code>` with a shortened hash, the whole hash in `data-hash` and its tooltip. */
export function hashElement(hash: Hash): HTMLElement {
  const code = document.createElement('code')
  code.dataset.hash = hash
  code.title = hash
  code.textContent = shortHash(hash)
  return code
}
