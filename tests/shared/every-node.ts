// A body with every node and mark of the schema, for the tests that must see each one rendered.
import type { Body } from '../../src/shared/article'

export const EVERY_NODE: Body = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Presiden Rusia ' },
        { type: 'text', text: 'Vladimir Putin', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' bakal ', marks: [{ type: 'italic' }] },
        { type: 'text', text: 'tiba', marks: [{ type: 'underline' }] },
        { type: 'text', text: ' di ', marks: [{ type: 'strike' }] },
        { type: 'text', text: 'Korea Utara', marks: [{ type: 'link', attrs: { href: 'https://www.kompas.tv/?a=1&b=2', target: null, rel: 'noopener noreferrer nofollow', class: null } }] },
        { type: 'hardBreak' },
        { type: 'text', text: '“Kami siap menyambut,” kata juru bicara & tim <protokol>.' }
      ]
    },
    { type: 'bacaJuga', attrs: { articleId: '01J0B4C5D6E7F8G9H0J1K2M3N4', title: 'Respons Kemenlu RI' } },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Agenda kunjungan' }] },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Hari pertama' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pertemuan bilateral' }] }] }] },
    { type: 'orderedList', attrs: { start: 2, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Jamuan makan malam' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kami siap menyambut' }] }] },
    { type: 'pullQuote', attrs: { quote: 'Kami siap menyambut', name: 'Dmitry Peskov', role: 'Juru bicara Kremlin' } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Kunjungan berlangsung dua hari.' }] }
  ]
}
