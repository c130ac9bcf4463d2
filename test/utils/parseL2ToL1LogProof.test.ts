import type { Hex } from 'viem'
import { expect, test } from 'vitest'
import { parseL2ToL1LogProof } from '../../src/utils/parseL2ToL1LogProof.js'

const word = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hex
const plainProof = Array.from({ length: 15 }, (_, i) => word(i + 1))
const root = word(0xabc)

test('Era response: id as a number, no batch number, proof unchanged', () => {
  const proof = parseL2ToL1LogProof({ proof: plainProof, id: 3, root })
  expect(proof).toEqual({ proof: plainProof, id: 3, root })
  expect('batchNumber' in proof).toBe(false)
})

test('ZKsync OS response: batch number as a bigint', () => {
  expect(parseL2ToL1LogProof({ proof: plainProof, id: 0, root, batchNumber: 17 })).toEqual({
    proof: plainProof,
    id: 0,
    root,
    batchNumber: 17n,
  })
  expect(parseL2ToL1LogProof({ proof: plainProof, id: '0x2', root, batchNumber: '0x11' })).toEqual({
    proof: plainProof,
    id: 2,
    root,
    batchNumber: 17n,
  })
})

test('a null batch number is treated as absent', () => {
  expect('batchNumber' in parseL2ToL1LogProof({ proof: plainProof, id: 1, root, batchNumber: null })).toBe(false)
})

test('metadata-prefixed and Gateway-length proofs pass through element for element, in order, case kept', () => {
  const metadata = `0x010f0001${'00'.repeat(28)}` as Hex
  const gatewayProof = [
    `0x010a0301${'00'.repeat(28)}`,
    ...Array.from({ length: 30 }, (_, i) => word(1000 + i)),
    `0x${'AB'.repeat(32)}`,
  ] as Hex[]
  for (const input of [[metadata, ...plainProof], gatewayProof]) {
    const output = parseL2ToL1LogProof({ proof: input, id: 5, root }).proof
    expect(output).toEqual(input)
    expect(output).toHaveLength(input.length)
  }
})

test('the result does not share the response array', () => {
  const input = [...plainProof]
  const { proof } = parseL2ToL1LogProof({ proof: input, id: 0, root })
  proof.pop()
  expect(input).toHaveLength(15)
})
