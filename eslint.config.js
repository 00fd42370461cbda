import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
    files: ['scripts/**/*.mjs', 'bin/**/*.js', '*.config.{js,ts}', 'tests/**/*.ts', 'src/main/**/*.ts', 'src/server/**/*.ts'],
    languageOptions: { globals: globals.node }
  },
  {
    // The architecture's one hard line: src/shared is pure, and only src/main/electron and
    // src/preload talk to Electron.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'electron', 'react', 'react-dom'], message: 'src/shared must stay pure (no Node, DOM or Electron).' }] }
      ]
    }
  },
  {
    files: ['src/main/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src/main/electron and src/preload import electron.', allowTypeImports: false }] }
      ]
    }
  },
  {
    // The newsroom server is its own program: it shares src/shared with the app, nothing else.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', '**/renderer/**', '**/preload/**', 'electron'], message: 'src/server imports only src/shared.' }] }
      ]
    }
  }
)
