// The photo's alt text in every export: the img alt of the HTML page, the ImageObject's
// description in its JSON-LD, an 'alt' description in ninjs, Word's Alt Text; never the caption
// (decision 0088).
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export/run-export'
import { openWordPackage } from '../../src/main/import/word/word-package'
import type { Article } from '../../src/shared/article'
import { fixtureDraft, openExchangeStore, PNG, storeArticle, type ExchangeStore } from './exchange-fixture'

const ALT = 'Putin & Kim berjabat tangan; papan bertuliskan "<Selamat datang>"'
const ninjsSchema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../resources/ninjs/ninjs-schema_2.2.json'), 'utf8')) as object

describe('alt text of the featured image in the exports', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  async function withPhoto(alt: string | undefined): Promise<Article> {
    const { asset } = await s.store.putAsset(PNG, 'foto.png')
    const draft = fixtureDraft()
    const { alt: _none, ...image } = draft.featuredImage!
    draft.featuredImage = alt === undefined ? { ...image, asset } : { ...image, asset, alt }
    return storeArticle(s.store, draft)
  }
  const exported = async (article: Article, format: 'html' | 'ninjs' | 'docx', image?: 'copy'): Promise<string> => {
    const { files } = await runExport(s.store, { ids: [article.id], format, outDir: s.out, ...(image ? { image } : {}) })
    return readFile(files[0]!, 'utf8')
  }
  const jsonLdImage = (html: string): unknown => (JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)![1]!) as { image: unknown }).image
  const docxImage = async (article: Article): Promise<string> => {
    const { files } = await runExport(s.store, { ids: [article.id], format: 'docx', outDir: s.out })
    const xml = new TextDecoder().decode(openWordPackage(await readFile(files[0]!), 'x.docx').get('word/document.xml'))
    return /<wp:docPr [^>]*\/>/.exec(xml)![0]
  }

  it('is the img alt of the HTML page, escaped, and the description of its JSON-LD image', async () => {
    const article = await withPhoto(`  ${ALT} `)
    const html = await exported(article, 'html')
    expect(html).toContain(`" alt="Putin &amp; Kim berjabat tangan; papan bertuliskan &quot;&lt;Selamat datang&gt;&quot;"><figcaption>`)
    const copied = await exported(article, 'html', 'copy')
    expect(jsonLdImage(copied)).toEqual({
      '@type': 'ImageObject',
      contentUrl: 'putin-bakal-tiba-di-korea-utara-selasa-besok-kunjungi-negara-kim-jong-un-2-hari.png',
      caption: article.featuredImage!.caption,
      description: ALT,
      creditText: article.featuredImage!.credit
    })
  })

  it('is an alt description beside the caption in ninjs, valid against IPTC’s schema', async () => {
    const article = await withPhoto(ALT)
    const ninjs = JSON.parse(await exported(article, 'ninjs')) as { associations: { descriptions: unknown }[] }
    expect(ninjs.associations[0]!.descriptions).toEqual([
      { role: 'caption', value: `${article.featuredImage!.caption} (Sumber: ${article.featuredImage!.credit})` },
      { role: 'alt', contenttype: 'text/plain', value: ALT }
    ])
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(ajv)
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', not: {} })
    const validate = ajv.compile(ninjsSchema)
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is the Alt Text Word shows for the picture', async () => {
    const docPr = await docxImage(await withPhoto(ALT))
    expect(docPr).toContain('descr="Putin &amp; Kim berjabat tangan; papan bertuliskan &quot;&lt;Selamat datang&gt;&quot;"')
  })

  it('without alt text is empty everywhere: the img is decorative and the caption is not read twice', async () => {
    const article = await withPhoto(undefined)
    const html = await exported(article, 'html')
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt=""><figcaption>Pemimpin Korea Utara/)
    expect(jsonLdImage(await exported(article, 'html', 'copy'))).not.toHaveProperty('description')
    const ninjs = JSON.parse(await exported(article, 'ninjs')) as { associations: { descriptions: { role: string }[] }[] }
    expect(ninjs.associations[0]!.descriptions.map((d) => d.role)).toEqual(['caption'])
    expect(await docxImage(article)).toMatch(/^<wp:docPr id="\d+" name="foto"\/>$/)
  })
})
