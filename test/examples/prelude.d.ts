import type { Account, Chain, PublicClient, Transport, WalletClient } from 'viem'

// Names the JSDoc and README examples may use without declaring them.
declare global {
  const publicClient: PublicClient<Transport, Chain>
  const walletClient: WalletClient<Transport, Chain, Account>
  const l2Client: PublicClient<Transport, Chain>
  const l2WalletClient: WalletClient<Transport, Chain, Account>
}
