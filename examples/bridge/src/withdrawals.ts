/**
 * The withdrawals this browser started, kept in `localStorage`: a withdrawal waits hours on a live network before it
 * can be finalized, so the page follows each again after a reload (the wait resumes from the hash alone).
 */
import type { Hash } from 'viem'
import { amountElement, hashElement } from './format.js'

export type StoredWithdrawal = { hash: Hash; chainId: number; symbol: string; decimals: number; amount: string }

const STORAGE_KEY = 'zksync-l1-actions-example.withdrawals'

export function storedWithdrawals(): StoredWithdrawal[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(list) ? (list as StoredWithdrawal[]) : []
  } catch {
    return []
  }
}

export function storeWithdrawal(w: StoredWithdrawal): void {
  const others = storedWithdrawals().filter((s) => s.hash !== w.hash)
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...others, w]))
}

/** The list item of a withdrawal: what and from where, its status, its phases, and its finalize button. */
export function withdrawalItem(w: StoredWithdrawal, chainName: string) {
  const item = document.createElement('li')
  item.dataset.hash = w.hash
  const title = document.createElement('div')
  title.append(amountElement(BigInt(w.amount), w), ` from ${chainName} `, hashElement(w.hash))
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
  return { item, status, phases, finalize }
}
