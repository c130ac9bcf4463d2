/**
 * The one assertion of every "refused before sending" test: the action throws the typed error, the offending value
 * appears in its message or its metaMessages, and nothing was signed or sent on L1 or on any L2.
 */
import { type Address, getAddress } from 'viem'
import { expect } from 'vitest'
import type { Harness } from '../harness/index.js'

export type Refusal = Error & { shortMessage?: string; metaMessages?: string[] } & Record<string, unknown>

export type RefusedOptions = {
  /** fields the error must carry, with these values */
  fields?: Record<string, unknown> | undefined
  /** the check comes before the first request: not a single one (not even a read) reached L1 or an L2 */
  upfront?: boolean | undefined
}

/**
 * Clears the counting transports, runs `fn`, and checks the refusal: its `name`, each of `shows` in its message, the
 * `fields`, and no transaction sent (no request at all with `upfront`). Returns the error for further checks.
 */
export async function refused(
  h: Harness,
  fn: () => Promise<unknown>,
  name: string,
  shows: readonly (string | bigint | number)[] = [],
  options: RefusedOptions = {},
): Promise<Refusal> {
  const l2Transports = Object.values(h.l2Transport)
  h.l1Transport.reset()
  for (const t of l2Transports) t.reset()
  const error = await fn().then(
    (value) => {
      throw new Error(`expected ${name}, got ${String(value)}`)
    },
    (e: unknown) => e as Refusal,
  )
  expect(error.name, error.message).toBe(name)
  const text = [error.shortMessage ?? error.message, ...(error.metaMessages ?? [])].join('\n').toLowerCase()
  for (const value of shows) expect(text).toContain(String(value).toLowerCase())
  if (options.fields) expect(error).toMatchObject(options.fields)
  expect(h.l1Transport.sends()).toEqual([])
  for (const t of l2Transports) expect(t.sends()).toEqual([])
  if (options.upfront) {
    expect(h.l1Transport.methods()).toEqual([])
    for (const t of l2Transports) expect(t.methods()).toEqual([])
  }
  return error
}

/** The address with the case of its first checksummed letter flipped: valid hex, wrong EIP-55 checksum. */
export function breakChecksum(address: Address): Address {
  const checksummed = getAddress(address)
  const i = checksummed.slice(2).search(/[a-fA-F]/) + 2
  const c = checksummed[i]!
  const flipped = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()
  return `${checksummed.slice(0, i)}${flipped}${checksummed.slice(i + 1)}` as Address
}
