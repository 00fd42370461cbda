// Screenshots of the editor (the whole page) and the review desk for the README, light and dark,
// 1280 wide:
//   npm run build && npx tsx tests/e2e/screenshots/editor-screenshots.ts
// The article is the reference Kompas.tv piece, imported from the fixture as a newsroom would.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { makeTempDir } from '../../helpers/temp-dir'
import { launchChromium, startBrowserHost } from '../harness'

// SCREENSHOT_DIR: write elsewhere, e.g. to compare a CSS change before and after.
const out = process.env.SCREENSHOT_DIR ?? resolve(import.meta.dirname, '../../../docs/screenshots')
const fixture = resolve(import.meta.dirname, '../../fixtures/kompas-tv-putin-korea-utara.txt')

const temp = await makeTempDir('redaksi-shots-')
const host = await startBrowserHost(temp.path)
const browser = await launchChromium()
try {
  const setup = await browser.newPage()
  await setup.goto(host.url)
  const ids = await setup.evaluate(async (text) => {
    const r = window.redaksi
    const writer = await r.profiles.save({ profile: { name: 'Haryo Jati', initials: 'HJ', role: 'penulis' } })
    const editor = await r.profiles.save({ profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
    if (!writer.ok || !editor.ok) throw new Error('profiles')
    await r.profiles.switch({ id: writer.value.id })
    for (const headline of [
      'Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza: Tunggu Ada Mandat PBB',
      'Benjamin Netanyahu Bubarkan Kabinet Perang Israel, Perang di Gaza Usai?'
    ]) {
      await r.articles.create({ draft: { headline, section: 'internasional' } })
    }
    const imported = await r.import.text({ fileName: 'putin.txt', text, onDuplicate: 'keep-both' })
    if (!imported.ok || imported.value.kind !== 'imported') throw new Error('import failed')
    const id = imported.value.id
    await r.notes.add({ articleId: id, body: 'Cek lagi hari di keterangan foto: 13/6/2023 itu Selasa.' })
    const article = await r.articles.get({ id })
    if (!article.ok) throw new Error('missing')
    return { id, writer: writer.value.id, editor: editor.value.id, rev: article.value.rev }
  }, await readFile(fixture, 'utf8'))
  await setup.close()

  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto(`${host.url}#/artikel/${ids.id}`)
    await page.locator('[data-rule="day-matches-date"]').waitFor()
    await page.screenshot({ path: join(out, `editor-${scheme}.png`), fullPage: true })
    await page.evaluate((id) => window.redaksi.profiles.switch({ id }), ids.editor)
    await page.goto(`${host.origin}/#/tinjauan/${ids.id}`)
    await page.reload()
    await page.getByRole('region', { name: 'Riwayat' }).waitFor()
    await page.screenshot({ path: join(out, `review-${scheme}.png`) })
    await context.close()
  }
} finally {
  await browser.close()
  await host.stop()
  await temp.remove()
}
