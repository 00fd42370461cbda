import { useTranslation } from 'react-i18next'
import { openReportLines } from '../../../shared/i18n/open-report'
import { hasNews, type StoreOpenReport } from '../../../shared/open-report'
import { uiLanguage } from './failure-text'
import { useSessionState } from './useSessionState'
import './OpenReportNotice.css'

/**
 * What opening the store set aside or took over, said once per window session: a file moved out
 * of the way is the writer's to recover, so it is never set aside in silence.
 */
export function OpenReportNotice(props: { report: StoreOpenReport | undefined }): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const [dismissed, setDismissed] = useSessionState('redaksi.openReportSeen', false, (raw) => (typeof raw === 'boolean' ? raw : undefined))
  if (!props.report || !hasNews(props.report) || dismissed) return null
  return (
    <section className="notice notice--warning open-report" role="status" aria-label={t('openReportTitle')}>
      <p className="open-report__title">{t('openReportTitle')}</p>
      <ul>
        {openReportLines(props.report, uiLanguage(i18n.language)).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        {t('dismiss')}
      </button>
    </section>
  )
}
