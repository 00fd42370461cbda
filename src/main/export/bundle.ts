import { SCHEMA_VERSION, type Article } from '../../shared/article'
import type { ArticleStore } from '../store'
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../shared/bundle-format'

/** The bundle of one article, with its image and, when asked, every kept revision. */
export async function makeBundle(store: ArticleStore, article: Article, withRevisions: boolean): Promise<Bundle> {
  const images: Bundle['images'] = []
  const asset = article.featuredImage?.asset
  if (asset) {
    // A missing image file is not worth refusing the draft over: the bundle goes without it.
    const bytes = await store.readAsset(asset).catch(() => null)
    if (bytes) images.push({ asset, base64: Buffer.from(bytes).toString('base64') })
  }
  const bundle: Bundle = { format: BUNDLE_FORMAT, bundleVersion: BUNDLE_VERSION, schemaVersion: SCHEMA_VERSION, article, images }
  if (withRevisions) {
    const kept = await store.listRevisions(article.id)
    bundle.revisions = await Promise.all(kept.map((r) => store.getRevision(article.id, r.revId)))
  }
  return bundle
}
