#!/usr/bin/env node
// `redaksi` / `npx redaksi`: runs the command line built by electron-vite into out/main/cli.js.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(fileURLToPath(cli))) {
  // The built CLI chooses its language in src/main/cli/language.ts; this one sentence follows the
  // same order (--lang, REDAKSI_LANG, LC_ALL, LC_MESSAGES, LANG) without it.
  const args = process.argv.slice(2)
  const flag = args.find((a, i) => a.startsWith('--lang=') || args[i - 1] === '--lang')
  const env = process.env
  const asked = flag?.replace(/^--lang=/, '') || env.REDAKSI_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  console.error(
    /^en(?:[_.@-]|$)/i.test(asked.trim())
      ? 'redaksi: out/main/cli.js is missing: run npm run build first.'
      : 'redaksi: out/main/cli.js tidak ada: jalankan npm run build dulu.'
  )
  process.exit(1)
}
await import(cli.href)
