import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { THEMES, type Theme } from '../../../../shared/settings'
import { applyTheme } from '../../ui/theme'

const WORD: Record<Theme, 'themeSystem' | 'themeLight' | 'themeDark'> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' }

/** System, light or dark: applied at once and kept in settings, so the dialog's own look changes too. */
export function ThemeChoice({ initial }: { initial: Theme }): React.JSX.Element {
  const { t } = useTranslation('app')
  const [theme, setTheme] = useState(initial)
  const choose = async (next: Theme): Promise<void> => {
    setTheme(next)
    applyTheme(next)
    const result = await window.redaksi.settings.update({ theme: next })
    // The file could not be written: show what is really stored rather than pretend.
    if (!result.ok) {
      setTheme(initial)
      applyTheme(initial)
    }
  }
  return (
    <fieldset className="theme-choice">
      <legend>{t('theme')}</legend>
      {THEMES.map((option) => (
        <label key={option}>
          <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => void choose(option)} /> {t(WORD[option])}
        </label>
      ))}
    </fieldset>
  )
}
