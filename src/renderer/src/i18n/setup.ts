import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { messages, namespaceNames } from '../../../shared/i18n/messages'
import type { Language } from '../../../shared/ipc'
import { lookUpPlainWordsFirst } from './plain-words-first'

/** Indonesian first; English when the user picks it. The choice lives in main's settings. */
export async function setupI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { id: messages.id, en: messages.en },
    lng: language,
    fallbackLng: 'id',
    ns: namespaceNames,
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false
  })
  lookUpPlainWordsFirst(i18next)
  document.documentElement.lang = language
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next
  })
  return i18next
}
