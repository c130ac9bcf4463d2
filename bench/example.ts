/**
 * The production bundle of the example dapp (examples/bridge): `vite build` with the example's own config, each
 * emitted JS file gzip -9. `npm run bench` writes it into bench/RESULTS.md; `npm run test:browser` prints the same
 * figure from the same build (test/browser/build.ts).
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildExample } from '../test/browser/build.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export async function exampleMarkdown(): Promise<string> {
  const built = await buildExample(join(root, 'examples/bridge'))
  const vite = JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')).version as string
  const kB = (bytes: number) => (bytes / 1000).toFixed(1)
  const role = (file: string) =>
    file.includes('ccip') ? " (viem's offchain lookup, EIP-3668: loaded only when a call asks for one)" : ''
  return [
    `Measured ${new Date().toISOString()} with vite ${vite}: \`vite build\` of \`examples/bridge\` with its own config (Vite's default minification, target es2022; the package taken from this repository's source through the example's alias), then each emitted \`.js\` file compressed with gzip level 9 (node's zlib); kB = 1000 bytes. \`npm run test:browser\` prints the same figure from the same build.`,
    '',
    '| file | minified kB | gzip -9 kB |',
    '| --- | ---: | ---: |',
    ...built.js.map((f) => `| ${f.file}${role(f.file)} | ${kB(f.bytes)} | ${kB(f.gzip)} |`),
    `| total | ${kB(built.js.reduce((sum, f) => sum + f.bytes, 0))} | ${kB(built.gzip)} |`,
    '',
    "It holds the whole page: viem's public and wallet clients with the `http` and `custom` transports, the actions the page imports (`quoteDeposit`, `deposit`, `waitForDepositExecution`, `withdraw`, `waitForWithdrawalReady`, `finalizeWithdrawal`, `getL1TokenBalance`, `getL2TokenAddress`, the error classes), the page's own definition of Sepolia and the two chain definitions it takes from `zksync-l1-actions/chains`, and the page's own code.",
    '',
  ].join('\n')
}
