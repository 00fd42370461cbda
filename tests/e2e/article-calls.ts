// The app's own channel for making and reading articles, as tests set up and check a desk
// without going through the screens they are not about.
import type { Page } from 'playwright-core'
import type { Article, ArticleDraft } from '../../src/shared/article'

export async function createArticle(page: Page, draft: Partial<ArticleDraft>): Promise<Article> {
  const result = await page.evaluate((d) => window.redaksi.articles.create({ draft: d }), draft)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

export async function storedArticle(page: Page, id: string): Promise<Article> {
  const result = await page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
