/**
 * Our side of the RPC benchmark: the same workflows written with this library's actions, each loaded
 * from `src/actions` when its file exists. The L2 client carries the harness chain definition
 * (`custom.zksync` with the L1 chain id and the Bridgehub only), as a user's client of a chain that
 * `zksync-l1-actions/chains` does not list would.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Address, Hex } from 'viem'
import type { L2Node } from '../../test/harness/l2/node.js'
import { accounts, l2ChainOf, type RunContext } from './setup.js'
import { amounts, type ViemClients, viemClients, viemClientsBatched, type WorkflowName } from './workflows.js'

type Run = (c: ViemClients, prepared: Hex | undefined) => Promise<unknown>
type AnyAction = (client: unknown, parameters: Record<string, unknown>) => Promise<any>

const actionsDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/actions')
const ETH: Address = '0x0000000000000000000000000000000000000000'

async function load(name: string): Promise<AnyAction | undefined> {
  const file = join(actionsDir, `${name}.ts`)
  if (!existsSync(file)) return undefined
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  return typeof mod[name] === 'function' ? (mod[name] as AnyAction) : undefined
}

export type Ours = {
  available: Partial<Record<WorkflowName, Run>>
  missing: Partial<Record<WorkflowName, string>>
  clients(ctx: RunContext, node: L2Node): ReturnType<typeof viemClients>
  batchedClients(ctx: RunContext, node: L2Node): ReturnType<typeof viemClientsBatched>
}

export async function ourWorkflows(): Promise<Ours> {
  const [deposit, requestExecute, finalizeWithdrawal, claimFailedDeposit, isWithdrawalFinalized] = await Promise.all(
    ['deposit', 'requestExecute', 'finalizeWithdrawal', 'claimFailedDeposit', 'isWithdrawalFinalized'].map(load),
  )
  const available: Ours['available'] = {}
  const missing: Ours['missing'] = {}
  const wait = (c: ViemClients, hash: Hex) => c.l1.waitForTransactionReceipt({ hash })
  if (deposit) {
    const run =
      (token: (c: ViemClients) => Address, amount: bigint): Run =>
      async (c) =>
        wait(
          c,
          await deposit(c.wallet, {
            l2Client: c.l2,
            token: token(c),
            amount,
            to: accounts.alice,
            refundRecipient: accounts.alice,
            approve: true,
          }),
        )
    available['ETH deposit'] = run(() => ETH, amounts.eth)
    available['ERC-20 deposit (with approval)'] = run((c) => c.ctx.deployment.tokens.testToken, amounts.erc20)
    available['base-token deposit (custom-base chain)'] = run((c) => c.ctx.deployment.tokens.baseTokenB, amounts.base)
    available['ETH deposit (custom-base chain)'] = run(() => ETH, amounts.eth)
    available['ERC-20 deposit (custom-base chain)'] = run((c) => c.ctx.deployment.tokens.testToken, amounts.erc20)
  } else
    for (const w of [
      'ETH deposit',
      'ERC-20 deposit (with approval)',
      'base-token deposit (custom-base chain)',
      'ETH deposit (custom-base chain)',
      'ERC-20 deposit (custom-base chain)',
    ] as const)
      missing[w] = 'src/actions/deposit.ts'
  if (requestExecute)
    available.requestExecute = async (c) =>
      wait(
        c,
        await requestExecute(c.wallet, {
          l2Client: c.l2,
          contractAddress: accounts.carol,
          calldata: '0x',
          l2Value: amounts.l2Value,
          refundRecipient: accounts.alice,
        }).then((r: Hex | { hash: Hex }) => (typeof r === 'string' ? r : r.hash)),
      )
  else missing.requestExecute = 'src/actions/requestExecute.ts'
  if (finalizeWithdrawal)
    available.finalizeWithdrawal = async (c, hash) =>
      wait(c, await finalizeWithdrawal(c.wallet, { l2Client: c.l2, hash }))
  else missing.finalizeWithdrawal = 'src/actions/finalizeWithdrawal.ts'
  if (claimFailedDeposit)
    available.claimFailedDeposit = async (c, hash) =>
      wait(c, await claimFailedDeposit(c.wallet, { l2Client: c.l2, hash }))
  else missing.claimFailedDeposit = 'src/actions/claimFailedDeposit.ts'
  if (isWithdrawalFinalized)
    available.isWithdrawalFinalized = async (c, hash) => isWithdrawalFinalized(c.l1, { l2Client: c.l2, hash })
  else missing.isWithdrawalFinalized = 'src/actions/isWithdrawalFinalized.ts'
  return {
    available,
    missing,
    clients: (ctx, node) => viemClients(ctx, node, l2ChainOf(node.chain, `L2 ${node.chainId}`)),
    batchedClients: (ctx, node) => viemClientsBatched(ctx, node, l2ChainOf(node.chain, `L2 ${node.chainId}`)),
  }
}
