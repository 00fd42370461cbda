import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_SECTIONS, STATUSES, type Status } from '../../../../shared/article'
import type { ListFilters, ListSort } from './list-query'
import { useSectionLabel } from './useSectionLabel'

interface Props {
  filters: ListFilters
  onChange: (filters: ListFilters) => void
  searchRef: RefObject<HTMLInputElement | null>
}

/** Search box, status and section filters, and the order of the list. */
export function ListControls({ filters, onChange, searchRef }: Props): React.JSX.Element {
  const { t } = useTranslation('list')
  const sectionLabel = useSectionLabel()
  const searching = filters.text.trim() !== ''
  const set = (change: Partial<ListFilters>): void => onChange({ ...filters, ...change })

  return (
    <search className="list-controls" aria-label={t('controls')}>
      <div className="control control--grow">
        <label htmlFor="list-search">{t('search.label')}</label>
        <div className="search-box">
          <input
            ref={searchRef}
            id="list-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('search.placeholder')}
            value={filters.text}
            onChange={(event) => set({ text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && filters.text) {
                event.preventDefault()
                set({ text: '' })
              }
            }}
          />
        </div>
      </div>
      <div className="control">
        <label htmlFor="list-status">{t('filter.status')}</label>
        <select id="list-status" value={filters.status} onChange={(event) => set({ status: event.target.value as Status | '' })}>
          <option value="">{t('filter.allStatuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`app:status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor="list-section">{t('filter.section')}</label>
        <select id="list-section" value={filters.section} onChange={(event) => set({ section: event.target.value })}>
          <option value="">{t('filter.allSections')}</option>
          {DEFAULT_SECTIONS.map((section) => (
            <option key={section} value={section}>
              {sectionLabel(section)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor="list-sort">{t('sort.label')}</label>
        {/* Search results come best match first; the order choice applies to the list. */}
        <select
          id="list-sort"
          value={searching ? 'relevance' : filters.sort}
          disabled={searching}
          onChange={(event) => set({ sort: event.target.value as ListSort })}
        >
          {searching && <option value="relevance">{t('sort.relevance')}</option>}
          <option value="updated-desc">{t('sort.newest')}</option>
          <option value="updated-asc">{t('sort.oldest')}</option>
        </select>
      </div>
    </search>
  )
}
