// The typing benchmark's article and the two ways it is opened, shared by the benchmark
// (typing.bench.ts) and the open profile (open-profile.ts) so both measure the same thing.
import type { ConsoleMessage, Page } from 'playwright-core'
import type { Article, ArticleDraft, BodyNode } from '../../src/shared/article'
import { makeDraft, seededRandom } from './corpus'
import { OPENED_SIGNAL, installProbe, type OpenMark, type ProbeScope } from './typing-probe'

export const TARGETS = 20
export const BODY_WORDS = 10_000
export const SEED = 4

// ---- Fixture -------------------------------------------------------------------------------
/** 10,000 words in about a hundred paragraphs, a Baca Juga after every 5th, all from a fixed seed. */
export function bigDraft(targets: Article[]): ArticleDraft {
  const base = makeDraft(seededRandom(SEED), BODY_WORDS)
  const texts = base.body.content.filter((n) => n.type === 'paragraph').map((n) => n.content?.[0]?.text ?? '')
  // corpus.ts writes 30–60-word paragraphs; news paragraphs of a long piece run longer, so pairs are joined.
  const paragraphs: string[] = []
  for (let i = 0; i < texts.length; i += 2) paragraphs.push(texts.slice(i, i + 2).join(' '))
  const every = Math.floor(paragraphs.length / (targets.length + 1))
  const content: BodyNode[] = []
  paragraphs.forEach((text, i) => {
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] })
    // The last block stays a paragraph: the open measurement waits for its text.
    const target = (i + 1) % every === 0 && i < paragraphs.length - 1 ? targets[(i + 1) / every - 1] : undefined
    if (target) content.push({ type: 'bacaJuga', attrs: { articleId: target.id, title: target.headline } })
  })
  return { ...base, headline: 'Banjir bandang di sepuluh kabupaten: laporan lengkap', dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' }, body: { type: 'doc', content } }
}

async function call<T>(page: Page, fn: (arg: unknown) => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, arg: unknown): Promise<T> {
  const result = await page.evaluate(fn, arg)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
export const createArticle = (page: Page, draft: Partial<ArticleDraft>): Promise<Article> =>
  call(page, (d) => (globalThis as unknown as ProbeScope).redaksi.articles.create({ draft: d as Partial<ArticleDraft> }), draft)
export const getArticle = (page: Page, id: string): Promise<Article> => call(page, (i) => (globalThis as unknown as ProbeScope).redaksi.articles.get({ id: i as string }), id)

/** The articles the Baca Juga blocks link to, stored first. */
async function createTargets(page: Page): Promise<Article[]> {
  const targets: Article[] = []
  for (let i = 0; i < TARGETS; i++) {
    targets.push(await createArticle(page, { headline: `Laporan terkait nomor ${i + 1}: harga beras dan banjir di daerah`, section: 'nasional' }))
  }
  return targets
}

/**
 * Stores the targets and the long article, and installs the probe on every later page load of
 * `page`, armed to wait for the article's last paragraph and all its Baca Juga blocks.
 */
export async function storeBenchArticle(page: Page): Promise<{ draft: ArticleDraft; article: Article; paragraphs: BodyNode[] }> {
  const draft = bigDraft(await createTargets(page))
  const article = await createArticle(page, draft)
  const paragraphs = draft.body.content.filter((n) => n.type === 'paragraph')
  const tail = (paragraphs.at(-1)?.content?.[0]?.text ?? '').slice(-40)
  await page.addInitScript(installProbe, { tail, blockCount: TARGETS })
  return { draft, article, paragraphs }
}

// ---- Measurements --------------------------------------------------------------------------
/**
 * Runs `act` (a navigation, a click) and waits for the probe's signal that the open it starts has
 * all its marks. Listening from before `act` means a signal given early is not missed, and no
 * Playwright script is run in the page while it opens (OPENED_SIGNAL).
 */
export async function opened(page: Page, act: () => Promise<unknown>): Promise<OpenMark> {
  let onConsole: ((message: ConsoleMessage) => void) | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const signal = new Promise<void>((resolve, reject) => {
    onConsole = (message) => message.text() === OPENED_SIGNAL && resolve()
    page.on('console', onConsole)
    timer = setTimeout(() => reject(new Error('the editor did not open within 30 s')), 30_000)
  })
  try {
    await act()
    await signal
  } finally {
    if (onConsole) page.off('console', onConsole)
    clearTimeout(timer)
  }
  return page.evaluate(() => (globalThis as unknown as ProbeScope).__typingProbe!.open!)
}

/** Full page load of `#/artikel/<id>`: from navigation start (performance.now() = 0) to the frame after the editor is usable. */
export async function coldOpen(page: Page, url: string): Promise<OpenMark> {
  await page.goto('about:blank')
  return opened(page, () => page.goto(url))
}

/** In-app: from the click on the article's row in the list to the frame after the editor is usable. */
export async function warmOpen(page: Page, id: string): Promise<OpenMark> {
  await page.locator(`.article-row[data-article-id="${id}"] a`).waitFor()
  await page.evaluate(() => {
    const g = globalThis as unknown as ProbeScope
    g.addEventListener('click', (event) => g.__typingProbe!.armOpen(event.timeStamp), { capture: true, once: true })
  })
  const mark = await opened(page, () => page.locator(`.article-row[data-article-id="${id}"] a`).click())
  // Back to the list the way a writer goes back (nothing was changed, so nothing is saved).
  await page.locator('.editor-screen__nav a').click()
  return mark
}
