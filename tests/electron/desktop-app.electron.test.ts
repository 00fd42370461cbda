import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../helpers/temp-dir'

const root = resolve(import.meta.dirname, '../..')

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const binary = electronBinary()
const skipReason = binary ? '' : ' (skipped: the Electron binary is not installed here; `npm run fetch-electron` fetches it)'

describe.skipIf(!binary)(`the desktop app${skipReason}`, () => {
  let app: ElectronApplication
  let data: Awaited<ReturnType<typeof makeTempDir>>

  beforeAll(async () => {
    data = await makeTempDir('redaksi-electron-')
    app = await _electron.launch({
      executablePath: binary!,
      args: [resolve(root, 'out/main/index.js'), '--data-dir', data.path, '--no-sandbox'],
      cwd: root
    })
  })
  afterAll(async () => {
    await app?.close()
    await data?.remove()
  })

  it('opens one window titled Redaksi with the security defaults in force', async () => {
    const page = await app.firstWindow()
    await page.getByRole('heading', { name: 'Redaksi', level: 1 }).waitFor()
    expect(await page.title()).toBe('Redaksi')
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      redaksi: Object.keys((globalThis as unknown as { redaksi: object }).redaksi).sort()
    }))
    expect(exposed.require).toBe('undefined')
    expect(exposed.process).toBe('undefined')
    expect(exposed.redaksi).toEqual(['app', 'articles', 'on', 'settings'])
  })

  it('creates an article through IPC, opens it, and lists it', async () => {
    const page = await app.firstWindow()
    await page.getByRole('button', { name: 'Artikel baru' }).click()
    await page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    await page.getByRole('link', { name: 'Redaksi' }).click()
    await page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem').first().waitFor()
    expect(await page.getByRole('list', { name: 'Daftar artikel' }).innerText()).toContain('Tanpa judul')
  })
})
