// The layers of docs/ARCHITECTURE.md as import zones. A file belongs to the FIRST zone whose
// target matches it; `paths` are the repo-relative files and folders it may import (relative
// imports are resolved first; `x/**` includes x's index), `packages` (when given) is the only
// packages it may use, `denyPackages` the ones it may never use, `builtins` whether Node's.
// tests/lint/layers.test.ts proves each zone refuses what it should.
import { layerImports } from './layer-imports.js'

const SHARED = 'src/shared/**'
const UI_ONLY = ['react', 'react-dom', 'react-dom/*', 'react-i18next', '@tiptap/react']
const NOT_IN_NODE = [...UI_ONLY, 'electron', '@tiptap/**']
const NOT_IN_BROWSER = ['electron', 'lowdb', 'lowdb/**', 'nspell', 'happy-dom', 'minisearch']
/** The store's public file; everything else in src/main/store is its own business. */
const STORE = 'src/main/store'
/** Sync's public file, for the services and the composition roots. */
const SYNC = 'src/main/sync'
/** What any of main's folders may use: top-level helpers and the durable JSON files (files/index.ts). */
const MAIN_HELPERS = ['src/main/paths', 'src/main/resource-file', 'src/main/files']

const mainFolder = (folder, why, mayUse) => ({
  target: `src/main/${folder}/**`,
  paths: [SHARED, `src/main/${folder}/**`, ...MAIN_HELPERS, ...mayUse],
  builtins: true,
  denyPackages: NOT_IN_NODE,
  why: `${why} Nothing in main outside src/main/electron imports electron, React or TipTap.`
})

