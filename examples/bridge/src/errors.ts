/**
 * Any error as the user should read it: what went wrong (`shortMessage`), the values involved and what to do
 * (`metaMessages`), and the error's name with its documentation. Every error of zksync-l1-actions is a viem
 * `BaseError` subclass (`ZksyncL1Error`) that names its values this way; viem's own errors give at least a short
 * message; a request the user declined in the wallet is said plainly.
 */
import { type Address, BaseError, UserRejectedRequestError } from 'viem'
import { DOCS_BASE_URL, InsufficientBalanceError, ZksyncL1Error } from 'zksync-l1-actions'
import { formatAmount } from './format.js'

export type ReadableError = {
  name: string
  title: string
  /** the values involved and what to do, one line each */
  lines: string[]
  docsUrl?: string | undefined
}

/** The symbol and decimals of a token address an error names, on the layer it names, when the page knows it. */
export type TokenLookup = (address: Address, layer: 'L1' | 'L2') => { symbol: string; decimals: number } | undefined

export function readableError(error: unknown, tokenOf?: TokenLookup): ReadableError {
  if (!(error instanceof BaseError)) {
    const e = error instanceof Error ? error : new Error(String(error))
    return { name: e.name, title: e.message, lines: [] }
  }
  if (error.walk((e) => e instanceof UserRejectedRequestError))
    return {
      name: 'UserRejectedRequestError',
      title: 'You declined the request in your wallet.',
      lines: ['Nothing was sent. Start again when you are ready.'],
    }
  // this package's error, even when it arrives wrapped in another one
  const own = error.walk((e) => e instanceof ZksyncL1Error)
  if (own instanceof ZksyncL1Error)
    return {
      name: own.name,
      title: own.shortMessage,
      lines: [...inTokens(own, tokenOf), ...(own.metaMessages ?? [])],
      docsUrl: `${DOCS_BASE_URL}${own.docsPath ?? ''}`,
    }
  // viem's metaMessages hold the raw request (calldata and all): its details say what the node answered
  return { name: error.name, title: error.shortMessage, lines: error.details ? [error.details] : [] }
}

/** The amounts of a typed error in the token's own units, read from its fields (the messages give them in wei). */
function inTokens(error: ZksyncL1Error, tokenOf: TokenLookup | undefined): string[] {
  if (!(error instanceof InsufficientBalanceError)) return []
  const token = tokenOf?.(error.token, error.layer)
  if (!token) return []
  const amount = (value: bigint) => `${formatAmount(value, token.decimals)} ${token.symbol}`
  return [`You hold ${amount(error.balance)} on ${error.layer}; this needs ${amount(error.needed)}.`]
}

/** Renders the error into `box` (and clears it for `undefined`). */
export function showError(box: HTMLElement, error: unknown, tokenOf?: TokenLookup): void {
  box.replaceChildren()
  box.hidden = error === undefined
  if (error === undefined) {
    delete box.dataset.name
    return
  }
  const { name, title, lines, docsUrl } = readableError(error, tokenOf)
  box.dataset.name = name
  const heading = document.createElement('strong')
  heading.textContent = title
  const list = document.createElement('ul')
  for (const line of lines) {
    const item = document.createElement('li')
    item.textContent = line
    list.append(item)
  }
  const footer = document.createElement('small')
  if (docsUrl) {
    const link = document.createElement('a')
    link.href = docsUrl
    link.target = '_blank'
    link.rel = 'noreferrer'
    link.textContent = name
    footer.append(link)
  } else footer.textContent = name
  box.append(heading, list, footer)
}
