import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { layerConfig } from './eslint/layers.js'

const HOST_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'DOMParser', 'HTMLElement', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'tests/fixtures/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/preload/browser.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    files: ['scripts/**/*.mjs', 'eslint/**/*.js', 'bin/**/*.js', '*.config.{js,ts}', 'tests/**/*.ts', 'src/main/**/*.ts', 'src/server/**/*.ts'],
    languageOptions: { globals: globals.node }
  },
  // The layers (docs/ARCHITECTURE.md): which file may import what. See eslint/layers.js.
  layerConfig,
  {
    // Pure means no host either: TypeScript's node config has no DOM, but the web config does.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: 'src/shared is pure: no DOM or Node globals; take what you need as a parameter.' }))]
    }
  }
)
