// The computed style of every element on the list, three dialogs, the editor and the review desk:
// a stricter check than the screenshots when CSS moves between files (order decides ties).
//   npm run build && npx tsx tests/e2e/screenshots/computed-styles.ts dump before.json
//   (change the CSS) npm run build && npx tsx tests/e2e/screenshots/computed-styles.ts dump after.json
//   npx tsx tests/e2e/screenshots/computed-styles.ts compare before.json after.json
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { makeTempDir } from '../../helpers/temp-dir'
import { launchChromium, startBrowserHost } from '../harness'

const fixture = resolve(import.meta.dirname, '../../fixtures/kompas-tv-putin-korea-utara.txt')
const [mode, first, second] = process.argv.slice(2)
const dump: Dump = {}
async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300)
  dump[name] = (await page.evaluate(`(() => {
    const lines = []
    function path(el) {
      const parts = []
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : ''
        parts.unshift(e.tagName.toLowerCase() + cls + ':' + Array.prototype.indexOf.call(e.parentElement ? e.parentElement.children : [], e))
      }
      return parts.join('>')
    }
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el)
      const props = []
      for (let i = 0; i < cs.length; i++) props.push(cs[i] + '=' + cs.getPropertyValue(cs[i]))
      lines.push(path(el) + ' ' + props.join(';'))
    }
    return lines
  })()`)) as string[]
}
type Dump = Record<string, string[]>

/** Differences per element, custom properties' order ignored (Chromium lists them unordered). */
function compare(before: Dump, after: Dump): string[] {
  const styles = (line: string): Map<string, string> => new Map(line.slice(line.indexOf(' ') + 1).split(';').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]))
  const out: string[] = []
  for (const [screen, lines] of Object.entries(before)) {
    const other = after[screen] ?? []
    if (other.length !== lines.length) out.push(`${screen}: ${lines.length} elements before, ${other.length} after`)
    lines.forEach((line, i) => {
      const a = styles(line)
      const b = styles(other[i] ?? '')
      const changed = [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key))
      if (changed.length > 0) out.push(`${screen} ${line.slice(0, line.indexOf(' '))}: ${changed.map((k) => `${k} ${a.get(k)} → ${b.get(k)}`).join(', ')}`)
    })
  }
  return out
}

if (mode === 'compare' && first && second) {
  const differences = compare(JSON.parse(await readFile(first, 'utf8')), JSON.parse(await readFile(second, 'utf8')))
  console.log(differences.length === 0 ? 'computed styles: identical' : differences.join('\n'))
  process.exit(differences.length === 0 ? 0 : 1)
}
if (mode !== 'dump' || !first) throw new Error('usage: computed-styles.ts dump FILE | compare BEFORE AFTER')
const outFile = first
const temp = await makeTempDir('redaksi-styles-')
const host = await startBrowserHost(temp.path)
const browser = await launchChromium()
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(host.url)
  const ids = await page.evaluate(async (text) => {
    const r = window.redaksi
    const writer = await r.profiles.save({ profile: { name: 'Haryo Jati', initials: 'HJ', role: 'penulis' } })
    const editor = await r.profiles.save({ profile: { name: 'Deni Muliya', initials: 'DM', role: 'editor' } })
    if (!writer.ok || !editor.ok) throw new Error('profiles')
    await r.profiles.switch({ id: writer.value.id })
    const imported = await r.import.text({ fileName: 'putin.txt', text, onDuplicate: 'keep-both' })
    if (!imported.ok || imported.value.kind !== 'imported') throw new Error('import failed')
    await r.notes.add({ articleId: imported.value.id, body: 'Cek lagi.' })
    return { id: imported.value.id, editor: editor.value.id }
  }, await readFile(fixture, 'utf8'))
  await page.reload()
  await page.locator('.article-row').first().waitFor()
  await snap(page, 'list')
  for (const [name, button] of [['settings', 'Pengaturan'], ['import', 'Impor…'], ['help', 'Pintasan']] as const) {
    await page.getByRole('button', { name: button, exact: false }).first().click()
    await page.locator('dialog[open]').waitFor()
    await snap(page, name)
    await page.keyboard.press('Escape')
    await page.locator('dialog[open]').waitFor({ state: 'detached' })
  }
  await page.goto(`${host.url}#/artikel/${ids.id}`)
  await page.locator('[data-rule="day-matches-date"]').waitFor()
  await snap(page, 'editor')
  await page.evaluate((id) => window.redaksi.profiles.switch({ id }), ids.editor)
  await page.goto(`${host.origin}/#/tinjauan/${ids.id}`)
  await page.reload()
  await page.getByRole('region', { name: 'Riwayat' }).waitFor()
  await snap(page, 'review')
  await writeFile(outFile, JSON.stringify(dump))
} finally {
  await browser.close()
  await host.stop()
  await temp.remove()
}
