// The layer rules of eslint/layers.js, run through ESLint's Node API on small in-memory files
// placed at each layer's path: each forbidden import must fail, each allowed one must pass, so a
// zone that silently stops matching fails here instead of letting a layer leak.
import { readdir, readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { globToRegExp } from '../../eslint/layer-imports.js'
import { pending, zones } from '../../eslint/layers.js'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The messages of one rule for `code` as if it were the file at `path`. */
async function lint(path: string, code: string, rule = 'redaksi/layer-imports'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) })
  if (!result) throw new Error(`ESLint returned nothing for ${path}`)
  const fatal = result.messages.filter((m) => m.fatal)
  if (fatal.length > 0) throw new Error(`${path} did not parse: ${fatal[0]?.message}`)
  return result.messages.filter((m) => m.ruleId === rule).map((m) => m.message)
}

const use = (specifier: string): string => `import { thing } from '${specifier}'\nexport const used = thing\n`

// [file the import is written in, the import, why it must fail]
const forbidden: Array<[string, string]> = [
  // src/shared: pure, nothing outside itself
  ['src/shared/kompas/rules/new-rule.ts', 'node:fs'],
  ['src/shared/kompas/rules/new-rule.ts', 'fs'],
  ['src/shared/article-extra.ts', 'electron'],
  ['src/shared/article-extra.ts', 'react'],
  ['src/shared/article-extra.ts', 'lowdb'],
  ['src/shared/article-extra.ts', '../main/paths'],
  ['src/shared/kompas/new-rule.ts', '../../renderer/src/App'],
  ['src/shared/article-extra.ts', '../server/index'],
  ['src/shared/article-extra.ts', '../preload/api'],
  ['src/shared/kompas/new-rule.ts', '@tiptap/pm/model'],
  ['src/shared/kompas/new-rule.ts', '@tiptap/core'],
  ['src/shared/editor/nodes/pull-quote.ts', '@tiptap/react'],
  ['src/shared/editor/serializers/html.ts', '../../../main/export/html-escape'],
  // main: each folder only what its role allows
  ['src/main/import/parse-new-format.ts', '../export/html-page'],
  ['src/main/import/parse-new-format.ts', '../services/exchange'],
  ['src/main/services/new-service.ts', '../store/article-store'],
  ['src/main/services/new-service.ts', '../store/durable-file'],
  ['src/main/services/new-service.ts', 'electron'],
  ['src/main/store/new-part.ts', '../services/articles'],
  ['src/main/store/new-part.ts', '../workflow/queue'],
  ['src/main/export/new-format.ts', '../import/importer'],
  ['src/main/export/new-format.ts', '@tiptap/pm/model'],
  ['src/main/workflow/new-rule.ts', '../export/run-export'],
  ['src/main/cli/commands/new-command.ts', 'electron'],
  ['src/main/cli/commands/new-command.ts', '../../store/revisions'],
  ['src/main/browser-host/new-route.ts', 'electron'],
  ['src/main/new-root.ts', 'react'],
  ['src/main/sync/new-part.ts', '../store/article-store'],
  ['src/main/sync/new-part.ts', '../store/durable-file'],
  ['src/main/sync/new-part.ts', '../export/run-export'],
  ['src/main/sync/new-part.ts', '../services/articles'],
  ['src/main/sync/new-part.ts', 'electron'],
  ['src/main/services/new-service.ts', '../sync/recorder'],
  // preload: only index.ts talks to Electron
  ['src/preload/browser.ts', 'electron'],
  ['src/preload/api.ts', '../main/services/dispatch'],
  // renderer: features through their index.ts, TipTap only in the editor, no Node
  ['src/renderer/src/features/review/NewPanel.tsx', '../editor/body/BodyEditor'],
  ['src/renderer/src/features/exchange/NewDialog.tsx', '../profiles/ProfileContext'],
  ['src/renderer/src/features/editor/NewField.tsx', '../review/NotesPanel'],
  ['src/renderer/src/features/editor/body/NewView.tsx', '@tiptap/pm/model'],
  ['src/renderer/src/features/review/NewPanel.tsx', '@tiptap/react'],
  ['src/renderer/src/features/review/NewPanel.tsx', 'node:path'],
  ['src/renderer/src/features/review/NewPanel.tsx', 'electron'],
  ['src/renderer/src/ui/NewButton.tsx', '../features/editor'],
  ['src/renderer/src/App.tsx', './features/editor/ArticleEditor'],
  ['src/renderer/src/App.tsx', './features/sync/SyncIndicator'],
  ['src/renderer/src/features/settings/NewPanel.tsx', '../sync/ServerSettings'],
  ['src/renderer/src/App.tsx', '../../main/services/dispatch'],
  ['src/renderer/src/App.tsx', '../../preload/api'],
  // the newsroom server: src/shared and itself only
  ['src/server/http/routes.ts', '../../main/store'],
  ['src/server/http/routes.ts', '../../main/services/articles'],
  ['src/server/http/routes.ts', '../../renderer/src/App'],
  ['src/server/index.ts', 'electron'],
  ['src/server/sync/push.ts', '@tiptap/pm/model'],
  ['src/server/db/queries.ts', 'lowdb']
]

