import { describe, expect, it } from 'vitest'
import {
  ArticleDraftSchema,
  DEFAULT_SECTIONS,
  draftSchemaFor,
  PublishedSchema,
  SCHEMA_VERSION
} from '../../src/shared/article'
import { bacaJugaTargets, bodyText, wordCount } from '../../src/shared/editor/queries'
import { draft, paragraphs } from './helpers'

describe('article model', () => {
  it('accepts a realistic draft', () => {
    expect(ArticleDraftSchema.parse(draft()).penulis).toEqual(['Haryo Jati'])
    expect(SCHEMA_VERSION).toBe(2)
    expect(DEFAULT_SECTIONS).toContain('dunia')
  })

  it('ties the published offset to its zone', () => {
    expect(PublishedSchema.safeParse({ at: '2024-06-17T20:49:00+07:00', zone: 'WIB' }).success).toBe(true)
    expect(PublishedSchema.safeParse({ at: '2024-06-17T21:49:00+08:00', zone: 'WITA' }).success).toBe(true)
    expect(PublishedSchema.safeParse({ at: '2024-06-17T22:49:00+09:00', zone: 'WIT' }).success).toBe(true)
    expect(PublishedSchema.safeParse({ at: '2024-06-17T20:49:00+07:00', zone: 'WIT' }).success).toBe(false)
    expect(PublishedSchema.safeParse({ at: '2024-06-17T13:49:00Z', zone: 'WIB' }).success).toBe(false)
    expect(PublishedSchema.safeParse({ at: '2024-02-31T20:49:00+07:00', zone: 'WIB' }).success).toBe(false)
    expect(PublishedSchema.safeParse({ at: '2024-02-29T20:49:00+07:00', zone: 'WIB' }).success).toBe(true)
    expect(PublishedSchema.safeParse({ at: 'kemarin', zone: 'WIB' }).success).toBe(false)
  })

  it('checks the section against the configured list', () => {
    expect(draftSchemaFor(['dunia']).safeParse(draft({ section: 'dunia' })).success).toBe(true)
    expect(draftSchemaFor(['dunia']).safeParse(draft({ section: 'gosip' })).success).toBe(false)
    expect(draftSchemaFor([...DEFAULT_SECTIONS, 'gosip']).safeParse(draft({ section: 'gosip' })).success).toBe(true)
  })

  it('checks the body against the editor schema', () => {
    expect(ArticleDraftSchema.safeParse(draft({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] }] } })).success).toBe(true)
    expect(ArticleDraftSchema.safeParse({ ...draft(), body: { type: 'paragraph', content: [] } }).success).toBe(false)
    expect(ArticleDraftSchema.safeParse({ ...draft(), body: { type: 'doc', content: [{ text: 'no type' }] } }).success).toBe(false)
  })

  it('extracts plain text without Baca Juga titles and counts words', () => {
    const text = bodyText(draft().body)
    expect(text.split('\n')).toHaveLength(2)
    expect(text).toContain('Kim Jong-un.')
    expect(text).not.toContain('Kemenlu')
    expect(wordCount(paragraphs('Kim Jong-un tiba Selasa (18/6/2024) pukul 20.49 WIB.'))).toBe(8)
    expect(wordCount(paragraphs(''))).toBe(0)
  })

  it('lists the articles a body points to', () => {
    const body = { type: 'doc' as const, content: [{ type: 'bacaJuga', attrs: { articleId: '01J0000000000000000000000A', title: 'x' } }, { type: 'bacaJuga', attrs: { articleId: null, title: 'y' } }] }
    expect(bacaJugaTargets(body)).toEqual(['01J0000000000000000000000A'])
  })
})
