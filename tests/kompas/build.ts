// Small drafts for rule tests: a clean article by default, so each test changes only what it checks.
import type { ArticleDraft, BodyNode } from '../../src/shared/article'
import type { Finding, Rule } from '../../src/shared/kompas/findings'
import { findingWhere } from '../../src/shared/kompas/check'
import { contextWith } from '../helpers/reference-article'

// ProseMirror has no empty text nodes: p('') is an empty paragraph, as the editor stores one.
export const p = (...parts: (string | BodyNode)[]): BodyNode => {
  const content = parts.filter((part) => part !== '').map((part): BodyNode => (typeof part === 'string' ? { type: 'text', text: part } : part))
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' }
}
export const baca = (articleId: string | null, title: string): BodyNode => ({ type: 'bacaJuga', attrs: { articleId, title } })

export const KNOWN_ID = '01J0B4C5D6E7F8G9H0J1K2M3N4'
export const KNOWN_TITLE = 'Respons Kemenlu RI Terkait Pengiriman Pasukan Perdamaian ke Gaza: Tunggu Ada Mandat PBB'

export function draft(overrides: Partial<ArticleDraft> & { blocks?: BodyNode[] } = {}): ArticleDraft {
  const { blocks, ...fields } = overrides
  return {
    headline: 'Putin Bakal Tiba di Korea Utara',
    section: 'dunia',
    published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' },
    dateline: { city: 'PYONGYANG', outlet: 'KOMPAS.TV' },
    penulis: ['Haryo Jati'],
    editor: ['Deni-Muliya'],
    sumber: ['The Independent'],
    featuredImage: null,
    body: { type: 'doc', content: blocks ?? [p('Presiden Rusia Vladimir Putin bakal tiba di Korea Utara.')] },
    tags: [],
    ...fields
  }
}

export const context = contextWith

/** A rule's findings, each reduced to what a test usually compares. */
export function run(rule: Rule, article: ArticleDraft, ctx = contextWith()): { severity: string; where: string; text?: string }[] {
  return rule.check(article, ctx).map((f: Finding) => ({ severity: f.severity, where: findingWhere(f), ...(f.text === undefined ? {} : { text: f.text }) }))
}
