import { useTranslation } from 'react-i18next'

/** A desk's display name; a store opened with its own desks shows their ids as they are. */
export function useSectionLabel(): (section: string) => string {
  const { t } = useTranslation('list')
  return (section) => t(`section.${section}`, { defaultValue: section })
}
