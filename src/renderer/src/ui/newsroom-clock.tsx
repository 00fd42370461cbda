import { createContext, useCallback, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import type { Zone } from '../../../shared/article'
import { formatMoment } from './format-moment'

const NewsroomZone = createContext<Zone>('WIB')

/** The newsroom's zone from settings, for every screen below it. */
export const NewsroomZoneProvider = NewsroomZone.Provider

export function useNewsroomZone(): Zone {
  return useContext(NewsroomZone)
}

/** Words an ISO moment on the newsroom's clock, in the UI's language. */
export function useFormatMoment(): (iso: string) => string {
  const zone = useNewsroomZone()
  const { i18n } = useTranslation()
  const language = i18n.language
  return useCallback((iso: string) => formatMoment(new Date(iso), zone, language), [zone, language])
}

/** A moment as the screens show it, with its exact instant for assistive technology and copying. */
export function Moment({ at }: { at: string }): React.JSX.Element {
  const format = useFormatMoment()
  return <time dateTime={at}>{format(at)}</time>
}