const allowed: Array<[string, string]> = [
  ['src/shared/kompas/new-rule.ts', '../article'],
  ['src/shared/kompas/new-rule.ts', 'zod'],
  ['src/shared/editor/nodes/pull-quote.ts', '@tiptap/core'],
  ['src/shared/editor/schema.ts', '@tiptap/pm/model'],
  ['src/main/services/new-service.ts', '../store'],
  ['src/main/services/new-service.ts', '../store/index'],
  ['src/main/services/new-service.ts', '../workflow/queue'],
  ['src/main/services/new-service.ts', 'node:fs/promises'],
  ['src/main/import/parse-new-format.ts', '../../shared/bundle-format'],
  ['src/main/sync/new-part.ts', '../store'],
  ['src/main/sync/new-part.ts', '../files'],
  ['src/main/sync/new-part.ts', '../workflow/note-store'],
  ['src/main/sync/new-part.ts', '../services/services'],
  ['src/main/services/new-service.ts', '../sync'],
  ['src/renderer/src/features/settings/NewPanel.tsx', '../sync'],
  ['src/main/electron/new-window.ts', 'electron'],
  ['src/preload/index.ts', 'electron'],
  ['src/renderer/src/features/review/NewPanel.tsx', '../editor'],
  ['src/renderer/src/features/review/NewPanel.tsx', './ReviewScreen'],
  ['src/renderer/src/features/review/NewPanel.tsx', '../../ui/Dialog'],
  ['src/renderer/src/features/editor/body/NewView.tsx', '@tiptap/react'],
  ['src/renderer/src/App.tsx', './features/editor'],
  ['src/server/http/routes.ts', '../../shared/editor/extensions'],
  ['src/server/http/routes.ts', '../accounts/tokens'],
  ['src/server/db/pool.ts', 'node:net']
]

describe('layer rules (eslint/layers.js)', () => {
  it.each(forbidden)('%s may not import %s', async (file, specifier) => {
    const messages = await lint(file, use(specifier))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(new RegExp(`^${file} may not import '${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}': `))
  })

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await lint(file, use(specifier))).toEqual([])
  })

  it('catches every way of naming a module, types included', async () => {
    const file = 'src/shared/kompas/new-rule.ts'
    const code = [
      "export * from '../../main/paths'",
      "export { x } from 'electron'",
      "import type { App } from 'electron'",
      "export type Later = import('node:fs').Stats",
      "export const later = () => import('react')",
      'export type Used = App'
    ].join('\n')
    expect(await lint(file, code)).toHaveLength(5)
  })

  it('keeps src/shared free of host globals', async () => {
    const messages = await lint('src/shared/kompas/new-rule.ts', 'export const title = () => document.title + process.env.HOME\n', 'no-restricted-globals')
    expect(messages).toEqual([
      "Unexpected use of 'document'. src/shared is pure: no DOM or Node globals; take what you need as a parameter.",
      "Unexpected use of 'process'. src/shared is pure: no DOM or Node globals; take what you need as a parameter."
    ])
  })

  it('puts every source file in a zone', async () => {
    const files = (await readdir(resolve(root, 'src'), { recursive: true }))
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => `src/${name.split(sep).join('/')}`)
    const targets = zones.map((zone) => globToRegExp(zone.target))
    expect(files.filter((file) => !targets.some((target) => target.test(file)))).toEqual([])
  })

  // An entry in `pending` must still name an import its file makes; once the import is gone the
  // exemption has to go with it, or it would quietly admit the same import back.
  it.each(Object.entries(pending))('pending exemption in %s still matches its imports', async (file, targets) => {
    const strict = new ESLint({
      cwd: root,
      overrideConfig: [{ files: ['src/**/*.{ts,tsx}'], rules: { 'redaksi/layer-imports': ['error', { zones, pending: {} }] } }]
    })
    const [result] = await strict.lintText(await readFile(resolve(root, file), 'utf8'), { filePath: resolve(root, file) })
    const reported = (result?.messages ?? []).filter((m) => m.ruleId === 'redaksi/layer-imports').length
    expect(reported).toBe(targets.length)
  })
})
