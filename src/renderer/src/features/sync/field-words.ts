import type { MergeField } from './merge-draft'

/** The i18n key naming each field where two versions are set side by side (merge and conflict). */
export const FIELD_WORD: Readonly<Record<MergeField, string>> = {
  headline: 'fieldHeadline',
  section: 'fieldSection',
  published: 'fieldPublished',
  dateline: 'fieldDateline',
  featuredImage: 'fieldFeaturedImage',
  penulis: 'fieldPenulis',
  editor: 'fieldEditor',
  sumber: 'fieldSumber',
  tags: 'fieldTags'
}
