import { describe, expect, it } from 'vitest'
import type { ArticleDraft } from '../../src/shared/article'
import type { BodyNode } from '../../src/shared/editor/body-json'
import { alignBlocks, fieldText, mergedDraft, planMerge, startingChoices } from '../../src/renderer/src/features/sync/merge-draft'

const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const texts = (nodes: readonly BodyNode[]): string[] => nodes.map((n) => n.content?.[0]?.text ?? '')

const draft = (patch: Partial<ArticleDraft>, body: BodyNode[]): ArticleDraft => ({
  headline: 'Banjir Rob Rendam Pesisir Utara Jakarta',
  section: 'megapolitan',
  published: null,
  dateline: { city: 'Jakarta', outlet: 'KOMPAS.TV' },
  penulis: ['Wulan Sari'],
  editor: [],
  sumber: ['Antara'],
  featuredImage: null,
  tags: [],
  ...patch,
  body: { type: 'doc', content: body }
})

describe('alignBlocks (the two bodies, block by block)', () => {
  it('anchors on equal blocks, pairs an edited one, and keeps what only one side has', () => {
    const server = [p('Satu.'), p('Dua di server.'), p('Tiga.'), p('Empat hanya di server.')]
    const local = [p('Nol hanya di sini.'), p('Satu.'), p('Dua di sini.'), p('Tiga.')]
    expect(alignBlocks(server, local).map((r) => (r.kind === 'changed' ? `changed:${texts([r.server, r.local]).join('|')}` : r.kind === 'only' ? `${r.side}:${texts([r.block])[0]}` : `same:${texts([r.block])[0]}`))).toEqual([
      'local:Nol hanya di sini.',
      'same:Satu.',
      'changed:Dua di server.|Dua di sini.',
      'same:Tiga.',
      'server:Empat hanya di server.'
    ])
  })

  it('pairs the n-th differing block of each side, the rest one-sided, in order', () => {
    const rows = alignBlocks([p('A1'), p('A2')], [p('B1'), p('B2'), p('B3')])
    expect(rows.map((r) => r.kind)).toEqual(['changed', 'changed', 'only'])
    expect(rows[2]).toMatchObject({ kind: 'only', side: 'local' })
    expect(rows.map((r) => r.key)).toEqual(['b0', 'b1', 'b2'])
  })

  it('gives all same rows for equal bodies and handles empty ones', () => {
    expect(alignBlocks([p('x'), p('y')], [p('x'), p('y')]).map((r) => r.kind)).toEqual(['same', 'same'])
    expect(alignBlocks([], [])).toEqual([])
    expect(alignBlocks([], [p('baru')]).map((r) => r.kind)).toEqual(['only'])
  })
})

describe('planMerge, startingChoices and mergedDraft', () => {
  const server = draft({ headline: 'Banjir Rob Rendam Ratusan Rumah', sumber: ['Antara', 'BPBD DKI'] }, [p('Lead.'), p('Server menambah kutipan.'), p('Penutup server.')])
  const local = draft({ dateline: { city: 'Jakarta Utara', outlet: 'KOMPAS.TV' } }, [p('Lead.'), p('Penutup saya.'), p('Paragraf baru saya.')])
  const plan = planMerge(server, local)

  it('names exactly the fields that differ', () => {
    expect(plan.fields).toEqual(['headline', 'dateline', 'sumber'])
  })

  it('starts from the local version: untouched, the merge is the local draft', () => {
    const choices = startingChoices(plan)
    expect(choices.fields).toEqual({ headline: 'local', dateline: 'local', sumber: 'local' })
    expect(mergedDraft(server, local, plan, choices)).toEqual(local)
  })

  it('takes a field from each side and blocks as chosen', () => {
    const choices = startingChoices(plan)
    choices.fields.headline = 'server'
    const changed = plan.blocks.find((r) => r.kind === 'changed')!
    choices.blocks[changed.key] = 'server'
    const merged = mergedDraft(server, local, plan, choices)
    expect(merged.headline).toBe('Banjir Rob Rendam Ratusan Rumah')
    expect(merged.dateline).toEqual({ city: 'Jakarta Utara', outlet: 'KOMPAS.TV' })
    expect(merged.sumber).toEqual(['Antara'])
    expect(texts(merged.body.content)).toEqual(['Lead.', 'Server menambah kutipan.', 'Paragraf baru saya.'])
  })

  it('keeps a server-only block when asked and drops a local-only one', () => {
    const s = draft({}, [p('Lead.'), p('Hanya server.')])
    const l = draft({}, [p('Lead.'), p('Hanya saya.')])
    const twoSided = planMerge(s, l)
    expect(twoSided.blocks.map((r) => r.kind)).toEqual(['same', 'changed'])
    const extra = planMerge(draft({}, [p('Lead.'), p('Hanya server.')]), draft({}, [p('Lead.')]))
    const choices = startingChoices(extra)
    expect(texts(mergedDraft(s, draft({}, [p('Lead.')]), extra, choices).body.content)).toEqual(['Lead.'])
    choices.blocks[extra.blocks[1]!.key] = 'keep'
    expect(texts(mergedDraft(s, draft({}, [p('Lead.')]), extra, choices).body.content)).toEqual(['Lead.', 'Hanya server.'])
    const dropMine = planMerge(draft({}, [p('Lead.')]), draft({}, [p('Lead.'), p('Hanya saya.')]))
    const mine = startingChoices(dropMine)
    mine.blocks[dropMine.blocks[1]!.key] = 'drop'
    expect(texts(mergedDraft(draft({}, [p('Lead.')]), draft({}, [p('Lead.'), p('Hanya saya.')]), dropMine, mine).body.content)).toEqual(['Lead.'])
  })

  it('never changes the drafts it was given', () => {
    const before = JSON.stringify([server, local])
    const choices = startingChoices(plan)
    choices.fields.sumber = 'server'
    const merged = mergedDraft(server, local, plan, choices)
    merged.sumber.push('Lain')
    expect(JSON.stringify([server, local])).toBe(before)
  })
})

describe('fieldText (a field as one line)', () => {
  it('words each kind of field', () => {
    const d = draft({ published: { at: '2024-06-17T20:49:00+07:00', zone: 'WIB' }, featuredImage: { asset: null, caption: 'Warga mengungsi', credit: 'Antara' } }, [])
    expect(fieldText('headline', d)).toBe('Banjir Rob Rendam Pesisir Utara Jakarta')
    expect(fieldText('published', d)).toBe('2024-06-17T20:49:00+07:00 WIB')
    expect(fieldText('dateline', d)).toBe('Jakarta, KOMPAS.TV')
    expect(fieldText('featuredImage', d)).toBe('Warga mengungsi (Antara)')
    expect(fieldText('sumber', d)).toBe('Antara')
    expect(fieldText('tags', d)).toBe('—')
  })
})
