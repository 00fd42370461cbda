import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import { RENDERER_CSP } from './src/shared/csp'

/** Bakes the one CSP into index.html, so file:// pages (which carry no headers) have it too. */
function cspMeta(): Plugin {
  return {
    name: 'redaksi-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`)
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'browser-host': resolve('src/main/browser-host.ts'),
          cli: resolve('src/main/cli.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        external: ['electron'],
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    plugins: [react(), cspMeta()],
    build: {
      minify: true,
      rolldownOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          // The browser host's stand-in for the preload; unused in Electron.
          bridge: resolve('src/preload/browser.ts')
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'bridge' ? 'bridge.js' : 'assets/[name]-[hash].js')
        }
      }
    }
  }
})
