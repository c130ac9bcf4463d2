import { type Address, type Chain, type Client, type Hex, numberToHex, type Transport } from 'viem'
import { getStorageAt } from 'viem/actions'
import { getAction } from 'viem/utils'
import { bridgehubAbi } from '../../../abis/bridgehub.js'
import { zkChainAbi } from '../../../abis/zkChain.js'
import { DepositsPausedError, L2GasLimitTooHighError, L2GasLimitTooLowError } from '../../../errors/deposit.js'
import { decodeFeeParams } from '../../../utils/decodeFeeParams.js'
import { getL1TxOverheadL2Gas, getMinimumL2GasLimit, getProtocolMinor } from '../../../utils/getMinimumL2GasLimit.js'
import { type ReadCall, type ReadResult, unwrapRead } from '../readContracts.js'

/** The L2's virtual machine. */
export type L2Vm = 'era' | 'zksync-os'

/** Storage slot of `ZKChainStorage.zksyncOS` (its lowest byte) in a 0.30 diamond, which has no getter for it. */
const ZKSYNC_OS_FLAG_SLOT = numberToHex(60n)

/**
 * Internal, the "read L1" stage of a priority request (deposit or `requestExecute`): the chain's terms, read in the
 * multicall that reads the base cost, in this order: the base cost at the request's L1 gas price, the L2 gas price at
 * L1 gas price 0 (the lowest the Mailbox can derive, whatever the request is mined at), the diamond's priority gas
 * cap, its protocol version, its VM flag (`getZKsyncOS()`, from v31) and whether its deposits are paused
 * (`depositsPaused()`, from v31). The last two fail on older diamonds, which have neither.
 */
export function chainTermsCalls(parameters: {
  bridgehub: Address
  diamond: Address
  l2ChainId: bigint
  gasPrice: bigint
  l2GasLimit: bigint
  gasPerPubdata: bigint
}): ReadCall[] {
  const { bridgehub, diamond, l2ChainId, gasPerPubdata } = parameters
  const baseCost = (gasPrice: bigint, l2GasLimit: bigint) => ({
    address: bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [l2ChainId, gasPrice, l2GasLimit, gasPerPubdata],
  })
  const diamondRead = (functionName: string) => ({ address: diamond, abi: zkChainAbi, functionName })
  return [
    baseCost(parameters.gasPrice, parameters.l2GasLimit),
    baseCost(0n, 1n),
    diamondRead('getPriorityTxMaxGasLimit'),
    diamondRead('getProtocolVersion'),
    diamondRead('getZKsyncOS'),
    diamondRead('depositsPaused'),
  ]
}

/** How many reads `chainTermsCalls` returns. */
export const CHAIN_TERMS_CALLS = 6

export type ChainTerms = {
  /** The L2 gas limit to send: the estimate raised to the chain's floor, or the caller's, checked against it. */
  l2GasLimit: bigint
  /** The base cost of `l2GasLimit` at the request's L1 gas price. */
  baseCost: bigint
  /** `getProtocolVersion()` of the diamond (`minor << 32 | patch`). */
  protocolVersion: bigint
  vm: L2Vm
}

/**
 * Internal, the "checks" stage of a priority request, on the answers of `chainTermsCalls`: every rule of the chain's
 * version, written once for the deposit routes and `requestExecute`.
 *
 * 1. Paused deposits (v31, `Mailbox.sol:597` at draft-v31) are a `DepositsPausedError`.
 * 2. The VM: `getZKsyncOS()` from v31; before, `vm` (what the L2 estimate or the chain definition says), Era below
 *    0.30, and at 0.30 the diamond's `zksyncOS` storage flag (one more request, only then).
 * 3. The limit against the chain's caps (`L2GasLimitTooHighError`), before the base cost is used (a limit far above
 *    the cap makes the base cost overflow and its read revert).
 * 4. The floor of the VM and version (`getMinimumL2GasLimit`) at the lowest L2 gas price the Mailbox can derive: a
 *    caller's limit below it is an `L2GasLimitTooLowError`, an estimate below it is raised to it (and its base cost
 *    with it; the base cost is the L2 gas price times the limit).
 */
