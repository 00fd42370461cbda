import { memo, startTransition, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleDraft } from '../../../../shared/article'
import type { Finding } from '../../../../shared/kompas/findings'
import { findingList, type FindingList } from '../../../../shared/kompas/finding-list'
import { whereLabel } from '../../ui/where-label'
import { fieldsOnPage, jumpToField } from './jump-to-field'
import type { BacaJugaTargets } from './body/baca-juga-targets'
import { checkDraft, type Dictionary } from './check-draft'
import type { Slicing } from '../../../../shared/kompas/check-in-slices'
import './HouseStylePanel.css'

const CHECK_DELAY_MS = 400
// The check runs when the page is idle, but never later than this after the pause (decision 0094).
const CHECK_IDLE_TIMEOUT_MS = 1000
// A slice of the check stops at the first rule boundary after this, or at the idle period's end:
// a key that arrives meanwhile waits at most for that and one rule (decision 0108).
const SLICE_BUDGET_MS = 4

/** After `delay`, in the next idle period: the check stays out of the frames that show typing. */
function whenIdle(delay: number, run: (deadline: IdleDeadline) => void): () => void {
  let idle: number | null = null
  const timer = setTimeout(() => {
    idle = window.requestIdleCallback(run, { timeout: CHECK_IDLE_TIMEOUT_MS })
  }, delay)
  return () => {
    clearTimeout(timer)
    if (idle !== null) window.cancelIdleCallback(idle)
  }
}

/**
 * The check's slices run in idle periods: Chromium gives input and frames the thread first. The
 * first slice is the idle period that starts the check; a slice whose idle callback ran on its
 * timeout has no idle time left and runs one rule.
 */
function idleSlices(signal: AbortSignal, first: IdleDeadline): Slicing {
  const sliceEndOf = (deadline: IdleDeadline): number => performance.now() + Math.min(SLICE_BUDGET_MS, deadline.timeRemaining())
  let sliceEnd = sliceEndOf(first)
  return {
    signal,
    spent: () => performance.now() >= sliceEnd,
    yieldNow: () =>
      new Promise((resolve) => {
        // Superseded while waiting: settle now, so the check stops rather than hangs.
        const stop = (): void => {
          window.cancelIdleCallback(idle)
          resolve()
        }
        const idle = window.requestIdleCallback(
          (deadline) => {
            signal.removeEventListener('abort', stop)
            sliceEnd = sliceEndOf(deadline)
            resolve()
          },
          { timeout: CHECK_IDLE_TIMEOUT_MS }
        )
        signal.addEventListener('abort', stop, { once: true })
      })
  }
}

/**
 * The Kompas house style, checked as the writer types: the same pure rules main applies when the
 * article is submitted, so what is green here is what submit accepts. Memoised: up to 200 findings
 * are a costly render, and the screen around re-renders on every save (decision 0094).
 */
export const HouseStylePanel = memo(function HouseStylePanel(props: {
  /** Changes whenever the article may have changed; the draft is read only then. */
  version: unknown
  readDraft: () => ArticleDraft
  targets: BacaJugaTargets
  headlineLimit: number
  onFix: (finding: Finding) => void
  /** Takes the writer to a finding in the body. */
  onShow?: (finding: Finding) => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation('review')
  const [list, setList] = useState<FindingList | null>(null)
  // Which findings can lead to their field: the fields on the page when the check ran.
  const [onPage, setOnPage] = useState<Set<string>>(() => new Set())
  const { version, readDraft, targets, headlineLimit } = props
  const dictionary = useRef<Dictionary>(new Map())

  useEffect(() => {
    // Aborted by a newer change: the running check stops at its next slice and shows nothing.
    const superseded = new AbortController()
    const cancel = whenIdle(CHECK_DELAY_MS, (deadline) => {
      const slicing = idleSlices(superseded.signal, deadline)
      void checkDraft(readDraft(), (id) => targets.lookup(id), window.redaksi.spelling, dictionary.current, headlineLimit, slicing).then(
        (found) => {
          if (superseded.signal.aborted) return
          // A transition: the new list renders in slices a key can interrupt.
          startTransition(() => {
            setOnPage(fieldsOnPage())
            setList(findingList(found))
          })
        },
        (error: unknown) => {
          if (!superseded.signal.aborted) throw error
        }
      )
    })
    return () => {
      superseded.abort()
      cancel()
    }
  }, [version, readDraft, targets, headlineLimit])

  // A body finding is shown by the editor (onShow); a field finding focuses its field, when the
  // page has an element for it (data-field, see jump-to-field.ts).
  const showable = (finding: Finding): boolean => (finding.where.field === 'body' ? props.onShow !== undefined : onPage.has(finding.where.field))
  const show = (finding: Finding): void => {
    if (finding.where.field === 'body') props.onShow?.(finding)
    else jumpToField(finding.where)
  }

  const english = i18n.language === 'en'
  return (
    <section className="house-style" aria-labelledby="house-style-title">
      <h3 id="house-style-title">{t('houseStyle')}</h3>
      {list === null ? null : list.findings.length === 0 ? (
        <p>{t('houseStyleClean')}</p>
      ) : (
        <>
          <ul aria-label={t('houseStyle')}>
            {list.findings.map((finding, i) => (
              <li key={`${finding.rule}-${i}`} className={`house-style__finding house-style__finding--${finding.severity}`} data-rule={finding.rule}>
                <span className="house-style__where">
                  {finding.severity === 'blocking' ? t('blocking') : t('warning')} ·{' '}
                  {showable(finding) ? (
                    <button type="button" className="house-style__show" onClick={() => show(finding)}>
                      {whereLabel(t, finding.where)}
                    </button>
                  ) : (
                    whereLabel(t, finding.where)
                  )}
                </span>
                {english ? finding.messageEn : finding.message}
                {finding.fix && (
                  <>
                    {' '}
                    <button type="button" className="button" onClick={() => props.onFix(finding)}>
                      {t('applyFix', { label: english ? finding.fix.labelEn : finding.fix.label })}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
          {list.more > 0 && <p className="house-style__more">{t('moreFindings', { count: list.more })}</p>}
        </>
      )}
    </section>
  )
})
