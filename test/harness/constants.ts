import type { Address, Hex } from 'viem'

/**
 * anvil's default accounts (the well-known test mnemonic "test test … junk"); unlocked on the node,
 * and their keys are used where a test signs locally (L2 transactions, `sendCalls`).
 */
export const accounts = {
  /** owner of every L1 contract */
  deployer: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  /** admin of the three chains */
  chainAdmin: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  /** funded user with test tokens */
  alice: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  /** second funded user with test tokens */
  bob: '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  /** validator that commits, proves and executes batches */
  validator: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  /** an account with ETH only */
  carol: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
} as const satisfies Record<string, Address>

export const privateKeys = {
  alice: '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  bob: '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  carol: '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
} as const satisfies Record<string, Hex>
