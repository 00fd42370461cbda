import type { Article, BodyNode } from '../../../../shared/article'
import { formatDateline } from '../../../../shared/kompas/dateline'
import { formatSectionLine } from '../../../../shared/kompas/headline-line'

const text = (node: BodyNode): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(text).join(''))

/** The article as a reader would see it, for review: plain React, nothing executable. */
export function ArticlePreview({ article }: { article: Article }): React.JSX.Element {
  const dateline = formatDateline(article.dateline)
  const lead = article.body.content.findIndex((node) => node.type === 'paragraph')
  return (
    <article className="preview">
      <h2 className="preview__headline">{article.headline}</h2>
      <p className="preview__section">{formatSectionLine(article.section, article.published)}</p>
      {article.featuredImage && (
        <p className="preview__caption">
          {article.featuredImage.caption} {article.featuredImage.credit && `(Sumber: ${article.featuredImage.credit})`}
        </p>
      )}
      {article.body.content.map((node, i) => {
        if (node.type === 'bacaJuga') {
          return (
            <aside key={i} className="preview__baca-juga">
              <strong>Baca Juga:</strong> {String(node.attrs?.title ?? '')}
            </aside>
          )
        }
        if (node.type === 'heading') return <h3 key={i}>{text(node)}</h3>
        return (
          <p key={i}>
            {i === lead && dateline && <strong>{dateline}</strong>}
            {text(node)}
          </p>
        )
      })}
      <p className="preview__credits">
        Penulis : {article.penulis.join(', ')} Editor : {article.editor.join(', ')}
      </p>
      <p className="preview__credits">Sumber : {article.sumber.join(', ')}</p>
    </article>
  )
}
