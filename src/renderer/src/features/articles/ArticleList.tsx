import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useArticles } from './useArticles'

export function ArticleList(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const articles = useArticles()
  const [message, setMessage] = useState<string | null>(null)

  const { reload } = articles
  useEffect(() => window.redaksi.on('article.opened', reload), [reload])

  const create = async (): Promise<void> => {
    const result = await window.redaksi.articles.create({})
    if (!result.ok) {
      setMessage(t('createFailed', { message: result.error.message }))
      return
    }
    setMessage(t('created', { headline: result.value.headline || t('untitled') }))
    articles.reload()
  }

  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short'
  })

  return (
    <section aria-labelledby="articles-heading" className="article-list">
      <div className="article-list__bar">
        <h2 id="articles-heading">{t('articles')}</h2>
        <button type="button" onClick={() => void create()}>
          {t('newArticle')}
        </button>
      </div>
      <p role="status" className="article-list__message">
        {message}
      </p>
      {articles.loading ? (
        <p>{t('loading')}</p>
      ) : articles.error ? (
        <p role="alert">{t('loadFailed', { message: articles.error.message })}</p>
      ) : articles.items.length === 0 ? (
        <p className="article-list__empty">{t('empty')}</p>
      ) : (
        <ul aria-label={t('articles')}>
          {articles.items.map((article) => (
            <li key={article.id} data-article-id={article.id}>
              <span className="article-list__headline">{article.headline || t('untitled')}</span>
              <span className="article-list__meta">
                {t(`status.${article.status}`)} · {time.format(new Date(article.updatedAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