export async function applyChainTerms(
  client: Client<Transport, Chain | undefined>,
  reads: readonly ReadResult[],
  parameters: {
    l2ChainId: bigint
    diamond: Address
    l2GasLimit: bigint
    /** Whether the caller chose `l2GasLimit` (checked against the floor) or it was estimated (raised to it). */
    l2GasLimitGiven: boolean
    calldataLength: number
    factoryDepsCount?: number | undefined
    gasPerPubdata: bigint
    /** The diamond's fee parameters word, read when the caller chose the limit: its pubdata cap is checked too. */
    feeParamsWord?: Hex | undefined
    /** The VM when known before the reads (the L2 estimate, the chain definition). */
    vm?: L2Vm | undefined
  },
): Promise<ChainTerms> {
  const [baseCostRead, lowestPriceRead, maxGasRead, versionRead, zksyncOsRead, pausedRead] = reads
  const { l2ChainId, diamond, l2GasLimit, calldataLength, factoryDepsCount = 0, gasPerPubdata } = parameters
  if (pausedRead?.status === 'success' && pausedRead.result === true) throw new DepositsPausedError({ l2ChainId })
  const protocolVersion = unwrapRead<bigint>(versionRead)
  const vm = await resolveVm(client, { diamond, protocolVersion, zksyncOsRead, vm: parameters.vm })
  assertL2GasLimitAccepted({
    l2GasLimit,
    calldataLength,
    factoryDepsCount,
    gasPerPubdata,
    priorityTxMaxGasLimit: unwrapRead<bigint>(maxGasRead),
    feeParamsWord: parameters.feeParamsWord,
    vm,
  })
  const baseCost = unwrapRead<bigint>(baseCostRead)
  const l2GasPrice = l2GasLimit > 0n ? baseCost / l2GasLimit : 0n
  const lowestL2GasPrice = unwrapRead<bigint>(lowestPriceRead)
  const minimum = getMinimumL2GasLimit(
    vm === 'zksync-os'
      ? {
          calldataLength,
          factoryDepsCount,
          gasPerPubdata,
          vm,
          protocolVersion,
          // TransactionValidator takes the derived L2 gas price as maxFeePerGas (Mailbox.sol:444, :505 at
          // zkos-v0.30.2): at the lowest price it can derive, the floor holds whatever the request is mined at
          l2GasPrice: lowestL2GasPrice > 0n ? lowestL2GasPrice : l2GasPrice,
        }
      : { calldataLength, factoryDepsCount, gasPerPubdata },
  )
  if (parameters.l2GasLimitGiven && l2GasLimit < minimum) throw new L2GasLimitTooLowError({ l2GasLimit, minimum })
  // an estimate below the floor is raised to it, with its base cost
  const raised = l2GasLimit < minimum
  return {
    l2GasLimit: raised ? minimum : l2GasLimit,
    baseCost: raised ? l2GasPrice * minimum : baseCost,
    protocolVersion,
    vm,
  }
}

/**
 * The VM of the chain: `getZKsyncOS()` where the diamond has it (v31); before, the VM already known (the L2 estimate,
 * the chain definition), Era below 0.30, and at 0.30 the lowest byte of the diamond's `zksyncOS` storage slot (one
 * more request, only then).
 */
async function resolveVm(
  client: Client<Transport, Chain | undefined>,
  parameters: { diamond: Address; protocolVersion: bigint; zksyncOsRead: ReadResult | undefined; vm: L2Vm | undefined },
): Promise<L2Vm> {
  const { zksyncOsRead } = parameters
  if (zksyncOsRead?.status === 'success') return zksyncOsRead.result === true ? 'zksync-os' : 'era'
  if (parameters.vm) return parameters.vm
  if (getProtocolMinor(parameters.protocolVersion) < 30) return 'era'
  const word = await getAction(
    client,
    getStorageAt,
    'getStorageAt',
  )({ address: parameters.diamond, slot: ZKSYNC_OS_FLAG_SLOT })
  return (BigInt(word ?? '0x0') & 0xffn) !== 0n ? 'zksync-os' : 'era'
}

/**
 * Internal: `TransactionValidator.validateL1ToL2Transaction`'s upper bounds, exactly: with `encLen` the length of
 * `abi.encode(L2CanonicalTransaction)`, the body is `l2GasLimit - max(10000, 10 * encLen)` on Era and the whole limit on
 * ZKsync OS (`getTransactionBodyGasLimit`, TransactionValidator.sol:197 at zkos-v0.30.2); `body >
 * priorityTxMaxGasLimit` reverts `TooMuchGas` and `body / gasPerPubdata > priorityTxMaxPubdata` reverts
 * `PubdataGreaterThanLimit`. The pubdata bound is checked only when the diamond's fee parameters word was read.
 */
function assertL2GasLimitAccepted(parameters: {
  l2GasLimit: bigint
  calldataLength: number
  factoryDepsCount: number
  gasPerPubdata: bigint
  priorityTxMaxGasLimit: bigint
  feeParamsWord?: Hex | undefined
  vm: L2Vm
}): void {
  const { l2GasLimit, calldataLength, factoryDepsCount, gasPerPubdata, priorityTxMaxGasLimit } = parameters
  const overhead = parameters.vm === 'zksync-os' ? 0n : getL1TxOverheadL2Gas(calldataLength, factoryDepsCount)
  const body = l2GasLimit - overhead
  const byGas = overhead + priorityTxMaxGasLimit
  const priorityTxMaxPubdata =
    parameters.feeParamsWord !== undefined ? decodeFeeParams(parameters.feeParamsWord).priorityTxMaxPubdata : undefined
  // the largest body whose floor(body / gasPerPubdata) is still priorityTxMaxPubdata
  const byPubdata =
    priorityTxMaxPubdata !== undefined && gasPerPubdata > 0n
      ? overhead + priorityTxMaxPubdata * gasPerPubdata + gasPerPubdata - 1n
      : undefined
  const maximum = byPubdata !== undefined && byPubdata < byGas ? byPubdata : byGas
  if (body > priorityTxMaxGasLimit) throw new L2GasLimitTooHighError({ l2GasLimit, maximum, reason: 'TooMuchGas' })
  if (priorityTxMaxPubdata !== undefined && gasPerPubdata > 0n && body / gasPerPubdata > priorityTxMaxPubdata)
    throw new L2GasLimitTooHighError({ l2GasLimit, maximum, reason: 'PubdataGreaterThanLimit' })
}
