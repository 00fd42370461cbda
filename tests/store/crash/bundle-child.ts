// A crash child bundled once into one plain JavaScript file, as electron-vite bundles the app's
// main process: the same source, but started in a quarter of the time `--import tsx` takes (which
// transforms and resolves some hundreds of files on every start), so trials are spent on kills.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { build } from 'esbuild'

export interface BundledChild {
  /** The bundle, to run with plain `node`. */
  path: string
  remove(): Promise<void>
}

export async function bundleChild(entry: string): Promise<BundledChild> {
  const dir = await mkdtemp(join(tmpdir(), 'redaksi-crash-child-'))
  const path = join(dir, basename(entry).replace(/\.ts$/, '.mjs'))
  await build({
    entryPoints: [entry],
    outfile: path,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies still call require() for Node's own modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
  return { path, remove: () => rm(dir, { recursive: true, force: true }) }
}
