import type { TFunction } from 'i18next'
import type { Location } from '../../../shared/kompas/findings'

/** Where a finding is, in the writer's words: the field's own label, or "paragraf 3". */
export function whereLabel(t: TFunction<'review'>, where: Location): string {
  return where.field === 'body'
    ? t(`where.${where.node}`, { count: where.ordinal, defaultValue: `${where.node} ${where.ordinal}` })
    : t(`where.${where.field}`, { defaultValue: where.field })
}
