import type { Client, Transport } from 'viem'
import { expectTypeOf, test } from 'vitest'
import type * as pkg from '../../src/index.js'
import type { ZksyncL1Actions, ZksyncL2Actions } from '../../src/index.js'

type Exports = typeof pkg

/** The names of the package's exported functions whose first argument is a client: its actions. */
type ClientActions = {
  [name in keyof Exports]: Exports[name] extends (
    client: Client<Transport, any, any>,
    ...rest: any[]
  ) => Promise<unknown>
    ? name
    : never
}[keyof Exports]

test('every public action is a method of one decorator, and every method is a public action', () => {
  // `resolveL2Target` is exported beside `getL1Contracts` but is a helper, not an action (issue 15 moves it)
  expectTypeOf<Exclude<ClientActions, 'resolveL2Target'>>().toEqualTypeOf<
    keyof ZksyncL1Actions | keyof ZksyncL2Actions
  >()
})

test('no action is on both decorators', () => {
  expectTypeOf<Extract<keyof ZksyncL1Actions, keyof ZksyncL2Actions>>().toBeNever()
})
