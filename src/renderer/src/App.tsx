import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../shared/ipc'
import { ArticleList } from './features/articles/ArticleList'
import { LanguageSwitch } from './ui/LanguageSwitch'

export function App(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const [info, setInfo] = useState<AppInfo | null>(null)

  useEffect(() => {
    void window.redaksi.app.info({}).then((result) => result.ok && setInfo(result.value))
    return window.redaksi.on('language.changed', ({ language }) => void i18n.changeLanguage(language))
  }, [i18n])

  return (
    <div className="app">
      <header className="app__header">
        <h1>{t('title')}</h1>
        <span className="app__tagline">{t('tagline')}</span>
        <LanguageSwitch />
      </header>
      <main className="app__main">
        <ArticleList />
      </main>
      <footer className="app__footer">{info && t('storeAt', { dir: info.storeDir })}</footer>
    </div>
  )
}
