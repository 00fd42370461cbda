// What the rest of Redaksi asks of a body, over the schema's real nodes. One job a file.
export { bodyDoc, type BodyInput } from './body-doc'
export { bodyText } from './body-text'
export { characterCount, wordCount } from './counts'
export { bacaJugaTargets } from './baca-juga-targets'
export { bodyAt, hasWords, topLevelBlocks, type Block } from './top-level-blocks'
export { blockText } from './text-segments'
export { docRange, replaceInBlock } from './locations'
export { isEmptyParagraph, publishedBody, publishedDoc } from './empty-paragraphs'
