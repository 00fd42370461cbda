import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../shared/ipc'
import { ArticleList } from './features/articles/ArticleList'
import { ArticleEditor } from './features/editor/ArticleEditor'
import { LanguageSwitch } from './ui/LanguageSwitch'
import { navigate, useRoute } from './ui/router'

export function App(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const route = useRoute()

  useEffect(() => {
    void window.redaksi.app.info({}).then((result) => result.ok && setInfo(result.value))
    const offLanguage = window.redaksi.on('language.changed', ({ language }) => void i18n.changeLanguage(language))
    const offOpened = window.redaksi.on('article.opened', ({ id }) => navigate({ screen: 'article', id }))
    return () => {
      offLanguage()
      offOpened()
    }
  }, [i18n])

  return (
    <div className="app">
      <header className="app__header">
        <h1>
          <a href="#/" className="app__home">
            {t('title')}
          </a>
        </h1>
        <span className="app__tagline">{t('tagline')}</span>
        <LanguageSwitch />
      </header>
      <main className="app__main">
        {route.screen === 'article' ? <ArticleEditor key={route.id} id={route.id} /> : <ArticleList />}
      </main>
      <footer className="app__footer">{info && t('storeAt', { dir: info.storeDir })}</footer>
    </div>
  )
}
