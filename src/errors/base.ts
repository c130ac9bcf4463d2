import { BaseError } from 'viem'
import { version } from './version.js'

/** Where every error of this package is documented (the README's error list). */
export const DOCS_BASE_URL = 'https://www.npmjs.com/package/zksync-l1-actions'

/**
 * A contract revert decoded with the ABIs of the contracts the library calls: the custom error's `name` (`Error` for a
 * `revert("…")` string, `Panic` for a panic code) and its `args` when the node gave the whole revert data (some give
 * the selector only).
 */
export type DecodedRevert = { name: string; args?: readonly unknown[] | undefined }

export type ZksyncL1ErrorType = ZksyncL1Error & { name: 'ZksyncL1Error' }

/**
 * Base of every error this package throws: a viem `BaseError` stamped with this package's name and version, whose
 * docs link points at the error's entry in the README (whatever its cause), and which carries the decoded `revert`
 * of the contract call behind it, when there is one (given, or found on a cause of this package).
 */
export class ZksyncL1Error extends BaseError {
  /** `zksync-l1-actions@<version>`, as the message's last line says. */
  override version = `zksync-l1-actions@${version}`
  /** The contract revert behind this error, decoded: on this error or on a cause of this package. */
  readonly revert: DecodedRevert | undefined
  constructor(
    shortMessage: string,
    args: {
      name: string
      cause?: Error | undefined
      details?: string | undefined
      metaMessages?: string[] | undefined
      revert?: DecodedRevert | undefined
    },
  ) {
    super(shortMessage, {
      ...(args.cause ? { cause: args.cause } : {}),
      ...(args.details ? { details: args.details } : {}),
      ...(args.metaMessages ? { metaMessages: args.metaMessages } : {}),
      name: args.name,
    })
    const revert = args.revert ?? revertOfCause(args.cause)
    // viem's BaseError takes a viem cause's docs path and stamps viem's version: both are this package's here
    this.docsPath = `#${args.name.toLowerCase()}`
    this.revert = revert
    this.message = [
      shortMessage || 'An error occurred.',
      '',
      ...(args.metaMessages ? [...args.metaMessages, ''] : []),
      ...(revert ? [`Revert: ${formatRevert(revert)}`] : []),
      `Docs: ${DOCS_BASE_URL}${this.docsPath}`,
      ...(this.details ? [`Details: ${this.details}`] : []),
      `Version: zksync-l1-actions@${version}`,
    ].join('\n')
  }
}

/** The decoded revert a cause of this package carries, if any. */
function revertOfCause(cause: Error | undefined): DecodedRevert | undefined {
  let e: unknown = cause
  while (e instanceof Error) {
    if (e instanceof ZksyncL1Error) return e.revert
    e = e.cause
  }
  return undefined
}

/** A decoded revert as its Solidity call reads: `LengthIsNotDivisibleBy32(31)`, `Error("Pausable: paused")`. */
export function formatRevert({ name, args }: DecodedRevert): string {
  if (!args) return name
  return `${name}(${args.map(formatArg).join(', ')})`
}

function formatArg(arg: unknown): string {
  if (typeof arg === 'string') return arg.startsWith('0x') ? arg : JSON.stringify(arg)
  if (Array.isArray(arg)) return `[${arg.map(formatArg).join(', ')}]`
  if (arg && typeof arg === 'object')
    return `{ ${Object.entries(arg)
      .map(([k, v]) => `${k}: ${formatArg(v)}`)
      .join(', ')} }`
  return String(arg)
}

/** Any error, narrowed by its `name` (viem's own `ErrorType` is not exported from its entry points). */
export type ErrorType<name extends string = 'Error'> = Error & { name: name }
