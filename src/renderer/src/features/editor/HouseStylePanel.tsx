import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleDraft } from '../../../../shared/article'
import { bacaJugaTargets } from '../../../../shared/editor/queries'
import { checkArticle } from '../../../../shared/kompas/check'
import type { Finding } from '../../../../shared/kompas/findings'
import { whereLabel } from '../../ui/where-label'
import { spellingCandidates } from '../../../../shared/kompas/rules/spelling'
import type { BacaJugaTargets, TargetInfo } from './body/baca-juga-targets'

const CHECK_DELAY_MS = 400

/**
 * The Kompas house style, checked as the writer types: the same pure rules main applies when the
 * article is submitted, so what is green here is what submit accepts.
 */
export function HouseStylePanel(props: {
  /** Changes whenever the article may have changed; the draft is read only then. */
  version: unknown
  readDraft: () => ArticleDraft
  targets: BacaJugaTargets
  headlineLimit: number
  onFix: (finding: Finding) => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation('review')
  const [findings, setFindings] = useState<Finding[] | null>(null)
  const { version, readDraft, targets, headlineLimit } = props
  // What main's dictionary said of each word so far: null for a known word, else suggestions.
  const dictionary = useRef(new Map<string, string[] | null>())

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      const draft = readDraft()
      const ids = [...new Set(bacaJugaTargets(draft.body))]
      const words = dictionary.current
      const unasked = spellingCandidates(draft).filter((w) => !words.has(w))
      const spelled = unasked.length
        ? window.redaksi.spelling.check({ words: unasked.slice(0, 5000) }).then((result) => {
            if (!result.ok) return
            const wrong = new Map(result.value.misspelled.map((m) => [m.word, m.suggestions]))
            for (const word of unasked) words.set(word, wrong.get(word) ?? null)
          })
        : Promise.resolve()
      void Promise.all([Promise.all(ids.map(async (id) => [id, await targets.lookup(id)] as const)), spelled]).then(([found]) => {
        if (!current) return
        const known = new Map<string, TargetInfo>(found)
        setFindings(
          checkArticle(draft, {
            headlineLimit,
            articleExists: (id) => known.get(id)?.state === 'ok',
            currentTitle: (id) => {
              const info = known.get(id)
              return info?.state === 'ok' ? info.headline : null
            },
            // A word the dictionary was not asked about (the request failed) is not flagged.
            spelling: { isCorrect: (word) => (words.get(word) ?? null) === null, suggest: (word) => words.get(word) ?? [] }
          })
        )
      })
    }, CHECK_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [version, readDraft, targets, headlineLimit])

  const english = i18n.language === 'en'
  return (
    <section className="house-style" aria-labelledby="house-style-title">
      <h3 id="house-style-title">{t('houseStyle')}</h3>
      {findings === null ? null : findings.length === 0 ? (
        <p>{t('houseStyleClean')}</p>
      ) : (
        <ul aria-label={t('houseStyle')}>
          {findings.map((finding, i) => (
            <li key={`${finding.rule}-${i}`} className={`house-style__finding house-style__finding--${finding.severity}`} data-rule={finding.rule}>
              <span className="house-style__where">
                {finding.severity === 'blocking' ? t('blocking') : t('warning')} · {whereLabel(t, finding.where)}
              </span>
              {english ? finding.messageEn : finding.message}
              {finding.fix && (
                <>
                  {' '}
                  <button type="button" className="button button--small" onClick={() => props.onFix(finding)}>
                    {t('applyFix', { label: english ? finding.fix.labelEn : finding.fix.label })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
