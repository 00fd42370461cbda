// The `.redaksi` bundle: one JSON file carrying an article, its images and optionally its
// revisions, to send a draft to an editor offline. Versioned on its own, so a newer Redaksi can
// change the bundle and an older one can say so instead of misreading it.
import { z } from 'zod'
import { ArticleSchema, AssetRefSchema, SCHEMA_VERSION } from './article'

export const BUNDLE_FORMAT = 'redaksi-bundle'
export const BUNDLE_VERSION = 1

export const BundleImageSchema = z.object({
  asset: AssetRefSchema,
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64')
})

export const BundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  bundleVersion: z.literal(BUNDLE_VERSION),
  /** The article schema version (SCHEMA_VERSION) the article was written with. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleSchema,
  images: z.array(BundleImageSchema),
  revisions: z.array(ArticleSchema).optional()
})
export type Bundle = z.infer<typeof BundleSchema>
