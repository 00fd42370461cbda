// The photo's alt text on the wire and at the server: carried by the protocol's own schema,
// kept in the server's article (its JSON content), and asked for by the house style the server
// runs on submit and approve (decisions 0088, 0020).
import { describe, expect, it } from 'vitest'
import { ChangeSchema } from '../../../src/shared/sync/protocol'
import { revIdOf } from '../../../src/server/sync/rev-id'
import { answer, cleanDraft, MemoryDesk, move, people, save } from './memory-desk'

const ASSET = `${'b'.repeat(64)}.jpg`
const photo = (alt?: string) => ({ asset: ASSET, caption: 'Banjir merendam permukiman, Senin (2/12/2024).', credit: 'KOMPAS.TV', ...(alt === undefined ? {} : { alt }) })

describe('alt text through sync', () => {
  it('travels in a pushed change as the client wrote it', () => {
    const draft = cleanDraft({ featuredImage: photo('Warga menuntun sepeda motor melewati genangan setinggi lutut') })
    const parsed = ChangeSchema.parse(JSON.parse(JSON.stringify(save(1, draft))))
    expect(parsed.kind === 'article.save' && parsed.payload.draft.featuredImage).toEqual(photo('Warga menuntun sepeda motor melewati genangan setinggi lutut'))
  })

  it('is stored by the server with the article, and a photo without it cannot be submitted', () => {
    const desk = new MemoryDesk()
    desk.create(people.ani, cleanDraft({ featuredImage: photo() }))
    const refused = desk.apply(move(1, 'submit'), people.ani)
    expect(answer(refused)).toBe('refused:workflow.blocking')
    expect(refused.kind === 'refused' && refused.failure.findings?.map((f) => [f.rule, f.where])).toEqual([['image-alt', { field: 'featuredImage.alt' }]])

    expect(answer(desk.apply(save(1, cleanDraft({ featuredImage: photo('Warga menuntun sepeda motor melewati genangan') })), people.ani))).toBe('applied')
    expect(desk.article!.featuredImage).toEqual(photo('Warga menuntun sepeda motor melewati genangan'))
    expect(answer(desk.apply(move(2, 'submit'), people.ani))).toBe('applied')
  })

  it('leaves the revision id of an article from before the field as it was', () => {
    const desk = new MemoryDesk()
    const article = desk.create(people.ani, cleanDraft({ featuredImage: photo() }))
    const { revId: _revId, ...rest } = article
    const withUndefined = { ...rest, featuredImage: { ...photo(), alt: undefined } }
    expect(revIdOf(withUndefined, null)).toBe(revIdOf(rest, null))
    expect(revIdOf({ ...rest, featuredImage: photo('Warga') }, null)).not.toBe(revIdOf(rest, null))
  })
})
