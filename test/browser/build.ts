/**
 * Builds the example dapp for production (`vite build` with its own config) and measures what a browser downloads:
 * each emitted JS file, raw and gzip -9.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

export type BuiltExample = { dir: string; js: { file: string; bytes: number; gzip: number }[]; gzip: number }

export async function buildExample(exampleDir: string): Promise<BuiltExample> {
  const dir = join(exampleDir, 'dist')
  await build({ configFile: join(exampleDir, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dir } })
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js')).sort()
  const js = await Promise.all(
    files.map(async (f) => {
      const content = await readFile(join(dir, f))
      return { file: relative(dir, join(dir, f)), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
    }),
  )
  return { dir, js, gzip: js.reduce((sum, f) => sum + f.gzip, 0) }
}
