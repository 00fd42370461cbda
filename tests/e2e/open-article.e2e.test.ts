import { describe, expect, it } from 'vitest'
import type { Article } from '../../src/shared/article'
import { useApp } from './harness'

// A page load of `#/artikel/<id>` (a reload, a link from elsewhere): the app asks for the article
// while its code is still starting, and draws the editor in its first render when the answer has
// come by then, rather than "Memuat…" first and the editor a render later (decision 0116).
describe('opening an article by its address', () => {
  const app = useApp({ viewport: { width: 1280, height: 900 } })

  const create = async (): Promise<Article> => {
    const result = await app.page.evaluate(() =>
      window.redaksi.articles.create({
        draft: {
          headline: 'Kim Jong Un sambut Putin di Pyongyang',
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Presiden Rusia tiba dini hari.' }] }] }
        }
      })
    )
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }

  /** Loads the article's address afresh, noting every "Memuat…" the page drew on the way. */
  const loadWatchingForLoading = async (id: string): Promise<string[]> => {
    await app.page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { loadingSeen: string[] }).loadingSeen = seen
      new MutationObserver(() => {
        const loading = document.querySelector('.editor-screen__loading')
        if (loading && seen.at(-1) !== loading.textContent) seen.push(loading.textContent ?? '')
      }).observe(document, { childList: true, subtree: true })
    })
    await app.page.goto('about:blank')
    await app.page.goto(`${app.host.origin}/#/artikel/${id}`)
    await expect.poll(() => app.page.getByRole('textbox', { name: 'Isi berita' }).innerText(), { timeout: 10_000 }).toBe('Presiden Rusia tiba dini hari.')
    return app.page.evaluate(() => (window as unknown as { loadingSeen: string[] }).loadingSeen)
  }

  it('draws the editor with the article in its first render, never "Memuat…" first', async () => {
    const article = await create()
    await expect(loadWatchingForLoading(article.id)).resolves.toEqual([])
    await expect(app.page.getByRole('textbox', { name: 'Judul', exact: true }).inputValue()).resolves.toBe('Kim Jong Un sambut Putin di Pyongyang')
  })

  it('shows "Memuat artikel…" while an article is slow to come, then the article', async () => {
    const article = await create()
    // Held well past the first render's short wait for it (EARLY_ARTICLE_WAIT_MS in main.tsx).
    await app.page.route('**/api/articles.get', async (route) => {
      await new Promise((r) => setTimeout(r, 600))
      await route.continue()
    })
    await expect(loadWatchingForLoading(article.id)).resolves.toEqual(['Memuat artikel…'])
  })

  it('reads the article afresh when it is opened again from the list', async () => {
    const article = await create()
    await loadWatchingForLoading(article.id)
    // Stored anew behind the open page (another window's save): the page-load answer is stale now.
    const changed = await app.page.evaluate((a) => {
      const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags } = a
      const draft = { headline, section, published, dateline, penulis, editor, sumber, featuredImage, tags }
      const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Disambut langsung.' }] }] }
      return window.redaksi.articles.save({ id: a.id, rev: a.rev, draft: { ...draft, headline: 'Putin tiba di Pyongyang', body } })
    }, article)
    expect(changed.ok).toBe(true)
    await app.page.locator('.editor-screen__nav a').click()
    await app.page.locator(`.article-row[data-article-id="${article.id}"] a`).click()
    await expect.poll(() => app.page.getByRole('textbox', { name: 'Isi berita' }).innerText(), { timeout: 10_000 }).toBe('Disambut langsung.')
  })
})
