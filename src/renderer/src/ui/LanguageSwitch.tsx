import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/ipc'
import './header-select.css'

/** Indonesian or English; the choice is saved in main's settings so the next start uses it too. */
export function LanguageSwitch(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const change = async (language: Language): Promise<void> => {
    const result = await window.redaksi.settings.update({ language })
    if (result.ok) await i18n.changeLanguage(result.value.language)
  }
  return (
    <label className="header-select">
      <span className="header-select__label">{t('language')}</span>
      <select value={i18n.language} onChange={(event) => void change(event.target.value as Language)}>
        <option value="id" lang="id">
          Bahasa Indonesia
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  )
}
