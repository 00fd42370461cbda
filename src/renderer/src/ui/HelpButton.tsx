import { useTranslation } from 'react-i18next'
import { KeyCombo } from './KeyCombo'
import { IS_MAC } from './platform'
import { ariaKeys, keysText } from './shortcut-keys'
import { shortcutKeys } from './shortcuts'
import './HelpButton.css'

/** The header's way into the shortcuts sheet, for those who do not know F1 yet. */
export function HelpButton({ onOpen }: { onOpen: () => void }): React.JSX.Element {
  const { t } = useTranslation('help')
  const keys = shortcutKeys('help')
  return (
    <button
      type="button"
      className="button button--quiet help-button"
      onClick={onOpen}
      title={t('openHint', { keys: keysText(keys, IS_MAC) })}
      aria-keyshortcuts={ariaKeys(keys, IS_MAC)}
      aria-haspopup="dialog"
    >
      {t('open')} <KeyCombo keys={keys} />
    </button>
  )
}
