// Screenshots of the home screen for the README, light and dark, at 1280×800:
//   npm run build && npx tsx tests/e2e/screenshots/list-screenshots.ts
// The store is filled beforehand with a clock that runs back in time, so the rows show the
// list's whole range of times: minutes, hours, yesterday and the full Kompas date.
import { join, resolve } from 'node:path'
import type { ArticleDraft } from '../../../src/shared/article'
import { newArticleDraft } from '../../../src/shared/new-article'
import { openArticleStore } from '../../../src/main/store'
import { makeTempDir } from '../../helpers/temp-dir'
import { launchChromium, startBrowserHost } from '../harness'

// SCREENSHOT_DIR: write elsewhere, e.g. to compare a CSS change before and after.
const out = process.env.SCREENSHOT_DIR ?? resolve(import.meta.dirname, '../../../docs/screenshots')
const MINUTE = 60_000

const articles: [minutesAgo: number, draft: Partial<ArticleDraft>, spiked?: boolean][] = [
  [2, { headline: 'Putin Tiba di Pyongyang, Disambut Kim Jong Un dengan Upacara Kenegaraan', section: 'dunia', penulis: ['Ahmad Riyadi'] }],
  [14, { headline: '', section: 'nasional' }],
  [95, { headline: 'BI Pertahankan Suku Bunga Acuan di Level 6,25 Persen', section: 'ekonomi', penulis: ['Dewi Lestari', 'Budi Santoso'] }],
  [60 * 4, { headline: 'Timnas U-23 Lolos ke Semifinal Piala Asia', section: 'olahraga', penulis: ['Rizky Pratama'] }],
  [60 * 26, { headline: 'Banjir Rob Genangi Pesisir Utara Jakarta, Warga Mengungsi', section: 'megapolitan', penulis: ['Sari Wulandari'] }],
  [60 * 24 * 4, { headline: 'Harga Cabai Naik Jelang Iduladha', section: 'ekonomi', penulis: ['Sari Wulandari'] }],
  [60 * 24 * 9, { headline: 'Mahkamah Konstitusi Bacakan Putusan Sengketa Pilkada', section: 'hukum', penulis: ['Yohanes Manurung'] }]
]

const temp = await makeTempDir('redaksi-shots-')
const dataDir = temp.path
// Rounded to the minute so "2 menit lalu" stays true while the page loads.
const now = Math.floor(Date.now() / MINUTE) * MINUTE
let clock = now
const store = await openArticleStore(join(dataDir, 'store'), { now: () => new Date(clock) })
for (const [minutesAgo, draft] of [...articles].reverse()) {
  clock = now - minutesAgo * MINUTE
  await store.create({ ...newArticleDraft(), ...draft })
}
await store.close()

const host = await startBrowserHost(dataDir)
const browser = await launchChromium()
try {
  // Someone at the desk, as every day after the first: the header shows her profile.
  const setup = await browser.newPage()
  await setup.goto(host.url)
  await setup.evaluate(async () => {
    const saved = await window.redaksi.profiles.save({ profile: { name: 'Sari Wulandari', initials: 'SW', role: 'penulis' } })
    if (!saved.ok) throw new Error(saved.error.message)
    await window.redaksi.profiles.switch({ id: saved.value.id })
  })
  await setup.close()
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.clock.setFixedTime(now + 20_000)
    await page.goto(host.url)
    await page.locator('.article-row').nth(articles.length - 1).waitFor()
    await page.screenshot({ path: join(out, `list-${scheme}.png`) })
    await context.close()
  }
} finally {
  await browser.close()
  await host.stop()
  await temp.remove()
}
