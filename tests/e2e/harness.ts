import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { makeTempDir } from '../helpers/temp-dir'

const root = resolve(import.meta.dirname, '../..')
const hostEntry = resolve(root, 'out/main/browser-host.js')

export interface RunningHost {
  url: string
  origin: string
  dataDir: string
  stop(): Promise<void>
}

/** `npm run browser` as a user runs it (after the build), on a fresh data folder. */
export async function startBrowserHost(dataDir?: string): Promise<RunningHost> {
  if (!existsSync(hostEntry)) throw new Error('out/main/browser-host.js is missing: run `npm run build` first')
  const temp = dataDir ? null : await makeTempDir('redaksi-e2e-')
  const dir = dataDir ?? temp!.path
  const child: ChildProcess = spawn(process.execPath, [hostEntry, '--data-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Redaksi berjalan di (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`browser host exited with ${code}:\n${output}`)))
  })
  return {
    url,
    origin: new URL(url).origin,
    dataDir: dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      await temp?.remove()
    }
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless; Playwright's own browser download cannot run on these machines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
}
