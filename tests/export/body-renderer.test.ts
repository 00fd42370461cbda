import { generateHTML } from '@tiptap/html/server'
import { describe, expect, it } from 'vitest'
import { BodyRenderer, extensionsFor } from '../../src/main/export/body-renderer'
import type { Body } from '../../src/shared/article'
import { makeDraft, seededRandom } from '../bench/corpus'
import { RedaksiFailure } from '../../src/shared/result'
import { fixtureDraft } from './exchange-fixture'

const hrefFor = (id: string): string | null => (id === '01J0ABC' ? '01J0ABC.html' : null)

describe('the export’s body renderer', () => {
  it('renders exactly what @tiptap/html’s generateHTML renders', async () => {
    const rand = seededRandom(3)
    const rich: Body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub <judul> & "kutip"' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'tebal', marks: [{ type: 'bold' }, { type: 'italic' }] }, { type: 'hardBreak' }, { type: 'text', text: 'baris\u00a0dua' }] },
        { type: 'bacaJuga', attrs: { articleId: '01J0ABC', title: 'Tertaut' } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'butir' }] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tiga' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kutipan', marks: [{ type: 'link', attrs: { href: 'https://kompas.tv/?a=1&b=2' } }] }] }] }
      ]
    }
    const bodies = [fixtureDraft().body, rich, ...Array.from({ length: 20 }, () => makeDraft(rand).body)]
    const renderer = new BodyRenderer(extensionsFor(hrefFor))
    try {
      for (const body of bodies) expect(renderer.render(body, '')).toBe(generateHTML(body, extensionsFor(hrefFor)))
    } finally {
      await renderer.close()
    }
  })

  it('refuses a body the schema cannot hold, with a clear error', async () => {
    const renderer = new BodyRenderer(extensionsFor(null))
    try {
      let thrown: unknown
      try {
        renderer.render({ type: 'doc', content: [{ type: 'video' }] }, '')
      } catch (err) {
        thrown = err
      }
      expect(thrown).toBeInstanceOf(RedaksiFailure)
      expect((thrown as RedaksiFailure).failure).toEqual({ code: 'invalid-request', reason: 'body.invalid', message: 'Isi artikel tidak sesuai skema editor.' })
    } finally {
      await renderer.close()
    }
  })
})
