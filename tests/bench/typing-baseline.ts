// The typing benchmark's baseline, measured in the same run: the same body as a bare
// contenteditable page with no script at all, typed into by the same typist and timed by the same
// probe. What Chromium itself needs for a key in a body of this size on this machine, so the
// editor's figures read as a ratio against it rather than against a number from elsewhere.
import type { Browser } from 'playwright-core'
import type { ArticleDraft } from '../../src/shared/article'
import { ms, type BenchRow } from './stats'
import { latencyMedianP95, phaseMedians, typeKeys } from './typing-keys'
import { installProbe } from './typing-probe'

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

type Bare = 'whole' | 'skip' | 'one'

/**
 * The body's paragraphs and Baca Juga blocks as plain HTML, in a page that scrolls like the
 * writer's page: all of it (`whole`), the same with blocks out of view skipped as the editor does
 * (`skip`), or only the middle paragraph (`one`): what Chromium needs for a key whatever the body.
 */
function barePage(draft: ArticleDraft, kind: Bare): string {
  const nodes = kind === 'one' ? [draft.body.content.filter((n) => n.type === 'paragraph')[middleOf(draft)]!] : draft.body.content
  const blocks = nodes.map((node) => {
    if (node.type === 'paragraph') return `<p>${escape(node.content?.[0]?.text ?? '')}</p>`
    const title = typeof node.attrs?.title === 'string' ? node.attrs.title : ''
    return `<aside contenteditable="false"><p><strong>Baca Juga:</strong> <span>${escape(title)}</span></p></aside>`
  })
  // The editor's body styles, reduced to what shapes layout: the column, the type, the scroller.
  const skip = kind === 'skip' ? '.body > * { content-visibility: auto; contain-intrinsic-size: auto 12rem; }' : ''
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
    html, body { margin: 0; height: 100%; }
    .page { height: 100%; overflow: auto; }
    .body { max-width: 42rem; margin: 0 auto; padding: 2rem; font: 1.125rem/1.7 Georgia, serif; outline: none; }
    aside { border-left: 3px solid #c00; padding-left: 1rem; }
    ${skip}
  </style></head><body><div class="page"><div class="body" contenteditable="true">${blocks.join('')}</div></div></body></html>`
}

const middleOf = (draft: ArticleDraft): number => Math.floor(draft.body.content.filter((n) => n.type === 'paragraph').length / 2)

async function bareMedianP95(browser: Browser, draft: ArticleDraft, kind: Bare, seed: number): Promise<[number, number, string]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    await page.setContent(barePage(draft, kind))
    await page.evaluate(installProbe, { tail: '', blockCount: 0 })
    const paragraphs = page.locator('.body > p')
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2))
    await middle.scrollIntoViewIfNeeded()
    await middle.click()
    const run = await typeKeys(page, seed)
    const { median, p95 } = latencyMedianP95(run.samples)
    // Where the key's time went, as in the editor's rows: its own task, then the frame.
    return [median, p95, phaseMedians(run.samples, ['task', 'frame'])]
  } finally {
    await page.close()
  }
}

/** Rows for the bare pages, and the editor's ratio to the one it is built like (blocks out of view skipped). */
export async function bareEditableRows(
  browser: Browser,
  draft: ArticleDraft,
  editor: { median: number; p95: number },
  seed: number
): Promise<{ rows: BenchRow[]; onePara: { median: number; p95: number } }> {
  const [plainMedian, plainP95] = await bareMedianP95(browser, draft, 'whole', seed)
  const [skipMedian, skipP95] = await bareMedianP95(browser, draft, 'skip', seed)
  const [oneMedian, oneP95, oneSplit] = await bareMedianP95(browser, draft, 'one', seed)
  const rows = [
    { measure: 'baseline: bare contenteditable, same body, no script: key → next frame median / p95', result: `${ms(plainMedian)} / ${ms(plainP95)}` },
    { measure: 'baseline: the same with content-visibility: auto (as the editor): median / p95', result: `${ms(skipMedian)} / ${ms(skipP95)}` },
    { measure: 'editor ÷ that baseline: median / p95', result: `${(editor.median / skipMedian).toFixed(2)}× / ${(editor.p95 / skipP95).toFixed(2)}×` },
    { measure: "baseline: the body's middle paragraph alone, no script (Chromium's floor for a key here): median / p95", result: `${ms(oneMedian)} / ${ms(oneP95)}` },
    { measure: 'that: keydown → rAF / rAF → frame done (medians)', result: oneSplit }
  ]
  return { rows, onePara: { median: oneMedian, p95: oneP95 } }
}