export const zones = [
  // --- shared: pure TypeScript, the contract of every process -------------------------------
  {
    target: 'src/shared/editor/**',
    paths: [SHARED],
    packages: ['zod', '@tiptap/**'],
    // The schema and its readers need ProseMirror; React and HTML-in-a-fake-DOM do not belong here.
    denyPackages: ['@tiptap/react', '@tiptap/html', '@tiptap/html/**'],
    why: 'src/shared/editor imports only src/shared, zod and TipTap/ProseMirror (no Node, DOM, Electron or React).'
  },
  {
    target: 'src/shared/**',
    paths: [SHARED],
    packages: ['zod'],
    why: 'src/shared is pure: it imports only src/shared and zod; the body schema and ProseMirror are reached through src/shared/editor.'
  },

  // --- main: composition roots, then one zone per folder's role ---------------------------
  {
    target: 'src/main/electron/**',
    paths: [SHARED, 'src/main/electron/**', 'src/main/*', 'src/main/services/**', STORE, 'src/main/settings/**', ...MAIN_HELPERS],
    builtins: true,
    denyPackages: UI_ONLY.concat('@tiptap/**'),
    why: 'src/main/electron wires Electron to the services; it reaches the store only through src/main/store/index.ts, and reads settings for the words of a start-up failure.'
  },
  mainFolder('files', 'src/main/files (durable writes, typed JSON files) is the floor of main: only itself and src/shared.', []),
  mainFolder('store', 'src/main/store is the bottom of main: it imports only its own files and src/shared.', []),
  mainFolder('settings', 'src/main/settings may use only the store (public file) and src/shared.', [STORE]),
  mainFolder('spelling', 'src/main/spelling stands alone: only src/shared and the resources.', []),
  mainFolder('workflow', 'src/main/workflow may use the store (public file), spelling and settings.', [STORE, 'src/main/spelling/**', 'src/main/settings/**']),
  mainFolder('export', 'src/main/export may use only the store (public file) and src/shared.', [STORE]),
  mainFolder('import', 'src/main/import may use only the store (public file) and src/shared, never export/ internals; what both need lives in src/shared.', [STORE]),
  // Sync sits beside the services: it records their changes (their types) and writes server versions
  // through the store's public file; notes and the acting identity come from the workflow.
  mainFolder('sync', 'src/main/sync may use the store (public file), the workflow (notes, identity) and the services\' types.', [
    STORE,
    'src/main/workflow/**',
    'src/main/services/services'
  ]),
  mainFolder('services', 'src/main/services use the store only through src/main/store/index.ts, sync only through src/main/sync/index.ts, and never Electron.', [
    STORE,
    SYNC,
    'src/main/workflow/**',
    'src/main/export/**',
    'src/main/import/**',
    'src/main/settings/**',
    'src/main/spelling/**'
  ]),
  mainFolder('browser-host', 'src/main/browser-host serves the services over HTTP; no store internals, no Electron.', ['src/main/services/**', STORE]),
  {
    // Composition roots and the CLI: they build everything, through the store's public file.
    target: 'src/main/**',
    paths: [SHARED, 'src/main/*', 'src/main/cli/**', 'src/main/browser-host/**', 'src/main/electron', 'src/main/electron/app', 'src/main/services/**', 'src/main/workflow/**', 'src/main/export/**', 'src/main/import/**', 'src/main/settings/**', 'src/main/spelling/**', STORE, SYNC],
    builtins: true,
    denyPackages: NOT_IN_NODE,
    why: 'outside src/main/electron nothing in main imports Electron, and the store is used only through src/main/store/index.ts.'
  },

  // --- preload: the one bridge --------------------------------------------------------------
  {
    target: 'src/preload/index.ts',
    paths: [SHARED, 'src/preload/**'],
    packages: ['electron'],
    why: 'the Electron preload imports only electron, its own files and src/shared.'
  },
  {
    target: 'src/preload/**',
    paths: [SHARED, 'src/preload/**'],
    packages: [],
    why: 'src/preload outside index.ts runs in a browser page too: only its own files and src/shared.'
  },

  // --- renderer: features talk to each other through their public index.ts ------------------
  {
    target: 'src/renderer/src/features/editor/**',
    paths: [SHARED, 'src/renderer/src/features/editor/**', 'src/renderer/src/features/*', 'src/renderer/src/ui/**'],
    denyPackages: [...NOT_IN_BROWSER, '@tiptap/pm/model'],
    why: 'the editor feature uses other features only through their index.ts; the body schema (@tiptap/pm/model) is read through src/shared/editor.'
  },
  {
    target: 'src/renderer/src/features/*/**',
    paths: [SHARED, 'src/renderer/src/features/$1/**', 'src/renderer/src/features/*', 'src/renderer/src/ui/**'],
    denyPackages: [...NOT_IN_BROWSER, '@tiptap/**'],
    why: "a feature uses another only through that feature's index.ts, and TipTap only in features/editor."
  },
  {
    target: 'src/renderer/src/ui/**',
    paths: [SHARED, 'src/renderer/src/ui/**'],
    denyPackages: [...NOT_IN_BROWSER, '@tiptap/**'],
    why: 'src/renderer/src/ui holds shared primitives: it imports no feature.'
  },
  {
    target: 'src/renderer/**',
    paths: [SHARED, 'src/renderer/src/*', 'src/renderer/src/i18n/**', 'src/renderer/src/ui/**', 'src/renderer/src/features/*'],
    denyPackages: [...NOT_IN_BROWSER, '@tiptap/**'],
    why: "the renderer's shell uses features only through their index.ts and never main, preload or server code."
  },

  // --- the newsroom server ------------------------------------------------------------------
  {
    target: 'src/server/**',
    paths: [SHARED, 'src/server/**'],
    builtins: true,
    denyPackages: NOT_IN_NODE.concat('lowdb', 'lowdb/**'),
    why: 'src/server imports only src/shared, its own files and packages; never main, renderer or Electron.'
  }
]

/**
 * Imports that break a rule and are waiting for work in flight to remove them, keyed by file,
 * then the exact resolved target, so anything new in these files still fails. Empty now; delete
 * an entry when its import goes: tests/lint/layers.test.ts fails on an entry that no longer matches.
 */
export const pending = {}

export const layerConfig = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { redaksi: { rules: { 'layer-imports': layerImports } } },
  rules: { 'redaksi/layer-imports': ['error', { zones, pending }] }
}
