import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Zone } from '../../shared/article'
import type { AppInfo } from '../../shared/ipc'
import { ArticleList, useCreateArticle } from './features/articles'
import { ArticleEditor, listenForWindowClose } from './features/editor'
import { ExportDialog, ImportDialog, useFileDrop } from './features/exchange'
import { ProfileMenu } from './features/profiles'
import { ReviewScreen } from './features/review'
import { SettingsDialog } from './features/settings'
import { SyncIndicator } from './features/sync'
import { useFailureText } from './ui/failure-text'
import { HelpButton } from './ui/HelpButton'
import { HelpSheet } from './ui/HelpSheet'
import { LanguageSwitch } from './ui/LanguageSwitch'
import { NewsroomZoneProvider } from './ui/newsroom-clock'
import { OpenReportNotice } from './ui/OpenReportNotice'
import { navigate, parseRoute, useRoute } from './ui/router'
import { SkipLink } from './ui/SkipLink'
import { shortcutKeys } from './ui/shortcuts'
import { useGlobalShortcut } from './ui/useGlobalShortcut'
import { ZoneSwitch } from './ui/ZoneSwitch'
import './App.css'

export function App(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const failureText = useFailureText()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [zone, setZone] = useState<Zone>('WIB')
  const route = useRoute()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [exchange, setExchange] = useState<null | { kind: 'export'; articleId: string | null } | { kind: 'import'; dropped?: File[] }>(null)
  const newArticle = useCreateArticle()

  useEffect(() => {
    void window.redaksi.app.info({}).then((result) => result.ok && setInfo(result.value))
    void window.redaksi.settings.get({}).then((result) => result.ok && setZone(result.value.zone))
    const offLanguage = window.redaksi.on('language.changed', ({ language }) => void i18n.changeLanguage(language))
    const offOpened = window.redaksi.on('article.opened', ({ id }) => navigate({ screen: 'article', id }))
    const offClosing = listenForWindowClose()
    const offMenu = window.redaksi.on('menu.command', ({ command }) => {
      if (command === 'import') setExchange({ kind: 'import' })
      else {
        const current = parseRoute(window.location.hash)
        setExchange({ kind: 'export', articleId: command === 'export' && current.screen === 'article' ? current.id : null })
      }
    })
    return () => {
      offMenu()
      offLanguage()
      offOpened()
      offClosing()
    }
  }, [i18n])

  const openHelp = (): void => setHelpOpen(true)
  useGlobalShortcut(shortcutKeys('help'), openHelp)
  useGlobalShortcut(shortcutKeys('help-alt'), openHelp)
  // In the desktop app the File menu's accelerator owns Mod-N (and tells us through
  // `article.opened`); answering it here as well would create two articles.
  useGlobalShortcut(shortcutKeys('new-article'), newArticle.create, { enabled: info?.transport === 'browser' })
  // Files dropped on the window open the import with them; an open dialog takes its own drops.
  useFileDrop((dropped) => setExchange({ kind: 'import', dropped }), exchange === null)

  return (
    <NewsroomZoneProvider value={zone}>
      <div className={route.screen === 'article' ? 'app app--panes' : 'app'}>
        <SkipLink target="main" />
        <header className="app__header">
          <h1 className="app__brand">
            <a href="#/" className="app__home">
              {t('title')}
            </a>
          </h1>
          <span className="app__tagline">{t('tagline')}</span>
          <nav className="app__nav" aria-label={t('navigation')}>
            <a href="#/" aria-current={route.screen === 'list' ? 'page' : undefined}>
              {t('articles')}
            </a>
            <a href="#/tinjauan" aria-current={route.screen === 'review' ? 'page' : undefined}>
              {t('review:nav')}
            </a>
          </nav>
          <div className="app__tools">
            <SyncIndicator onOpen={() => setSettingsOpen(true)} />
            <button type="button" className="button button--quiet" onClick={() => setExchange({ kind: 'import' })}>
              {t('exchange:import')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setExchange({ kind: 'export', articleId: null })}>
              {t('exchange:exportApproved')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setSettingsOpen(true)}>
              {t('settings')}
            </button>
            <ProfileMenu />
            <HelpButton onOpen={openHelp} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="app__main">
          <OpenReportNotice report={info?.openReport} />
          {newArticle.error && (
            <p role="alert" className="notice notice--error">
              {t('list:createFailed', { message: failureText(newArticle.error) })}
            </p>
          )}
          {route.screen === 'article' ? (
            <ArticleEditor key={route.id} id={route.id} />
          ) : route.screen === 'review' ? (
            <ReviewScreen id={route.id} />
          ) : (
            <ArticleList zone={zone} />
          )}
        </main>
        {/* Zone and language are set once per desk, so they sit in the footer and leave the header one line (decision 0067). */}
        <footer className="app__footer">
          <span className="app__store">{info && t('storeAt', { dir: info.storeDir })}</span>
          <ZoneSwitch zone={zone} onChange={setZone} />
          <LanguageSwitch />
        </footer>
        <HelpSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
        {exchange?.kind === 'export' && <ExportDialog articleId={exchange.articleId} onClose={() => setExchange(null)} />}
        {exchange?.kind === 'import' && <ImportDialog dropped={exchange.dropped} onClose={() => setExchange(null)} />}
        {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      </div>
    </NewsroomZoneProvider>
  )
}
