import { defineConfig } from 'vitest/config'

// The same journeys through the real desktop app, where Electron's binary is installed.
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.electron.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000
  }
})
