// Reading a `.redaksi` bundle, with a message for each way it can be wrong: not JSON (cut off in
// transit), not a bundle, from a newer Redaksi, or damaged inside. Nothing is stored from here.
import { createHash } from 'node:crypto'
import { SCHEMA_VERSION, type Article, type ArticleDraft } from '../../shared/article'
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleSchema } from '../../shared/bundle-format'
import type { ImportNote } from '../../shared/exchange'
import { RedaksiFailure } from '../../shared/result'
import type { ImportCandidate } from './import-candidate'
import { checkImage } from '../../shared/image-bytes'

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
    throw new RedaksiFailure('bundle.truncated', { file: fileName })
  }
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  if (head.format !== BUNDLE_FORMAT) {
    throw new RedaksiFailure('bundle.not-bundle', { file: fileName })
  }
  const bundleVersion = versionOf(head.bundleVersion)
  const schemaVersion = versionOf(head.schemaVersion)
  if ((bundleVersion ?? 0) > BUNDLE_VERSION || (schemaVersion ?? 0) > SCHEMA_VERSION) {
    throw new RedaksiFailure('bundle.newer', { file: fileName, version: `${bundleVersion ?? '?'}/${schemaVersion ?? '?'}` })
  }
  if (bundleVersion !== BUNDLE_VERSION || schemaVersion !== SCHEMA_VERSION) {
    throw new RedaksiFailure('bundle.unknown-version', { file: fileName, version: `${bundleVersion ?? '?'}/${schemaVersion ?? '?'}` })
  }
  const parsed = BundleSchema.safeParse(raw)
  if (!parsed.success) {
    // Where in the bundle, as the JSON path a developer would look at; the words say the rest.
    const where = parsed.error.issues[0]?.path.map(String).join('.') ?? ''
    throw new RedaksiFailure('bundle.damaged', { file: fileName, where: where || 'bundle' })
  }
  const bundle = parsed.data
  const images = bundle.images.map(({ asset, base64 }) => {
    const bytes = Buffer.from(base64, 'base64')
    if (createHash('sha256').update(bytes).digest('hex') !== asset.slice(0, 64)) {
      throw new RedaksiFailure('bundle.image-damaged', { file: fileName, asset })
    }
    // The same check as the photo field's: a bundle is no way round the image limits.
    checkImage(bytes, `${fileName} (${asset})`)
    return { asset, bytes: new Uint8Array(bytes) }
  })
  const warnings: ImportNote[] = []
  const draft = draftOf(bundle.article)
  const asset = draft.featuredImage?.asset
  if (asset && !images.some((i) => i.asset === asset)) warnings.push({ note: 'image-missing', params: { asset } })
  if (bundle.revisions?.length) warnings.push({ note: 'revisions-dropped', params: { count: bundle.revisions.length } })
  return { fileName, draft, originalId: bundle.article.id, images, warnings }
}
