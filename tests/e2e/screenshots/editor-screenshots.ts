// Screenshots of the writer's page (1280×1280) and the review desk (1280×800) for the README, light
// and dark; the editor's page and side panel scroll in their panes, so the window is the picture:
//   npm run build && npx tsx tests/e2e/screenshots/editor-screenshots.ts
// The article is the reference Kompas.tv piece, imported from the fixture as a newsroom would,
// with a stand-in photo drawn by tests/e2e/reference-desk.ts.
import { join, resolve } from 'node:path'
import { makeTempDir } from '../../helpers/temp-dir'
import { launchChromium, startBrowserHost } from '../harness'
import { seedReferenceDesk } from '../reference-desk'

// SCREENSHOT_DIR: write elsewhere, e.g. to compare a CSS change before and after.
const out = process.env.SCREENSHOT_DIR ?? resolve(import.meta.dirname, '../../../docs/screenshots')

const temp = await makeTempDir('redaksi-shots-')
const host = await startBrowserHost(temp.path)
const browser = await launchChromium()
try {
  const setup = await browser.newPage()
  await setup.goto(host.url)
  const ids = await seedReferenceDesk(setup, { photo: true })
  await setup.close()

  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto(`${host.url}#/artikel/${ids.id}`)
    // The writer at the desk (the review shot of the theme before switched to the editor).
    await page.evaluate((id) => window.redaksi.profiles.switch({ id }), ids.writer)
    await page.reload()
    await page.locator('[data-rule="day-matches-date"]').waitFor()
    await page.getByRole('img', { name: /^Foto utama/ }).waitFor()
    // Tall enough to show the page past its photo: the dateline, the lead and a Baca Juga.
    await page.setViewportSize({ width: 1280, height: 1280 })
    await page.screenshot({ path: join(out, `editor-${scheme}.png`) })
    await page.setViewportSize({ width: 1280, height: 800 })
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
