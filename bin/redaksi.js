#!/usr/bin/env node
// `redaksi` / `npx redaksi`: runs the command line built by electron-vite into out/main/cli.js.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(fileURLToPath(cli))) {
  console.error('redaksi: out/main/cli.js is missing — run npm run build first (jalankan npm run build dulu).')
  process.exit(1)
}
await import(cli.href)
