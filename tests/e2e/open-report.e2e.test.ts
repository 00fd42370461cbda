// What opening the store set aside or took over reaches the user: a notice in the app (real
// browser host, real Chromium) and lines on the command line's stderr, each in its language.
import { spawnSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openArticleStore } from '../../src/main/store'
import { makeTempDir } from '../helpers/temp-dir'
import { draft } from '../store/helpers'
import { launchChromium, PageWatch, startBrowserHost } from './harness'

const bin = resolve(import.meta.dirname, '../../bin/redaksi.js')
const DEAD_PID = 2 ** 22 + 4321

/** A store holding two articles, one of them now unreadable, and a lock its dead holder left. */
async function damagedStore(storeDir: string): Promise<{ damagedId: string }> {
  const store = await openArticleStore(storeDir)
  const kept = await store.create(draft({ headline: 'Harga Cabai Naik Jelang Iduladha' }))
  const damaged = await store.create(draft({ headline: 'Artikel yang Rusak' }))
  await store.close()
  const file = readdirSync(join(storeDir, 'articles')).find((name) => name.startsWith(damaged.id))!
  writeFileSync(join(storeDir, 'articles', file), '{"schemaVersion":2,"id":')
  writeFileSync(join(storeDir, 'store.lock'), JSON.stringify({ schemaVersion: 2, pid: DEAD_PID, host: hostname() }))
  expect(kept.id).not.toBe(damaged.id)
  return { damagedId: damaged.id }
}

const quarantined = (storeDir: string): string => join(storeDir, 'quarantine', readdirSync(join(storeDir, 'quarantine'))[0]!)

describe('the store’s open report', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>
  beforeEach(async () => {
    dir = await makeTempDir('redaksi-open-report-')
  })
  afterEach(async () => {
    await dir.remove()
  })

  it('prints what was set aside and the lock taken over on stderr, in the asked language, and lists the rest', async () => {
    const storeDir = join(dir.path, 'store')
    const { damagedId } = await damagedStore(storeDir)
    const env = { ...process.env, HOME: dir.path, XDG_CONFIG_HOME: dir.path, REDAKSI_LANG: '', LC_ALL: '', LANG: 'C.UTF-8' }
    const run = spawnSync(process.execPath, [bin, 'list', '--store', storeDir, '--lang', 'en'], { encoding: 'utf8', env })
    expect(run.status).toBe(0)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `redaksi: The file of article ${damagedId} could not be read and was moved aside to ${quarantined(storeDir)}; the other articles open as usual.`,
      `redaksi: The store lock of process ${DEAD_PID}, which has ended, was taken over.`
    ])
    expect(run.stdout).toContain('Harga Cabai Naik Jelang Iduladha')
    // Told once: the next open finds the store in order and says nothing.
    const again = spawnSync(process.execPath, [bin, 'list', '--store', storeDir], { encoding: 'utf8', env })
    expect(again.stderr).toBe('')
  })

  it('shows the app a notice with the same lines, in Indonesian, until the writer dismisses it', async () => {
    const { damagedId } = await damagedStore(join(dir.path, 'store'))
    const host = await startBrowserHost(dir.path)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const watch = new PageWatch(page)
      await page.goto(host.url)
      const notice = page.getByRole('status', { name: 'Saat dibuka, Redaksi memperbaiki penyimpanan:' })
      await notice.waitFor()
      expect(await notice.locator('li').allInnerTexts()).toEqual([
        `Berkas artikel ${damagedId} tidak dapat dibaca dan disisihkan ke ${quarantined(join(dir.path, 'store'))}; artikel lain terbuka seperti biasa.`,
        `Kunci penyimpanan dari proses ${DEAD_PID} yang sudah berhenti diambil alih.`
      ])
      await page.locator('.article-row__link', { hasText: 'Harga Cabai Naik Jelang Iduladha' }).waitFor()
      await notice.getByRole('button', { name: 'Mengerti' }).click()
      await notice.waitFor({ state: 'detached' })
      await page.reload()
      await page.locator('.article-row__link').first().waitFor()
      expect(await notice.count()).toBe(0)
      watch.check()
    } finally {
      await browser.close()
      await host.stop()
    }
  })
})
