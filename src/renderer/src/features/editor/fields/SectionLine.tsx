import { memo } from 'react'
import type { Published } from '../../../../../shared/article'
import { formatSectionLine } from '../../../../../shared/kompas/headline-line'

/**
 * "Kompas dunia | 17 Juni 2024, 20:49 WIB" under the headline, as the published page prints it:
 * the desk set apart as the export sets it, the line itself from the one formatter both share.
 */
export const SectionLine = memo(function SectionLine(props: { section: string; published: Published | null }): React.JSX.Element {
  const desk = formatSectionLine(props.section, null)
  const line = formatSectionLine(props.section, props.published)
  return (
    <p className="section-line" data-testid="section-line">
      <span className="section-line__desk">{desk}</span>
      {line.slice(desk.length)}
    </p>
  )
})
