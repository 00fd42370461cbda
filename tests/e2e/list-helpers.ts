import type { Page } from 'playwright-core'
import type { ArticleDraft, Status } from '../../src/shared/article'

/** Articles made through the real channel, one after another so their times differ; returns their ids. */
export async function seedArticles(page: Page, drafts: Partial<ArticleDraft>[]): Promise<string[]> {
  return page.evaluate(async (all) => {
    const ids: string[] = []
    for (const draft of all) {
      const result = await window.redaksi.articles.create({ draft })
      if (!result.ok) throw new Error(result.error.message)
      ids.push(result.value.id)
    }
    return ids
  }, drafts)
}

/** What the store says about an article now. */
export async function summaryOf(page: Page, id: string): Promise<{ updatedAt: string; status: Status; rev: number }> {
  return page.evaluate(async (articleId) => {
    const got = await window.redaksi.articles.get({ id: articleId })
    if (!got.ok) throw new Error(got.error.message)
    return { updatedAt: got.value.updatedAt, status: got.value.status, rev: got.value.rev }
  }, id)
}

/**
 * Makes sure someone is signed in to act: spiking is a workflow action, which needs a profile and
 * a role allowed to take it. Keeps the current profile if there is one.
 */
export async function ensureEditorProfile(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const listed = await window.redaksi.profiles.list({})
    if (!listed.ok) throw new Error(listed.error.message)
    if (listed.value.currentId) return
    const saved = await window.redaksi.profiles.save({ profile: { name: 'Redaktur Uji', initials: 'RU', role: 'redaktur-pelaksana' } })
    if (!saved.ok) throw new Error(saved.error.message)
    const switched = await window.redaksi.profiles.switch({ id: saved.value.id })
    if (!switched.ok) throw new Error(switched.error.message)
  })
}

export async function spike(page: Page, id: string): Promise<void> {
  await ensureEditorProfile(page)
  const { rev } = await summaryOf(page, id)
  await page.evaluate(
    async ({ articleId, articleRev }) => {
      const result = await window.redaksi.articles.spike({ id: articleId, rev: articleRev })
      if (!result.ok) throw new Error(result.error.message)
    },
    { articleId: id, articleRev: rev }
  )
}

/** The headlines on the list, top to bottom, once it shows `count` rows and no request is pending. */
export async function headlines(page: Page, count: number): Promise<string[]> {
  await page.locator('.article-list__rows:not([aria-busy="true"]) .article-row__link').nth(count - 1).waitFor()
  await page.locator('.article-row__link').nth(count).waitFor({ state: 'detached' })
  return page.locator('.article-row__link').allInnerTexts()
}

/** The id of the row holding the keyboard focus. */
export async function focusedRow(page: Page): Promise<string | null> {
  const row = page.locator('[data-article-id]:has(:focus)')
  return (await row.count()) === 1 ? row.getAttribute('data-article-id') : null
}

export const NEWSROOM: Partial<ArticleDraft>[] = [
  { headline: 'Putin Tiba di Pyongyang, Disambut Kim Jong Un', section: 'dunia', penulis: ['Ahmad Riyadi'] },
  { headline: 'BI Pertahankan Suku Bunga Acuan', section: 'ekonomi', penulis: ['Dewi Lestari', 'Budi Santoso'] },
  { headline: 'Timnas U-23 Lolos ke Semifinal', section: 'olahraga', penulis: ['Rizky Pratama'] },
  { headline: 'Harga Cabai Naik Jelang Iduladha', section: 'ekonomi', penulis: ['Sari Wulandari'] },
  { headline: 'Banjir Rob Genangi Pesisir Jakarta', section: 'megapolitan', penulis: [] }
]
