// A long body in real Chromium: blocks out of view are skipped by `content-visibility: auto`
// (decision 0106), yet find, Ctrl+End, typing and the word count behave as in a short one.
import { describe, expect, it } from 'vitest'
import type { Article, ArticleDraft, BodyNode } from '../../src/shared/article'
import { wordCount } from '../../src/shared/editor/queries'
import { useApp } from './harness'
import { createArticle, storedArticle } from './article-calls'
import { bodyFocused } from './caret'

const WORDS = 'pemerintah daerah menegaskan bahwa bantuan untuk warga terdampak banjir akan segera disalurkan'.split(' ')
/** Paragraph `n` of the long body: 60 words, the last one of them "paragraf-<n>". */
const paragraphText = (n: number): string => [...Array.from({ length: 59 }, (_, i) => WORDS[(i + n) % WORDS.length]), `paragraf-${n}`].join(' ')
const PARAGRAPHS = 120

describe('a long body', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })

  const create = (draft: Partial<ArticleDraft>): Promise<Article> => createArticle(app.page, draft)
  const stored = (id: string): Promise<Article> => storedArticle(app.page, id)
  const lastText = async (id: string): Promise<string> => ((await stored(id)).body.content.at(-1)?.content ?? []).map((n) => n.text ?? '').join('')
  const body = () => app.page.getByRole('textbox', { name: 'Isi berita' })
  const paragraphs = () => app.page.locator('.body-editor .ProseMirror > p')

  const longArticle = async (): Promise<Article> => {
    const target = await create({ headline: 'Tanggul Jebol di Hulu' })
    const content: BodyNode[] = []
    for (let n = 1; n <= PARAGRAPHS; n++) {
      content.push({ type: 'paragraph', content: [{ type: 'text', text: paragraphText(n) }] })
      if (n === 60) content.push({ type: 'bacaJuga', attrs: { articleId: target.id, title: 'Tanggul Jebol di Hulu' } })
    }
    // The one bold word of the piece, at its very end: what find looks for.
    content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Laporan ditutup dari ' }, { type: 'text', text: 'Sulawesi', marks: [{ type: 'bold' }] }, { type: 'text', text: ' malam ini.' }] })
    const article = await create({ headline: 'Laporan Panjang Banjir', body: { type: 'doc', content } })
    await app.page.evaluate((articleId) => (window.location.hash = `#/artikel/${articleId}`), article.id)
    await body().waitFor()
    await app.page.locator('.baca-juga-block__title', { hasText: 'Tanggul Jebol di Hulu' }).waitFor({ state: 'attached' })
    return article
  }
  /** Whether Chromium draws the element now: false inside a block that `content-visibility: auto` skips. */
  const drawn = (selector: string): Promise<boolean> =>
    app.page.locator(selector).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))
  const inView = (selector: string): Promise<boolean> =>
    app.page.locator(selector).evaluate((element) => {
      const rect = element.getBoundingClientRect()
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight
    })

  it('skips the blocks out of view, and find still reaches and shows a match at the very end', async () => {
    await longArticle()
    await paragraphs().first().click()
    // The far end of the piece is not laid out while the writer is at its start.
    await expect(drawn('.body-editor .ProseMirror > p:last-child strong')).resolves.toBe(false)
    await app.page.keyboard.press('Control+f')
    const bar = app.page.getByRole('search', { name: 'Cari di isi berita' })
    await bar.getByRole('searchbox', { name: 'Cari' }).fill('Sulawesi')
    await expect.poll(() => app.page.getByTestId('find-count').innerText()).toBe('1 dari 1')
    await expect.poll(() => inView('.ProseMirror-active-search-match')).toBe(true)
    await expect(app.page.locator('.ProseMirror-active-search-match').innerText()).resolves.toBe('Sulawesi')
    await expect(drawn('.body-editor .ProseMirror > p:last-child strong')).resolves.toBe(true)
    await app.page.keyboard.press('Escape')
    await bar.waitFor({ state: 'detached' })
  })

  it('takes Ctrl+End to the end of the piece and Ctrl+Home back, typing where the caret is; the count stays exact', async () => {
    const article = await longArticle()
    await paragraphs().first().click()
    const words = PARAGRAPHS * 60 + 'Laporan ditutup dari Sulawesi malam ini.'.split(' ').length
    await expect.poll(() => app.page.getByTestId('word-count').innerText()).toBe(`${words.toLocaleString('id-ID')} kata`)
    await app.page.keyboard.press('Control+End')
    const caretInLast = (): Promise<boolean> =>
      app.page.evaluate(() => {
        const node = window.getSelection()?.focusNode
        const element = node instanceof Element ? node : node?.parentElement
        return element?.closest('.ProseMirror > p') === document.querySelector('.ProseMirror > p:last-child')
      })
    await expect.poll(caretInLast).toBe(true)
    await app.page.keyboard.type(' Tamat')
    await expect.poll(() => lastText(article.id)).toBe('Laporan ditutup dari Sulawesi malam ini. Tamat')
    await expect.poll(() => inView('.body-editor .ProseMirror > p:last-child')).toBe(true)
    await app.page.keyboard.press('Control+Home')
    await expect.poll(() => inView('.body-editor .ProseMirror > p:first-child')).toBe(true)
    await app.page.keyboard.type('Awal ')
    // Page Down lands in a block the browser has laid out: what is typed there is in view.
    for (let i = 0; i < 4; i++) await app.page.keyboard.press('PageDown')
    await app.page.keyboard.type('turun ')
    await expect
      .poll(() =>
        app.page.evaluate(() => {
          const typed = [...document.querySelectorAll('.body-editor .ProseMirror > p')].filter((p) => p.textContent?.includes('turun '))
          const rect = typed[0]?.getBoundingClientRect()
          return typed.length === 1 && rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight
        })
      )
      .toBe(true)
    await expect.poll(async () => (await stored(article.id)).body.content[0]?.content?.[0]?.text).toBe(`Awal ${paragraphText(1)}`)
    // A word typed in the middle of the piece, far from both ends, is counted once.
    await paragraphs().nth(60).scrollIntoViewIfNeeded()
    await paragraphs().nth(60).click()
    await app.page.keyboard.press('End')
    await app.page.keyboard.type(' tengah')
    await expect.poll(async () => JSON.stringify((await stored(article.id)).body)).toContain(' tengah')
    // The status bar counts what is stored, word for word, after edits at both ends and in the middle.
    const counted = async (): Promise<string> => `${wordCount((await stored(article.id)).body).toLocaleString('id-ID')} kata`
    await expect.poll(async () => (await app.page.getByTestId('word-count').innerText()) === (await counted())).toBe(true)
    await expect(counted()).resolves.not.toBe(`${words.toLocaleString('id-ID')} kata`)
  })

  it('puts what is typed at once after Enter in the new paragraph, though the browser has not drawn it yet', async () => {
    const article = await longArticle()
    await paragraphs().nth(30).scrollIntoViewIfNeeded()
    await paragraphs().nth(30).click()
    await bodyFocused(app.page)
    // The caret at the end of paragraph 31 (End alone goes to the end of its line).
    await app.page.evaluate(() => {
      type Body = HTMLElement & { editor: { state: { doc: { child(i: number): { nodeSize: number } } }; commands: { setTextSelection(pos: number): void } } }
      const { editor } = document.querySelector('[aria-label="Isi berita"]') as Body
      let end = 0
      for (let i = 0; i <= 30; i++) end += editor.state.doc.child(i).nodeSize
      editor.commands.setTextSelection(end - 1)
    })
    // No pause between the keys: the new paragraph is typed into before a frame could draw it.
    const lines = ['Satu.', 'Dua.', 'Tiga.', 'Empat.', 'Lima.', 'Enam.']
    for (const line of lines) {
      await app.page.keyboard.press('Enter')
      await app.page.keyboard.type(line)
    }
    const texts = async (): Promise<string[]> => (await stored(article.id)).body.content.slice(30, 38).map((n) => (n.content ?? []).map((t) => t.text ?? '').join(''))
    await expect.poll(texts).toEqual([paragraphText(31), ...lines, paragraphText(32)])
    // The block with the caret is drawn whatever content-visibility would skip; the others are not held.
    const drawnAlways = (): Promise<string[]> =>
      app.page.evaluate(() => [...document.querySelectorAll('.body-editor .ProseMirror > *')].flatMap((block) => (getComputedStyle(block).contentVisibility === 'visible' ? [block.textContent ?? ''] : [])))
    await expect(drawnAlways()).resolves.toEqual(['Enam.'])
    await app.page.keyboard.press('ArrowUp')
    await expect.poll(drawnAlways).toEqual(['Lima.'])
  })
})
