/**
 * The project's one-call L1 reader (`src/actions/internal/l1Reader.ts` over `scripts/reader/L1ContractsReader.sol`) on
 * the real Bridgehub: a read that takes a word from a failed read is not made, whether the word is its target or one
 * of its arguments, and the answers of the reads after it still decode in their places.
 */
import { describe, expect, test } from 'vitest'
import { bridgehubAbi } from '../../src/abis/bridgehub.js'
import { l1AssetRouterAbi } from '../../src/abis/l1AssetRouter.js'
import { answerOf, runL1Reader } from '../../src/actions/internal/l1Reader.js'
import { anyChain, useHarness } from '../harness/index.js'

const h = useHarness({ chains: [] })

describe('runL1Reader', () => {
  test.each(['target', 'argument'] as const)(
    'a read whose %s is the answer of a failed read fails without a call; the next answers stay in place',
    async (where) => {
      const bridgehub = h.deployment.bridgehub
      const chainId = BigInt(anyChain().chainId)
      const answers = await runL1Reader(h.l1, [
        // the Bridgehub has no L1_NULLIFIER(): this read reverts
        { address: bridgehub, abi: l1AssetRouterAbi, functionName: 'L1_NULLIFIER' },
        where === 'target'
          ? { address: answerOf(0), abi: l1AssetRouterAbi, functionName: 'nativeTokenVault' }
          : { address: bridgehub, abi: bridgehubAbi, functionName: 'getZKChain', args: [BigInt(answerOf(0))] },
        { address: bridgehub, abi: bridgehubAbi, functionName: 'assetRouter' },
        { address: bridgehub, abi: bridgehubAbi, functionName: 'getZKChain', args: [chainId] },
      ])
      expect(answers?.map((a) => a.status)).toEqual(['failure', 'failure', 'success', 'success'])
      expect(answers?.[2]).toEqual({ status: 'success', result: h.deployment.l1AssetRouter })
      expect(answers?.[3]).toEqual({ status: 'success', result: anyChain().diamond })
      expect(h.l1Transport.methods()).toEqual(['eth_call'])
    },
  )
})
