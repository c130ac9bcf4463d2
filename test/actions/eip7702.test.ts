/**
 * An EIP-7702-delegated EOA on the real contracts: it has code (the delegation designator), so the Mailbox aliases it
 * as a refund recipient up to protocol 0.30, exactly as the library predicts from the same `extcodesize`. From 0.31 the
 * Mailbox leaves a delegated EOA unaliased (`actualRefundRecipientMailbox`, vendor/AddressAliasHelper.sol:88 at
 * draft-v31 4859b6fd); protocolVersions.test.ts shows both sides on every version.
 */
import { createWalletClient, parseEther } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { deposit } from '../../src/actions/deposit.js'
import { quoteDeposit } from '../../src/actions/quoteDeposit.js'
import { extractPriorityRequests } from '../../src/utils/extractPriorityRequests.js'
import { applyL1ToL2Alias } from '../../src/utils/l1ToL2Alias.js'
import { protocolMinor, useHarness } from '../harness/index.js'
import { ETH } from '../harness/raw.js'

const h = useHarness({ chains: ['a'] })

describe('an EIP-7702-delegated EOA', () => {
  // up to 0.30 only: from 0.31 the Mailbox no longer aliases it (vendor/AddressAliasHelper.sol:88 at 4859b6fd)
  test.runIf(protocolMinor < 31)(
    'is aliased by the Mailbox as its own (default) refund recipient, and the library says so first',
    async () => {
      const account = privateKeyToAccount(generatePrivateKey())
      await h.test.setBalance({ address: account.address, value: parseEther('10') })
      const wallet = createWalletClient({ account, chain: h.l1.chain, transport: h.l1Transport.transport })
      // delegate the EOA to a contract (Multicall3; any code will do) with a type-4 transaction it sends itself
      const authorization = await wallet.signAuthorization({
        contractAddress: h.deployment.multicall3,
        executor: 'self',
      })
      const delegation = await wallet.sendTransaction({
        to: '0x000000000000000000000000000000000000dEaD',
        authorizationList: [authorization],
      })
      expect((await h.l1.waitForTransactionReceipt({ hash: delegation })).status).toBe('success')
      expect((await h.l1.getCode({ address: account.address }))?.startsWith('0xef0100')).toBe(true)

      const l2Client = h.l2Client(h.l2.a)
      h.l1Transport.reset()
      await expect(deposit(wallet, { l2Client, token: ETH, amount: 1n })).rejects.toMatchObject({
        name: 'AliasedRefundRecipientError',
      })
      expect(h.l1Transport.sends()).toEqual([])

      const quote = await quoteDeposit(h.l1, {
        l2Client,
        account: account.address,
        token: ETH,
        amount: 1n,
        allowAliasedRefundRecipient: true,
        accountIsContract: false,
        gas: null,
      })
      const alias = applyL1ToL2Alias(account.address)
      expect(quote.warnings).toContainEqual({
        type: 'refund-recipient-aliased',
        refundRecipient: account.address,
        l2RefundRecipient: alias,
      })
      // sent by the EOA itself: it is tx.origin, so its L2 sender stays; the refund goes to the alias
      const hash = await deposit(wallet, { l2Client, token: ETH, amount: 1n, allowAliasedRefundRecipient: true })
      const receipt = await h.l1.waitForTransactionReceipt({ hash })
      expect(receipt.status).toBe('success')
      const [request] = extractPriorityRequests({ logs: receipt.logs, diamondAddress: h.deployment.chainA.diamond })
      expect(BigInt(request!.transaction.from)).toBe(BigInt(account.address))
      expect(BigInt(request!.transaction.reserved[1]!)).toBe(BigInt(alias))
    },
  )
})
