// Reading a `.redaksi` bundle, with a message for each way it can be wrong: not JSON (cut off in
// transit), not a bundle, from a newer Redaksi, or damaged inside. Nothing is stored from here.
import { createHash } from 'node:crypto'
import { SCHEMA_VERSION, type Article, type ArticleDraft } from '../../shared/article'
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleSchema } from '../../shared/bundle-format'
import { ExchangeError } from '../export/exchange-error'
import type { ImportCandidate } from './import-candidate'

function draftOf(a: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

const versionOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null)

export function parseBundle(fileName: string, text: string): ImportCandidate {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ExchangeError('damaged', `${fileName} rusak: isinya bukan JSON yang utuh, mungkin terpotong saat dikirim (the bundle is damaged).`)
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  if (head.format !== BUNDLE_FORMAT) {
    throw new ExchangeError('invalid', `${fileName} bukan bundel artikel Redaksi (not a Redaksi bundle).`)
  }
  const bundleVersion = versionOf(head.bundleVersion)
  const schemaVersion = versionOf(head.schemaVersion)
  if ((bundleVersion ?? 0) > BUNDLE_VERSION || (schemaVersion ?? 0) > SCHEMA_VERSION) {
    throw new ExchangeError(
      'invalid',
      `${fileName} dibuat oleh Redaksi yang lebih baru (bundel versi ${bundleVersion}, artikel versi ${schemaVersion}; ` +
        `Redaksi ini membaca sampai bundel ${BUNDLE_VERSION}, artikel ${SCHEMA_VERSION}). Perbarui Redaksi untuk membukanya ` +
        '(made by a newer Redaksi: update to import it).'
    )
  }
  if (bundleVersion !== BUNDLE_VERSION || schemaVersion !== SCHEMA_VERSION) {
    throw new ExchangeError('invalid', `${fileName} memakai versi bundel yang tidak dikenal (${bundleVersion}/${schemaVersion}).`)
  }
  const parsed = BundleSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ExchangeError('damaged', `${fileName} rusak: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''} (the bundle is damaged).`)
  }
  const bundle = parsed.data
  const images = bundle.images.map(({ asset, base64 }) => {
    const bytes = Buffer.from(base64, 'base64')
    if (createHash('sha256').update(bytes).digest('hex') !== asset.slice(0, 64)) {
      throw new ExchangeError('damaged', `${fileName} rusak: gambar ${asset} tidak utuh (an image in the bundle is damaged).`)
    }
    return { asset, bytes: new Uint8Array(bytes) }
  })
  const warnings: string[] = []
  const draft = draftOf(bundle.article)
  const asset = draft.featuredImage?.asset
  if (asset && !images.some((i) => i.asset === asset)) warnings.push(`gambar ${asset} tidak ada di bundel`)
  if (bundle.revisions?.length) warnings.push(`${bundle.revisions.length} revisi di bundel tidak dipulihkan; artikel masuk sebagai draf baru`)
  return { fileName, draft, originalId: bundle.article.id, images, warnings }
}
