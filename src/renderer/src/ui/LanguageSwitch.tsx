import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/ipc'

export function LanguageSwitch(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const change = async (language: Language): Promise<void> => {
    const result = await window.redaksi.settings.update({ language })
    if (result.ok) await i18n.changeLanguage(result.value.language)
  }
  return (
    <label className="language-switch">
      <span>{t('language')}</span>
      <select value={i18n.language} onChange={(event) => void change(event.target.value as Language)}>
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
    </label>
  )
}
