import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * The end-to-end files: those that bring up the harness. They run once per era-contracts version (a project each, with
 * `ZKSYNC_CONTRACTS_VERSION` set); every other test runs once, in the first project.
 */
function endToEndFiles(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return endToEndFiles(path)
    return entry.name.endsWith('.test.ts') && /\buseHarness\(/.test(readFileSync(path, 'utf8')) ? [path] : []
  })
}

/** The versions besides v29.4 whose suite runs (`test/harness/versions.ts`). */
const otherVersions: string[] = ['zkos-v0.30.2', 'v31']

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'v29.4',
          include: ['test/**/*.test.ts'],
          env: { ZKSYNC_CONTRACTS_VERSION: 'v29.4' },
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      ...otherVersions.map((version) => ({
        extends: true as const,
        test: { name: version, include: endToEndFiles(), env: { ZKSYNC_CONTRACTS_VERSION: version } },
      })),
    ],
  },
})
