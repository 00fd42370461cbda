import { useTranslation } from 'react-i18next'
import { failureText, type Failure, type FailureData, type Language } from '../../../shared/result'

export const uiLanguage = (language: string): Language => (language === 'en' ? 'en' : 'id')

/**
 * A failure's words in the UI's language, chosen here from its reason and params: what main wrote
 * in `message` is never shown, so a language switch changes the words already on screen too.
 */
export function useFailureText(): (failure: Failure | FailureData) => string {
  const { i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  return (failure) => failureText(failure, language)
}
