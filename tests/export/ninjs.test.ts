import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from '../../src/main/export/run-export'
import { fixtureDraft, openExchangeStore, PNG, storeArticle, type ExchangeStore } from './exchange-fixture'

const schemaDir = resolve(import.meta.dirname, '../../resources/ninjs')
const schema = JSON.parse(readFileSync(resolve(schemaDir, 'ninjs-schema_2.2.json'), 'utf8')) as object

function validator() {
  // strict: false because IPTC's schema is not written to Ajv's stricter authoring rules (e.g.
  // `required` inside a oneOf branch); validation itself, formats included, is unaffected.
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(ajv)
  // places[].geojson refers to GeoJSON's own schema online; these machines are offline and our
  // export never writes places, so a stand-in that refuses everything marks the reference as unused.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', not: {} })
  return ajv.compile(schema)
}

describe('ninjs 2.2 export', () => {
  let s: ExchangeStore
  beforeEach(async () => {
    s = await openExchangeStore()
  })
  afterEach(async () => {
    await s.dispose()
  })

  it('the validator is real: IPTC’s own example passes and a broken item fails', () => {
    const validate = validator()
    const example = JSON.parse(readFileSync(resolve(schemaDir, 'ninjs-2.2-example-simple-text-article.json'), 'utf8')) as Record<string, unknown>
    expect(validate(example)).toBe(true)
    expect(validate({ ...example, uri: undefined })).toBe(false)
    expect(validate({ ...example, surprise: 1 })).toBe(false)
  })

  it('validates against the IPTC schema, with and without an image', async () => {
    const validate = validator()
    const { asset } = await s.store.putAsset(PNG, 'foto.png')
    const withImage = fixtureDraft()
    withImage.featuredImage = { ...withImage.featuredImage!, asset }
    const bare = { ...fixtureDraft(), featuredImage: null, published: null, penulis: [], editor: [], sumber: [], tags: ['pemilu'] }
    for (const draft of [fixtureDraft(), withImage, bare]) {
      const article = await storeArticle(s.store, draft)
      const { files } = await runExport(s.store, { ids: [article.id], format: 'ninjs', outDir: s.out })
      const ninjs = JSON.parse(await readFile(files[0]!, 'utf8')) as Record<string, unknown>
      const valid = validate(ninjs)
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    }
  })

  it('maps the article’s fields', async () => {
    const article = await storeArticle(s.store, fixtureDraft())
    const { files } = await runExport(s.store, { ids: [article.id], format: 'ninjs', outDir: s.out })
    expect(files[0]).toMatch(/putin-bakal-tiba.*\.ninjs\.json$/)
    const ninjs = JSON.parse(await readFile(files[0]!, 'utf8')) as Record<string, unknown>
    expect(ninjs).toMatchObject({
      uri: `urn:redaksi:article:${article.id}`,
      type: 'text',
      language: 'id',
      contentcreated: '2024-06-17T20:49:00+07:00',
      by: 'Haryo Jati',
      located: 'PYONGYANG',
      headlines: [{ role: 'main', value: article.headline }],
      infosources: [
        { name: 'Deni-Muliya', role: 'editor' },
        { name: 'The Independent', role: 'source' }
      ]
    })
    const [plain, rich] = ninjs.bodies as { value: string; contenttype: string }[]
    expect(plain!.value.startsWith('PYONGYANG, KOMPAS.TV - Presiden Rusia')).toBe(true)
    expect(rich!.contenttype).toBe('text/html')
    expect(rich!.value).toContain('<span class="dateline">')
  })
})
