import { describe, expect, test } from 'vitest'
import { ETH_TOKEN_ADDRESS } from '../../src/constants/addresses.js'
import { isEth } from '../../src/utils/isEth.js'
import { normalizeToken } from '../../src/utils/normalizeToken.js'

const token = '0xb7278A61aa25c888815aFC32Ad3cC52fF24fE575'

describe('isEth', () => {
  test('the zero address and 0x…01 are ETH, in any case', () => {
    expect(isEth('0x0000000000000000000000000000000000000000')).toBe(true)
    expect(isEth('0x0000000000000000000000000000000000000001')).toBe(true)
    expect(isEth('0X0000000000000000000000000000000000000001')).toBe(true)
  })

  test('other addresses are not ETH, including the L2 base token system contract', () => {
    expect(isEth(token)).toBe(false)
    expect(isEth(token.toLowerCase())).toBe(false)
    expect(isEth('0x000000000000000000000000000000000000800A')).toBe(false)
    expect(isEth('0x0000000000000000000000000000000000000002')).toBe(false)
    expect(isEth('0x1000000000000000000000000000000000000000')).toBe(false)
  })
})

describe('normalizeToken', () => {
  test('maps both spellings of ETH to 0x…01', () => {
    expect(normalizeToken('0x0000000000000000000000000000000000000000')).toBe(ETH_TOKEN_ADDRESS)
    expect(normalizeToken('0x0000000000000000000000000000000000000001')).toBe(ETH_TOKEN_ADDRESS)
  })

  test('returns any other token unchanged, checksum included', () => {
    expect(normalizeToken(token)).toBe(token)
    expect(normalizeToken(token.toLowerCase() as typeof token)).toBe(token.toLowerCase())
  })
})
