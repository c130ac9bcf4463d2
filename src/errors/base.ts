import { BaseError } from 'viem'

/** Where every error of this package is documented (the README's error list). */
export const DOCS_BASE_URL = 'https://www.npmjs.com/package/zksync-l1-actions'

export type ZksyncL1ErrorType = ZksyncL1Error & { name: 'ZksyncL1Error' }

/**
 * Base of every error this package throws: a viem `BaseError` whose docs link points at the
 * error's entry in the README.
 */
export class ZksyncL1Error extends BaseError {
  constructor(
    shortMessage: string,
    args: {
      name: string
      cause?: Error | undefined
      details?: string | undefined
      metaMessages?: string[] | undefined
    },
  ) {
    super(shortMessage, {
      ...(args.cause ? { cause: args.cause } : {}),
      ...(args.details ? { details: args.details } : {}),
      ...(args.metaMessages ? { metaMessages: args.metaMessages } : {}),
      docsBaseUrl: DOCS_BASE_URL,
      docsPath: `#${args.name.toLowerCase()}`,
      name: args.name,
    })
  }
}

/** Any error, narrowed by its `name` (viem's own `ErrorType` is not exported from its entry points). */
export type ErrorType<name extends string = 'Error'> = Error & { name: name }
