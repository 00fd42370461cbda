// Typing in real Chromium, in the block the caret keeps drawn (decision 0106): what typing does
// beyond letters — input rules, autolinks, the bold a shortcut switched on, undo in one step, an
// IME composition — lands in the stored body as typed.
import { describe, expect, it } from 'vitest'
import type { Article, BodyNode } from '../../src/shared/article'
import { bodyFocused } from './caret'
import { useApp } from './harness'
import { createArticle, storedArticle } from './article-calls'

describe('typing in the body', () => {
  const app = useApp({ fresh: 'suite', viewport: { width: 1280, height: 900 } })

  const body = () => app.page.getByRole('textbox', { name: 'Isi berita' })
  const stored = async (id: string): Promise<BodyNode[]> => (await storedArticle(app.page, id)).body.content
  const openNew = async (): Promise<Article> => {
    const article = await createArticle(app.page, { headline: 'Banjir di Hulu' })
    await app.page.evaluate((articleId) => (window.location.hash = `#/artikel/${articleId}`), article.id)
    await body().click()
    await bodyFocused(app.page)
    return article
  }

  it('types bold where Ctrl+B switched it on, and undoes the typing in one step', async () => {
    const article = await openNew()
    await app.page.keyboard.type('Air naik ')
    await app.page.keyboard.press('Control+B')
    await app.page.keyboard.type('dua meter')
    await expect.poll(() => stored(article.id)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Air naik ' }, { type: 'text', text: 'dua meter', marks: [{ type: 'bold' }] }] }
    ])
    await app.page.keyboard.press('Control+z')
    await expect.poll(() => body().textContent()).toBe('')
  })

  it('still applies input rules and autolinks to what is typed', async () => {
    const article = await openNew()
    await app.page.keyboard.type('## Subjudul')
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.type('- butir')
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.type('lihat https://kompas.tv/banjir dulu')
    await expect.poll(() => stored(article.id)).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subjudul' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'butir' }] }] }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'lihat ' },
          { type: 'text', text: 'https://kompas.tv/banjir', marks: [{ type: 'link', attrs: expect.objectContaining({ href: 'https://kompas.tv/banjir' }) as unknown }] },
          { type: 'text', text: ' dulu' }
        ]
      }
    ])
  })

  it('leaves an IME composition to the browser, and keeps what it commits', async () => {
    const article = await openNew()
    await app.page.keyboard.type('Kota ')
    const cdp = await app.page.context().newCDPSession(app.page)
    await cdp.send('Input.imeSetComposition', { text: 'ha', selectionStart: 2, selectionEnd: 2 })
    await cdp.send('Input.imeSetComposition', { text: 'han', selectionStart: 3, selectionEnd: 3 })
    await cdp.send('Input.insertText', { text: '漢' })
    await cdp.detach()
    await app.page.keyboard.type(' baru')
    await expect.poll(() => stored(article.id)).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Kota 漢 baru' }] }])
  })

  // Decision 0111: the frame that shows a letter comes before ProseMirror reads it.
  it('draws a typed letter before the editor reads it, and the editor has it by the task after that frame', async () => {
    const article = await openNew()
    await app.page.evaluate(() => {
      const line = (): { text: string; empty: boolean } => {
        const p = document.querySelector('.body-editor .ProseMirror > p')
        // The placeholder's class is a decoration: it goes once ProseMirror has read the letter.
        return { text: p?.textContent ?? '', empty: p?.classList.contains('is-empty') ?? false }
      }
      const record = window as unknown as { typed?: Promise<unknown> }
      record.typed = new Promise((done) =>
        window.addEventListener(
          'keydown',
          () =>
            requestAnimationFrame(() => {
              const atFrame = line()
              setTimeout(() => setTimeout(() => done({ atFrame, after: line() }), 0), 0)
            }),
          { capture: true, once: true }
        )
      )
    })
    await app.page.keyboard.press('B')
    expect(await app.page.evaluate(() => (window as unknown as { typed: Promise<unknown> }).typed)).toEqual({
      atFrame: { text: 'B', empty: true },
      after: { text: 'B', empty: false }
    })
    await expect.poll(() => stored(article.id)).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'B' }] }])
  })

  it('reads a letter not yet read before a command acts on the body', async () => {
    const article = await openNew()
    await app.page.keyboard.type('Banji')
    // A toolbar command in the very task that typed the last letter, before any frame: the
    // command must find the letter in the document, or the heading it makes would drop it.
    await app.page.evaluate(() =>
      document.querySelector('.body-editor .ProseMirror')!.addEventListener(
        'input',
        () => (document.querySelector('.toolbar__button--heading-2') as HTMLButtonElement).click(),
        { once: true }
      )
    )
    await app.page.keyboard.press('r')
    await app.page.keyboard.type(' bandang')
    await expect.poll(() => stored(article.id)).toEqual([{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Banjir bandang' }] }])
  })

  it("leaves the caret's scrolling to the browser when it reads typing back, and still scrolls for Enter", async () => {
    const article = await createArticle(app.page, {
      headline: 'Banjir di Hulu',
      body: { type: 'doc', content: Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraf ${i + 1} tentang banjir di hulu sungai.` }] })) }
    })
    await app.page.evaluate((articleId) => (window.location.hash = `#/artikel/${articleId}`), article.id)
    // The last paragraph put just above the window's bottom edge, the caret at its end.
    const last = app.page.locator('.body-editor .ProseMirror > p').last()
    await last.scrollIntoViewIfNeeded()
    await last.click()
    await app.page.keyboard.press('End')
    await bodyFocused(app.page)
    // Counts the view's own measurements of the caret: its scroll after a transaction makes one.
    await app.page.evaluate(() => {
      const view = (document.querySelector('.body-editor .ProseMirror') as unknown as { editor: { view: { coordsAtPos: (...a: unknown[]) => unknown } } }).editor.view
      const measure = view.coordsAtPos.bind(view)
      const w = window as unknown as { measured: number }
      w.measured = 0
      view.coordsAtPos = (...a: unknown[]) => {
        w.measured++
        return measure(...a)
      }
    })
    const measured = (): Promise<number> => app.page.evaluate(() => (window as unknown as { measured: number }).measured)
    // Enough words to wrap the line several times below the window's edge.
    await app.page.keyboard.type(' Air naik setinggi dua meter dan warga mengungsi ke balai desa sejak Senin malam bersama ternak mereka.'.repeat(3), { delay: 15 })
    await expect.poll(() => stored(article.id).then((c) => JSON.stringify(c.at(-1)))).toContain('ternak mereka.')
    expect(await measured()).toBe(0)
    const inView = (): Promise<boolean> =>
      app.page.evaluate(() => {
        const range = window.getSelection()!.getRangeAt(0)
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
        return rect.bottom <= window.innerHeight && rect.top >= 0
      })
    expect(await inView()).toBe(true)
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.press('Enter')
    await expect.poll(measured).toBeGreaterThan(0)
    expect(await inView()).toBe(true)
  })
})
