/**
 * The example's Vite config. In your own app you `npm install zksync-l1-actions viem` and drop the alias below: the
 * imports in `src/` stay exactly as they are. Here the alias points the package's name at this repository's source,
 * so the example always runs the code next to it, with no build of the package first.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const source = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url))

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // relative asset URLs: the build can be served from any path
  base: './',
  resolve: {
    alias: [
      { find: /^zksync-l1-actions$/, replacement: source('index.ts') },
      { find: /^zksync-l1-actions\/chains$/, replacement: source('chains/index.ts') },
    ],
  },
  build: { target: 'es2022' },
})
