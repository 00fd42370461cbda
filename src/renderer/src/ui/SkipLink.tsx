import { useTranslation } from 'react-i18next'
import './SkipLink.css'

/** First stop for the Tab key: jumps past the header to the screen's content. */
export function SkipLink({ target }: { target: string }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        // The hash belongs to the router, so move focus without navigating.
        event.preventDefault()
        document.getElementById(target)?.focus()
      }}
    >
      {t('skipToContent')}
    </a>
  )
}
