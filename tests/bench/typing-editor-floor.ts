// The editor's own floor, measured in the same run: the app as shipped, typed into by the same
// typist, but in an article whose body is only the long article's middle paragraph. Set beside
// the bare one-paragraph page it says what the editor itself adds to a key when the body is
// small, and so whether any way of keeping less of a long body in the DOM (virtualising it)
// could bring the long article under the targets on this machine at all.
import type { Page } from 'playwright-core'
import type { ArticleDraft } from '../../src/shared/article'
import { ms, type BenchRow } from './stats'
import { createArticle } from './typing-article'
import { latencyMedianP95, phaseMedians, typeKeys } from './typing-keys'

export async function editorFloorRows(page: Page, listUrl: string, draft: ArticleDraft, seed: number, bare: { median: number; p95: number }): Promise<BenchRow[]> {
  const paragraphs = draft.body.content.filter((n) => n.type === 'paragraph')
  const middle = paragraphs[Math.floor(paragraphs.length / 2)]!
  const small = await createArticle(page, { ...draft, headline: 'Satu paragraf: lantai editor', body: { type: 'doc', content: [middle] } })
  // Reached from the list by its hash, not by a page load: the probe arms its open watcher only on
  // a page load of #/artikel/, and that watcher would otherwise run on every key's DOM change.
  await page.goto('about:blank')
  await page.goto(listUrl)
  await page.evaluate((id) => ((globalThis as unknown as { location: { hash: string } }).location.hash = `#/artikel/${id}`), small.id)
  const paragraph = page.locator('.body-editor .ProseMirror > p').first()
  await paragraph.waitFor()
  await paragraph.click()
  const run = await typeKeys(page, seed)
  const { median: m, p95 } = latencyMedianP95(run.samples)
  return [
    { measure: 'the editor with only that paragraph (the editor\'s own floor): median / p95', result: `${ms(m)} / ${ms(p95)}` },
    {
      measure: 'that: queued → handler / handler → rAF / rAF → frame done (medians)',
      result: phaseMedians(run.samples, ['queued', 'task', 'frame'])
    },
    { measure: 'that ÷ the bare paragraph: median / p95', result: `${(m / bare.median).toFixed(2)}× / ${(p95 / bare.p95).toFixed(2)}×` }
  ]
}
