import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../src/shared/article'
import { applyFix } from '../../src/shared/kompas/apply-fix'
import { blockText, bodyDoc, replaceInBlock } from '../../src/shared/editor/queries'
import type { Fix, Location } from '../../src/shared/kompas/findings'
import { draft, p } from './build'

const fix = (where: Location, from: number, to: number, text: string): Fix => ({
  label: '',
  labelEn: '',
  replace: { where, from, to, text }
})

describe('applyFix', () => {
  it('replaces text in the headline and in the caption', () => {
    const article = draft({ featuredImage: { asset: null, caption: 'Rabu (13/6/2023).', credit: 'AP' } })
    expect(applyFix(article, fix({ field: 'headline' }, 0, 5, 'Vladimir Putin')).headline).toBe('Vladimir Putin Bakal Tiba di Korea Utara')
    expect(applyFix(article, fix({ field: 'featuredImage.caption' }, 0, 4, 'Selasa')).featuredImage?.caption).toBe('Selasa (13/6/2023).')
  })

  it('leaves the draft as it is when the fix no longer fits it', () => {
    const article = draft()
    expect(applyFix(article, fix({ field: 'body', block: 7, node: 'paragraph', ordinal: 8 }, 0, 1, 'x'))).toBe(article)
    expect(applyFix(article, fix({ field: 'featuredImage.caption' }, 0, 1, 'x'))).toBe(article)
    expect(applyFix(article, fix({ field: 'penulis' }, 0, 1, 'x'))).toBe(article)
  })

  it('patches fields without touching the others', () => {
    const article = draft()
    const patched = applyFix(article, { label: '', labelEn: '', patch: { sumber: ['AP'] } })
    expect(patched).toEqual({ ...article, sumber: ['AP'] })
    expect(article.sumber).toEqual(['The Independent'])
  })

  it('replaces body text exactly as a string splice would, however the runs are split and marked', () => {
    const run = fc.record({ text: fc.string({ minLength: 1, maxLength: 6 }), bold: fc.boolean() })
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (runs, a, b, text) => {
        const block = p(...runs.map((r): BodyNode => (r.bold ? { type: 'text', text: r.text, marks: [{ type: 'bold' }] } : { type: 'text', text: r.text })))
        const textOf = (node: BodyNode): string => blockText(bodyDoc({ type: 'doc', content: [node] }).child(0))
        const before = textOf(block)
        const from = Math.min(a, b) % (before.length + 1)
        const to = Math.min(from + (Math.max(a, b) % 4), before.length)
        const after = replaceInBlock({ type: 'doc', content: [block] }, 0, from, to, text)!
        expect(textOf(after)).toBe(before.slice(0, from) + text + before.slice(to))
        expect((after.content ?? []).every((n: BodyNode) => n.text !== '')).toBe(true)
      })
    )
  })
})
