// The featured image's alt text in the model and the store: an optional field, so files written
// before it open unchanged, with the same revision ids, and no schema version bump (decision 0088).
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FeaturedImageSchema, MAX_ALT_CHARS, SCHEMA_VERSION } from '../../src/shared/article'
import { openArticleStore } from '../../src/main/store'
import { draft, tempStoreDir } from './helpers'

const FIXTURE_V1 = join(__dirname, '..', 'fixtures', 'store-v1')
const image = { asset: `${'c'.repeat(64)}.jpg`, caption: 'Kim Jong-un menyambut Putin.', credit: 'AP' }

describe('featuredImage.alt', () => {
  it('is optional, a string of at most 1,000 characters', () => {
    expect(FeaturedImageSchema.parse(image)).toEqual(image)
    expect(FeaturedImageSchema.parse({ ...image, alt: 'Dua pemimpin berjabat tangan' })).toEqual({ ...image, alt: 'Dua pemimpin berjabat tangan' })
    expect(MAX_ALT_CHARS).toBe(1000)
    expect(FeaturedImageSchema.safeParse({ ...image, alt: 'a'.repeat(1000) }).success).toBe(true)
    expect(FeaturedImageSchema.safeParse({ ...image, alt: 'a'.repeat(1001) }).error?.issues.map((i) => [i.path, i.code])).toEqual([[['alt'], 'too_big']])
    expect(FeaturedImageSchema.safeParse({ ...image, alt: null }).success).toBe(false)
  })

  it('is stored and read back, and reopening leaves a file without it as it was', async () => {
    const dir = await tempStoreDir()
    const store = await openArticleStore(dir)
    const without = await store.create(draft({ featuredImage: image }))
    const withAlt = await store.save(without.id, without.rev, draft({ featuredImage: { ...image, alt: 'Dua pemimpin berjabat tangan' } }))
    const other = await store.create(draft({ headline: 'Tanpa teks alternatif', featuredImage: image }))
    await store.close()

    const raw = JSON.parse(await readFile(join(dir, 'articles', `${other.id}.json`), 'utf8')) as { schemaVersion: number; article: { featuredImage: object } }
    expect(raw.schemaVersion).toBe(SCHEMA_VERSION)
    expect(raw.article.featuredImage).toEqual(image)
    const again = await openArticleStore(dir)
    expect(again.openReport.migratedFrom).toBeNull()
    expect(await again.get(other.id)).toEqual(other)
    expect((await again.get(withAlt.id)).featuredImage).toEqual({ ...image, alt: 'Dua pemimpin berjabat tangan' })
    expect(withAlt.revId).not.toBe(without.revId)
    await again.close()
  })

  it('is absent, not invented, in an article migrated from version 1', async () => {
    const dir = await tempStoreDir()
    await cp(FIXTURE_V1, dir, { recursive: true })
    const store = await openArticleStore(dir)
    const putin = await store.get('01HZX3K8M2Q4R6T8V0W2Y4A6C8')
    expect(putin.featuredImage).not.toHaveProperty('alt')
    expect(putin.featuredImage?.caption).toMatch(/^Pemimpin Korea Utara/)
    await store.close()
  })
})
