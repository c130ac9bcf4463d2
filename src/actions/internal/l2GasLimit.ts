import { type Address, type Hex, hexToBigInt } from 'viem'
import { zkChainAbi } from '../../abis/zkChain.js'
import { MEMORY_OVERHEAD_GAS, TX_SLOT_OVERHEAD_L2_GAS } from '../../constants/gas.js'
import { L2GasLimitTooHighError } from '../../errors/deposit.js'
import { decodeFeeParams } from '../../utils/decodeFeeParams.js'

/** Highest L2 address reserved for precompiles, system contracts (`0x8000`–`0xffff`) and built-ins (`0x10000`…). */
const MAX_RESERVED_L2_ADDRESS = 0x1ffffn

/**
 * Internal: whether an L2 address is reserved by the protocol: precompiles and kernel/system contracts up to `0xffff`
 * (`MAX_SYSTEM_CONTRACT_ADDRESS`), and the built-in contracts from `0x10000` (`USER_CONTRACTS_OFFSET`: create2 factory,
 * L2 Bridgehub `0x10002`, L2AssetRouter `0x10003`, L2NativeTokenVault `0x10004`, L2MessageRoot `0x10005`, …). None of
 * them can hold a user's deposit.
 */
export function isReservedL2Address(address: Address): boolean {
  return hexToBigInt(address) <= MAX_RESERVED_L2_ADDRESS
}

/** Internal: the diamond's cap on a priority transaction's body gas, to read in the same multicall as the base cost. */
export function priorityTxLimitCalls(diamond: Address) {
  return [{ address: diamond, abi: zkChainAbi, functionName: 'getPriorityTxMaxGasLimit' }] as const
}

/**
 * Internal: `TransactionValidator.validateL1ToL2Transaction`'s upper bounds, exactly: with `encLen` the length of
 * `abi.encode(L2CanonicalTransaction)`, `overhead = max(10000, 10 * encLen)` and `body = l2GasLimit - overhead`,
 * `body > priorityTxMaxGasLimit` reverts `TooMuchGas` and `body / gasPerPubdata > priorityTxMaxPubdata` reverts
 * `PubdataGreaterThanLimit`. The pubdata bound is checked only when the diamond's fee parameters word was read.
 */
export function assertL2GasLimitAccepted(parameters: {
  l2GasLimit: bigint
  calldataLength: number
  factoryDepsCount?: number | undefined
  gasPerPubdata: bigint
  priorityTxMaxGasLimit: bigint
  feeParamsWord?: Hex | undefined
}): void {
  const { l2GasLimit, calldataLength, factoryDepsCount = 0, gasPerPubdata, priorityTxMaxGasLimit } = parameters
  const encodingLength = 800n + 32n * ((BigInt(calldataLength) + 31n) / 32n) + 32n * BigInt(factoryDepsCount)
  const tenTimes = MEMORY_OVERHEAD_GAS * encodingLength
  const overhead = tenTimes > TX_SLOT_OVERHEAD_L2_GAS ? tenTimes : TX_SLOT_OVERHEAD_L2_GAS
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
