// Drives the real services through dispatch, as the renderer would, over a store in a temp folder.
import { expect } from 'vitest'
import type { Article, ArticleDraft } from '../../src/shared/article'
import type { Channel, RequestOf, ResponseOf } from '../../src/shared/ipc'
import type { RedaksiError } from '../../src/shared/result'
import type { Profile, Role } from '../../src/shared/workflow'
import type { Redaksi } from '../../src/main/redaksi'

export async function call<C extends Channel>(redaksi: Redaksi, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await redaksi.dispatch(channel, request)
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
  return result.value as ResponseOf<C>
}

export async function refusal<C extends Channel>(redaksi: Redaksi, channel: C, request: RequestOf<C>): Promise<RedaksiError> {
  const result = await redaksi.dispatch(channel, request)
  expect(result.ok, `${channel} should have been refused`).toBe(false)
  return (result as { ok: false; error: RedaksiError }).error
}

/** Creates a profile and makes it the current one. */
export async function actAs(redaksi: Redaksi, name: string, role: Role): Promise<Profile> {
  const { profiles } = await call(redaksi, 'profiles.list', {})
  const existing = profiles.find((p) => p.name === name)
  const profile = existing ?? (await call(redaksi, 'profiles.save', { profile: { name, initials: name.slice(0, 2), role } }))
  return call(redaksi, 'profiles.switch', { id: profile.id })
}

/** A draft the house-style checker has nothing against (the editor field aside). */
export function cleanDraft(over: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    headline: 'Banjir Rendam Permukiman di Jakarta Timur',
    section: 'megapolitan',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' },
    penulis: ['Haryo Jati'],
    editor: [],
    sumber: ['Antara'],
    featuredImage: null,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Banjir merendam ratusan rumah warga.' }] }] },
    tags: [],
    ...over
  }
}

export async function createArticle(redaksi: Redaksi, draft: ArticleDraft = cleanDraft()): Promise<Article> {
  return call(redaksi, 'articles.create', { draft })
}

export async function move(redaksi: Redaksi, article: Pick<Article, 'id' | 'rev'>, action: RequestOf<'workflow.transition'>['action'], extra: { note?: string; overrideWarnings?: boolean } = {}): Promise<Article> {
  return call(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action, ...extra })
}
