/**
 * Time per call of the pure encoders behind the actions, to set them beside a round trip to a node
 * (50-300 ms on a public RPC). Run by `npm run bench` (or `npx vitest bench --run bench/encoders.bench.ts`).
 */
import { type Address, concat, encodeAbiParameters, encodeFunctionData, type Hex, numberToHex, pad } from 'viem'
import { bench, describe } from 'vitest'
import { bridgehubAbi } from '../src/abis/bridgehub.js'
import { l1NullifierAbi } from '../src/abis/l1Nullifier.js'
import { deriveL2GasPrice } from '../src/utils/deriveL2GasPrice.js'
import { encodeSecondBridgeCalldata } from '../src/utils/encodeSecondBridgeCalldata.js'
import { getMinimumL2GasLimit } from '../src/utils/getMinimumL2GasLimit.js'
import { getNtvAssetId } from '../src/utils/getNtvAssetId.js'
import { parseL2ToL1LogProof } from '../src/utils/parseL2ToL1LogProof.js'
import { parseWithdrawalMessage } from '../src/utils/parseWithdrawalMessage.js'

const token: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
const receiver: Address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'

const assetRouter: Address = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512'
const amount = 5n * 10n ** 18n
const assetId = getNtvAssetId({ originChainId: 1n, token })
const feeParams = {
  pubdataPricingMode: 0,
  batchOverheadL1Gas: 1_000_000n,
  maxPubdataPerBatch: 120_000n,
  maxL2GasPerBatch: 80_000_000n,
  minimalL2GasPrice: 250_000_000n,
} as const
const baseTokenMessage: Hex = concat(['0x6c0960f9', receiver, numberToHex(amount, { size: 32 })])
const assetRouterMessage: Hex = concat([
  '0x9c884fd1',
  numberToHex(271n, { size: 32 }),
  assetId,
  encodeAbiParameters(
    [{ type: 'address' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes' }],
    [receiver, receiver, token, amount, '0x'],
  ),
])
const proofResponse = {
  id: 3,
  root: pad('0x01', { size: 32 }),
  proof: Array.from({ length: 16 }, (_, i) => pad(numberToHex(i + 1), { size: 32 })),
  batchNumber: 12,
}

describe('deposit', () => {
  bench('quote assembly from given numbers (L2 gas price, minimum L2 gas, base cost, mint value)', () => {
    const l2GasPrice = deriveL2GasPrice({
      gasPrice: 2_000_000_000n,
      feeParams,
      baseTokenGasPriceMultiplierNominator: 5n,
      baseTokenGasPriceMultiplierDenominator: 2n,
    })
    const minimum = getMinimumL2GasLimit({ calldataLength: 356 })
    const l2GasLimit = minimum > 1_500_000n ? minimum : 1_500_000n
    const baseCost = l2GasPrice * l2GasLimit
    // the mint value of an ETH deposit; compared so the work is not dead code
    if (baseCost + amount <= 0n) throw new Error('unreachable')
  })
  bench('second-bridge calldata, legacy form', () => {
    encodeSecondBridgeCalldata({ encoding: 'legacy', token, amount, l2Receiver: receiver })
  })
  bench('second-bridge calldata, asset-id form', () => {
    encodeSecondBridgeCalldata({ encoding: 'assetId', assetId, amount, l2Receiver: receiver, token })
  })
  bench('requestL2TransactionTwoBridges calldata', () => {
    encodeFunctionData({
      abi: bridgehubAbi,
      functionName: 'requestL2TransactionTwoBridges',
      args: [
        {
          chainId: 271n,
          mintValue: 10n ** 15n,
          l2Value: 0n,
          l2GasLimit: 1_500_000n,
          l2GasPerPubdataByteLimit: 800n,
          refundRecipient: receiver,
          secondBridgeAddress: assetRouter,
          secondBridgeValue: 0n,
          secondBridgeCalldata: encodeSecondBridgeCalldata({ encoding: 'legacy', token, amount, l2Receiver: receiver }),
        },
      ],
    })
  })
  bench('getNtvAssetId', () => {
    getNtvAssetId({ originChainId: 31337n, token })
  })
})

describe('withdrawal', () => {
  bench('parseWithdrawalMessage, base token', () => {
    parseWithdrawalMessage(baseTokenMessage)
  })
  bench('parseWithdrawalMessage, asset router', () => {
    parseWithdrawalMessage(assetRouterMessage)
  })
  bench('finalize params assembly (proof parse + finalizeDeposit calldata)', () => {
    const proof = parseL2ToL1LogProof(proofResponse)
    encodeFunctionData({
      abi: l1NullifierAbi,
      functionName: 'finalizeDeposit',
      args: [
        {
          chainId: 271n,
          l2BatchNumber: 12n,
          l2MessageIndex: BigInt(proofResponse.id),
          l2Sender: '0x000000000000000000000000000000000000800A',
          l2TxNumberInBatch: 4,
          message: baseTokenMessage,
          merkleProof: proof.proof as Hex[],
        },
      ],
    })
  })
})
