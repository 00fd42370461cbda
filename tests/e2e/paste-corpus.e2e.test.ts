// Pasting a web page, a Word document and a Google Docs document into the body in real Chromium:
// the HTML is cleaned as a string before any parser sees it (decision 0083), so nothing of it
// becomes DOM as it came. No console error, no CSP violation, no request, and the exact body.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../src/shared/article'
import { useApp } from './harness'

const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../fixtures/paste', name), 'utf8')
const t = (text: string, ...marks: string[]): BodyNode => (marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text })
const link = (text: string, href: string, ...bold: string[]): BodyNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }, ...bold.map((type) => ({ type }))]
})
const p = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content })
const h2 = (...content: BodyNode[]): BodyNode => ({ type: 'heading', attrs: { level: 2 }, content })

// What a writer gets: the words, bold/italic/underline, headings, lists and checked links; no
// picture, ad, script, frame, style or Word/Docs wrapper, and no empty paragraph from a blank line.
const EXPECTED: Record<string, BodyNode[]> = {
  'kompas-com-page.html': [
    p(t('KPK Setor Rp 2,5 Miliar Uang Rampasan ke Kas Negara')),
    p(t('Kompas.com - 29/11/2017, 14:50 WIB')),
    p(t('Gedung Merah Putih KPK di Jakarta.(KOMPAS.com/ABBA GABRILLIN)')),
    p(t('JAKARTA, KOMPAS.com', 'bold'), t(' - Komisi Pemberantasan Korupsi (KPK) menyetor uang rampasan sebesar '), t('Rp 2,5 miliar', 'bold'), t(' ke kas negara, Rabu (29/11/2017).')),
    p(t('Uang itu berasal dari perkara '), link('korupsi', 'https://www.kompas.com/tag/korupsi'), t(' pengadaan alat kesehatan.')),
    p(t('Baca juga: ', 'bold'), link('KPK Periksa Tiga Saksi', 'https://nasional.kompas.com/read/2017/11/28/kpk-periksa', 'bold')),
    p(t('"Uang tersebut merupakan hasil putusan pengadilan," kata juru bicara KPK Febri Diansyah.')),
    h2(t('Sidang berikutnya')),
    p(t('Sidang berikutnya digelar '), t('pekan depan', 'italic'), t('.')),
    p(t('Penulis : Abba Gabrillin'), { type: 'hardBreak' }, t('Editor : Sabrina Asril'))
  ],
  'word-document.html': [
    h2(t('Banjir Rendam Anambas')),
    p(t('TAREMPA, KOMPAS.TV', 'bold'), t(' - Banjir merendam '), t('puluhan', 'italic'), t(' rumah di Anambas.')),
    p(t('Warga mengungsi ke '), t('masjid', 'underline'), t(' terdekat.')),
    h2(t('Bantuan datang')),
    p(t('Beras')),
    p(t('Air mulai surut sore hari.'))
  ],
  'google-docs.html': [
    p(t('MAKASSAR, KOMPAS.TV', 'bold'), t(' - Banjir tahunan kembali melanda '), t('Makassar', 'italic'), t('.')),
    p(link('BMKG', 'https://www.bmkg.go.id/cuaca'), t(' memperkirakan hujan lebat hingga '), t('Jumat', 'bold'), t('.')),
    h2(t('Pengungsi')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Tamalate: 120 jiwa'))] }] }
  ]
}

describe('pasting into the body', () => {
  const app = useApp({ fresh: 'suite' })

  for (const name of Object.keys(EXPECTED)) {
    it(`cleans ${name} before it becomes DOM: no console error, no CSP violation, no request, the exact body`, async () => {
      const created = await app.page.evaluate(() => window.redaksi.articles.create({ draft: {} }))
      if (!created.ok) throw new Error(created.error.message)
      const id = created.value.id
      await app.page.evaluate((articleId) => (window.location.hash = `#/artikel/${articleId}`), id)
      const body = app.page.getByRole('textbox', { name: 'Isi berita' })
      await body.click()
      const requests: string[] = []
      const onRequest = (request: { url(): string }): void => {
        if (!request.url().startsWith(app.host.origin)) requests.push(request.url())
      }
      app.page.on('request', onRequest)
      await app.page.evaluate(() => {
        const seen: string[] = []
        ;(window as unknown as { violations: string[] }).violations = seen
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
      })
      await app.page.evaluate((pasted) => {
        const data = new DataTransfer()
        data.setData('text/html', pasted)
        data.setData('text/plain', 'teks biasa')
        document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      }, fixture(name))
      const stored = async (): Promise<BodyNode[]> => {
        const result = await app.page.evaluate((articleId) => window.redaksi.articles.get({ id: articleId }), id)
        if (!result.ok) throw new Error(result.error.message)
        return result.value.body.content
      }
      await expect.poll(async () => (await stored()).length, { timeout: 10_000 }).toBeGreaterThan(1)
      await app.page.getByTestId('save-indicator').getByText('Tersimpan', { exact: true }).waitFor()
      expect(await app.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
      expect(await stored()).toEqual(EXPECTED[name])
      expect(await app.page.locator('.ProseMirror img:not(.ProseMirror-separator), .ProseMirror [style], .ProseMirror script').count()).toBe(0)
      app.page.off('request', onRequest)
      expect(requests).toEqual([])
    })
  }
})
