import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channels } from '../../src/shared/ipc'
import { makeTempDir } from '../helpers/temp-dir'
import { ProfilesFile } from '../../src/main/workflow/profiles-file'

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
// Said once on the console too, so a CI log shows why the desktop journeys did not run.
if (!binary) console.warn(`tests/electron${skipReason}`)

describe.skipIf(!binary)(`the desktop app${skipReason}`, () => {
  let app: ElectronApplication
  let data: Awaited<ReturnType<typeof makeTempDir>>

  beforeAll(async () => {
    data = await makeTempDir('redaksi-electron-')
    // Past the first run (decision 0076): a profile exists, none chosen.
    await (await ProfilesFile.open(join(data.path, 'profiles.json'))).save({ name: 'Meja Uji', initials: 'MU', role: 'penulis' })
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
    expect(exposed.redaksi).toEqual([...new Set(channels.map((c) => c.split('.')[0]!)), 'on'].sort())
  })

  it('creates an article through IPC once something is typed, opens it, and lists it', async () => {
    const page = await app.firstWindow()
    await page.getByRole('button', { name: 'Artikel baru' }).click()
    await page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Gempa Guncang Cianjur')
    await page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    await page.getByRole('link', { name: 'Redaksi' }).click()
    await page.getByRole('list', { name: 'Daftar artikel' }).getByRole('listitem').first().waitFor()
    expect(await page.getByRole('list', { name: 'Daftar artikel' }).innerText()).toContain('Gempa Guncang Cianjur')
  })

  it('saves what was typed when the window is closed before autosave, and has it after a restart', async () => {
    const page = await app.firstWindow()
    await page.getByRole('button', { name: 'Artikel baru' }).click()
    await page.getByRole('textbox', { name: 'Judul', exact: true }).fill('Sebelum Jendela Ditutup')
    await page.waitForURL(/#\/artikel\/[0-9A-Z]{26}$/)
    const id = /#\/artikel\/([0-9A-Z]{26})$/.exec(page.url())![1]!
    await page.getByRole('textbox', { name: 'Isi berita' }).click()
    await page.keyboard.type('Ditulis tepat sebelum jendela ditutup.')
    // Closing the window asks the renderer to flush its saves before it goes away; the app then
    // quits on its own, as it does when the last window closes.
    const exited = new Promise((done) => app.process().once('exit', done))
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
    await exited
    app = await _electron.launch({
      executablePath: binary!,
      args: [resolve(root, 'out/main/index.js'), '--data-dir', data.path, '--no-sandbox'],
      cwd: root
    })
    const again = await app.firstWindow()
    await again.getByRole('heading', { name: 'Redaksi', level: 1 }).waitFor()
    const stored = await again.evaluate(
      (articleId) => (globalThis as unknown as { redaksi: { articles: { get(r: { id: string }): Promise<{ ok: boolean; value?: { body: unknown } }> } } }).redaksi.articles.get({ id: articleId }),
      id
    )
    expect(JSON.stringify(stored.value?.body)).toContain('Ditulis tepat sebelum jendela ditutup.')
  })
})
