/**
 * Every `@example` in the JSDoc of `src/` and every ```ts block of the README type-checks against the
 * package's source, as a user would write it (`import … from 'zksync-l1-actions'`); so do the dapp examples
 * (examples/bridge/src, examples/wagmi.ts), with the example's own tsconfig.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { expect, test } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'node_modules', '.examples')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** `@example` blocks of a source file: the comment lines after the tag, up to the next tag or the end. */
function jsdocExamples(source: string): string[] {
  const out: string[] = []
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\*\/\s*$/, ''))
    let current: string[] | undefined
    for (const line of lines) {
      if (line.startsWith('@example')) {
        if (current) out.push(current.join('\n'))
        current = []
      } else if (line.startsWith('@')) {
        if (current) out.push(current.join('\n'))
        current = undefined
      } else if (current) current.push(line)
    }
    if (current) out.push(current.join('\n'))
  }
  return out.map((e) => e.replace(/^```ts\n?|```$/gm, '').trim()).filter(Boolean)
}

function readmeExamples(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)
}

test('every JSDoc @example and README ts block type-checks', () => {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const files: string[] = []
  const origin = new Map<string, string>()
  for (const file of walk(join(root, 'src'))) {
    jsdocExamples(readFileSync(file, 'utf8')).forEach((code, i) => {
      const name = join(outDir, `${relative(join(root, 'src'), file).replace(/[/.]/g, '_')}_${i}.ts`)
      writeFileSync(name, `${code}\nexport {}\n`)
      files.push(name)
      origin.set(name, `${relative(root, file)} example ${i + 1}`)
    })
  }
  readmeExamples(readFileSync(join(root, 'README.md'), 'utf8')).forEach((code, i) => {
    const name = join(outDir, `README_${i}.ts`)
    writeFileSync(name, `${code}\nexport {}\n`)
    files.push(name)
    origin.set(name, `README.md block ${i + 1}`)
  })
  expect(files.length).toBeGreaterThan(0)
  const program = ts.createProgram([...files, join(root, 'test/examples/prelude.d.ts')], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    baseUrl: root,
    paths: {
      'zksync-l1-actions': ['src/index.ts'],
      'zksync-l1-actions/chains': ['src/chains/index.ts'],
      'zksync-l1-actions/abis': ['src/abis/index.ts'],
      'zksync-l1-actions/utils': ['src/utils/index.ts'],
    },
  })
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => `${origin.get(d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
  expect(problems).toEqual([])
}, 120_000)

test('the dapp examples (examples/bridge, examples/wagmi.ts) type-check with the example tsconfig', () => {
  const tsconfig = join(root, 'examples/bridge/tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  })
  expect(parsed?.errors ?? []).toEqual([])
  const files = [...(parsed?.fileNames ?? []), join(root, 'examples/wagmi.ts')]
  expect(files.filter((f) => f.endsWith('main.ts')).length).toBe(1)
  const program = ts.createProgram(files, parsed!.options)
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !d.file || files.includes(d.file.fileName))
    .map(
      (d) =>
        `${d.file ? relative(root, d.file.fileName) : 'options'}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    )
  expect(problems).toEqual([])
}, 120_000)
