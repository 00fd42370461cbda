import type { Article } from '../../../../shared/article'
import { BodyHtml } from '../../../../shared/editor/serializers/html'
import { formatDateline } from '../../../../shared/kompas/dateline'
import { formatSectionLine } from '../../../../shared/kompas/headline-line'

// The export's own serialiser, without Baca Juga links (no exported file to point at here): the
// desk approves exactly the markup that is published. Its output is escaped and carries only the
// schema's elements and allow-listed links, so it is safe to set as HTML.
const bodyHtml = new BodyHtml()

/** The article as a reader would see it, for review. */
export function ArticlePreview({ article }: { article: Article }): React.JSX.Element {
  const body = bodyHtml.render(article.body, formatDateline(article.dateline))
  return (
    <article className="preview">
      <h2 className="preview__headline">{article.headline}</h2>
      <p className="preview__section">{formatSectionLine(article.section, article.published)}</p>
      {article.featuredImage && (
        <p className="preview__caption">
          {article.featuredImage.caption} {article.featuredImage.credit && `(Sumber: ${article.featuredImage.credit})`}
        </p>
      )}
      <div className="preview__body" data-testid="preview-body" dangerouslySetInnerHTML={{ __html: body }} />
      <p className="preview__credits">
        Penulis : {article.penulis.join(', ')} Editor : {article.editor.join(', ')}
      </p>
      <p className="preview__credits">Sumber : {article.sumber.join(', ')}</p>
    </article>
  )
}
