#!/usr/bin/env node
// `redaksi-server` / `npx redaksi-server` / `npm run server`: runs the server's TypeScript through
// tsx's loader, so there is no build step to forget (docs/decisions/0011).
import { register } from 'tsx/esm/api'

register()
await import(new URL('../src/server/index.ts', import.meta.url).href)
