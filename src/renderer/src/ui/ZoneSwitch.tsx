import { useTranslation } from 'react-i18next'
import { ZONE_OFFSETS, type Zone } from '../../../shared/article'
import './header-select.css'

const ZONES = Object.keys(ZONE_OFFSETS) as Zone[]

/** "+07:00" → "UTC+7": the short form people in Indonesia know the zones by. */
const utc = (zone: Zone): string => `UTC+${Number(ZONE_OFFSETS[zone].slice(1, 3))}`

/** The newsroom's time zone (WIB, WITA or WIT), saved in settings; times on screen follow it. */
export function ZoneSwitch({ zone, onChange }: { zone: Zone; onChange: (zone: Zone) => void }): React.JSX.Element {
  const { t } = useTranslation()
  const change = async (next: Zone): Promise<void> => {
    const result = await window.redaksi.settings.update({ zone: next })
    if (result.ok) onChange(result.value.zone)
  }
  return (
    <label className="header-select">
      <span className="header-select__label">{t('zone')}</span>
      <select value={zone} onChange={(event) => void change(event.target.value as Zone)}>
        {ZONES.map((z) => (
          <option key={z} value={z}>
            {z} ({utc(z)})
          </option>
        ))}
      </select>
    </label>
  )
}
