/**
 * Checking an answer against a recorded shape (`mismatches`), and cutting a richer answer down to one (`conform`):
 * the simulated nodes build everything they know and send exactly what the recorded server sends.
 */
import type { Kind, Shape, WireError } from './types.js'

const isObjectShape = (s: Shape): s is { readonly object: { readonly [key: string]: Shape } } =>
  typeof s === 'object' && 'object' in s
const isArrayShape = (s: Shape): s is { readonly arrayOf: Shape } => typeof s === 'object' && 'arrayOf' in s
const isOptional = (s: Shape): s is { readonly optional: Shape } => typeof s === 'object' && 'optional' in s

function kindOf(value: unknown): Kind[] {
  if (value === null) return ['null']
  if (typeof value === 'boolean') return ['bool']
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? ['number'] : []
  if (typeof value !== 'string') return []
  if (!/^0x[0-9a-fA-F]*$/.test(value)) return ['string']
  const kinds: Kind[] = ['string', 'data']
  if (/^0x(0|[1-9a-fA-F][0-9a-fA-F]*)$/.test(value)) kinds.push('quantity')
  if (value.length === 42) kinds.push('address')
  if (value.length === 66) kinds.push('bytes32')
  return kinds
}

/** Every way `value` departs from `shape`, as `path: what` lines; empty when it matches. */
export function mismatches(value: unknown, shape: Shape, path = '$'): string[] {
  if (isOptional(shape)) return value === undefined ? [] : mismatches(value, shape.optional, path)
  if (isObjectShape(shape)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`]
    const out: string[] = []
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record))
      if (!(key in shape.object)) out.push(`${path}.${key}: sent, but the server never sends it`)
    for (const [key, s] of Object.entries(shape.object)) {
      if (!(key in record)) {
        if (!isOptional(s)) out.push(`${path}.${key}: missing`)
        continue
      }
      out.push(...mismatches(record[key], s, `${path}.${key}`))
    }
    return out
  }
  if (isArrayShape(shape)) {
    if (!Array.isArray(value)) return [`${path}: not an array`]
    return value.flatMap((v, i) => mismatches(v, shape.arrayOf, `${path}[${i}]`))
  }
  const allowed = (typeof shape === 'string' ? [shape] : shape) as readonly Kind[]
  const kinds = kindOf(value)
  return allowed.some((k) => kinds.includes(k)) ? [] : [`${path}: ${JSON.stringify(value)} is not ${allowed.join('|')}`]
}

/** Converts a scalar to the first kind of `allowed` it can be written as (a number <-> a quantity). */
function convert(value: unknown, allowed: readonly Kind[]): unknown {
  const kinds = kindOf(value)
  if (allowed.some((k) => kinds.includes(k))) return value
  for (const k of allowed) {
    if (k === 'number' && typeof value === 'string' && kinds.includes('quantity')) return Number(BigInt(value))
    if (k === 'quantity' && typeof value === 'number') return `0x${value.toString(16)}`
    if (k === 'quantity' && typeof value === 'bigint') return `0x${value.toString(16)}`
    if (k === 'number' && typeof value === 'bigint') return Number(value)
  }
  return value
}

/**
 * `value` cut down to `shape`: keys the shape does not list are dropped, scalars are written in the shape's kind, keys
 * that are neither given nor optional throw (the caller must supply them).
 */
export function conform(value: unknown, shape: Shape, path = '$'): unknown {
  if (isOptional(shape)) return value === undefined ? undefined : conform(value, shape.optional, path)
  if (isObjectShape(shape)) {
    if (typeof value !== 'object' || value === null) throw new Error(`conform ${path}: not an object`)
    const record = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, s] of Object.entries(shape.object)) {
      if (record[key] === undefined) {
        if (isOptional(s)) continue
        throw new Error(`conform ${path}.${key}: the simulator has no value for it`)
      }
      out[key] = conform(record[key], s, `${path}.${key}`)
    }
    return out
  }
  if (isArrayShape(shape)) {
    if (!Array.isArray(value)) throw new Error(`conform ${path}: not an array`)
    return value.map((v, i) => conform(v, shape.arrayOf, `${path}[${i}]`))
  }
  return convert(value, (typeof shape === 'string' ? [shape] : shape) as readonly Kind[])
}

/** A recorded error with its `{…}` placeholders filled in order. */
export function fillError(error: WireError, ...values: (string | number | bigint)[]): WireError {
  let i = 0
  return { code: error.code, message: error.message.replace(/\{[^}]*\}/g, () => String(values[i++] ?? '')) }
}
