import type { Editor } from '@tiptap/react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateline } from '../../../../shared/kompas/dateline'
import { useFailureText } from '../../ui/failure-text'
import { navigate } from '../../ui/router'
import { BodyEditor } from './body/BodyEditor'
import { DatelineField } from './fields/DatelineField'
import { FeaturedImageField } from './fields/FeaturedImageField'
import { HeadlineField } from './fields/HeadlineField'
import { NamesField } from './fields/NamesField'
import { PublishedField } from './fields/PublishedField'
import { SectionLine } from './fields/SectionLine'
import { SectionPicker } from './fields/SectionPicker'
import { StatusBar } from './StatusBar'
import { useArticleSession, type ArticleSession, type Fields } from './useArticleSession'
import type { Article, ArticleDraft } from '../../../../shared/article'
import { applyFix } from '../../../../shared/kompas/apply-fix'
import { docRange } from '../../../../shared/editor/queries'
import type { Finding } from '../../../../shared/kompas/findings'
import { ExportDialog } from '../exchange'
import { NotesPanel, ReadOnlyNotice, ReturnNotice, WorkflowActions, useEditRefusal } from '../review'
import { ArticleSyncBanner } from '../sync'
import { BacaJugaTargets } from './body/baca-juga-targets'
import { HouseStylePanel } from './HouseStylePanel'
import { selectLocation } from './body/select-location'
import { useBodyStats } from './useBodyStats'
import { useFieldSetters } from './useFieldSetters'
import { useEditorSettings } from './useEditorSettings'
import { useServerChanges, type ServerChanges } from './useServerChanges'
import { isUnstored } from './new-page'
import './editor.css'
import './editor-page.css'
import './editor-side.css'

/**
 * The writer's screen: the piece laid out as its published page (headline, section line, photo,
 * dateline and body in the export's type), its metadata in the side panel, saved as they type.
 * `null`: the new page, stored once something is typed (decision 0076).
 */
export function ArticleEditor({ id }: { id: string | null }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const failureText = useFailureText()
  const session = useArticleSession(id)
  // A new page has an id once its first save created it.
  const server = useServerChanges(session.article?.id || id || '', session)
  if (session.loadError) {
    return (
      <div className="editor-screen">
        <p role="alert">{t('loadFailed', { message: failureText(session.loadError) })}</p>
        <a href="#/">{t('back')}</a>
      </div>
    )
  }
  if (!session.article || !session.fields) return <p className="editor-screen__loading">{t('loading')}</p>
  return <LoadedEditor session={session} article={session.article} fields={session.fields} server={server} />
}

function LoadedEditor({ session, article, fields, server }: { session: ArticleSession; article: Article; fields: Fields; server: ServerChanges }): React.JSX.Element {
  const { t } = useTranslation('editor')
  const { headlineLimit, names } = useEditorSettings()
  const body = useBodyStats(article.body)
  const targets = useMemo(() => new BacaJugaTargets(), [])
  const [exporting, setExporting] = useState(false)
  // The body the editor starts from; later saves must not feed back into it (see BodyEditor).
  const [initialBody] = useState(article.body)
  const editorRef = useRef<Editor | null>(null)
  const { setEditor } = body
  const onEditor = useCallback(
    (editor: Editor) => {
      editorRef.current = editor
      setEditor(editor)
    },
    [setEditor]
  )
  const { currentDraft, adopt, setFields } = session
  const set = useFieldSetters(setFields)
  // The same function for the life of the page: a save (a new `article`) must not re-run the
  // house-style check, which reads the whole body (decision 0094).
  const shown = useRef({ fields, body: article.body })
  useEffect(() => {
    shown.current = { fields, body: article.body }
  }, [fields, article.body])
  const readDraft = useCallback((): ArticleDraft => currentDraft() ?? { ...shown.current.fields, body: shown.current.body }, [currentDraft])
  // A new identity whenever the article may have changed: fields at once, the body after a pause.
  const checkVersion = useMemo(() => ({ fields, stats: body.stats }), [fields, body.stats])
  const applyFinding = useCallback(
    (finding: Finding) => {
      const fix = finding.fix
      const editor = editorRef.current
      if (!fix) return
      if ('retitle' in fix) {
        editor?.commands.updateBacaJugaTitle(fix.retitle.articleId, fix.retitle.title)
      } else if ('patch' in fix) {
        setFields(fix.patch)
      } else if (fix.replace.where.field === 'body') {
        const range = docRange(readDraft().body, { ...fix.replace.where, from: fix.replace.from, to: fix.replace.to })
        if (range && editor) editor.chain().focus().insertContentAt(range, fix.replace.text).run()
      } else {
        const { body: _body, ...changed } = applyFix(readDraft(), fix)
        setFields(changed)
      }
    },
    [readDraft, setFields]
  )
  const showFinding = useCallback((finding: Finding) => {
    if (editorRef.current && finding.where.field === 'body') selectLocation(editorRef.current, finding.where)
  }, [])
  const { bodyChanged: sessionBodyChanged, saveNow } = session
  const { bodyChanged: statsBodyChanged } = body

  // A text taken from the server (see useServerChanges) replaces the body in the same editor: a
  // second TipTap instance would be built before the first is torn down.
  const { generation } = server
  const shownGeneration = useRef(generation)
  useEffect(() => {
    if (shownGeneration.current === generation) return
    shownGeneration.current = generation
    editorRef.current?.commands.setContent(article.body, { emitUpdate: false })
    statsBodyChanged()
  }, [generation, article.body, statsBodyChanged])

  const onBodyChange = useCallback(() => {
    sessionBodyChanged()
    statsBodyChanged()
  }, [sessionBodyChanged, statsBodyChanged])
  const saveQuietly = useCallback(() => void saveNow().catch(() => undefined), [saveNow])
  const readOnly = useEditRefusal(article) !== null
  // Not in the store until something is typed (decision 0076): nothing to submit, export or annotate yet.
  const unstored = isUnstored(article)

  return (
    <div className="editor-screen" data-article-id={article.id}>
      <nav className="editor-screen__nav">
        <a
          href="#/"
          onClick={(event) => {
            event.preventDefault()
            // Saved (an empty draft taken back) first; a version waiting for a choice keeps the page.
            void session.leave().then(
              () => navigate({ screen: 'list' }),
              () => undefined
            )
          }}
        >
          ← {t('back')}
        </a>
      </nav>
      <ArticleSyncBanner
        articleId={article.id}
        beforeAction={saveNow}
        readDraft={readDraft}
        changed={server.changed}
        onStored={server.reloadFromStore}
        onTake={server.take}
        onKept={server.kept}
      />
      <div className="editor-screen__columns">
        {/* The piece as it will read when published; everything about it is in the side panel. */}
        <div className="editor-screen__story">
          <article className="editor-page">
            <fieldset disabled={readOnly} className="editor-page__fields">
              <HeadlineField value={fields.headline} limit={headlineLimit} onChange={set.headline} />
              <SectionLine section={fields.section} published={fields.published} />
              <FeaturedImageField value={fields.featuredImage} onChange={set.featuredImage} />
              <DatelineField value={fields.dateline} onChange={set.dateline} />
            </fieldset>
            <BodyEditor
              articleId={article.id}
              initialBody={initialBody}
              dateline={formatDateline(fields.dateline)}
              readOnly={readOnly}
              onChange={onBodyChange}
              bindBody={session.bindBody}
              saveNow={saveQuietly}
              targets={targets}
              onEditor={onEditor}
            />
          </article>
        </div>
        <aside className="editor-side" aria-label={t('details')}>
          <section className="editor-side__section editor-side__workflow">
            <p className="editor-screen__status">{t('app:status.' + article.status)}</p>
            <ReadOnlyNotice article={article} />
            <ReturnNotice article={article} />
            {unstored ? (
              <p role="note">{t('newPageNote')}</p>
            ) : (
              <>
                <WorkflowActions article={article} beforeAction={saveNow} onChanged={adopt} />
                <button type="button" className="button button--quiet" onClick={() => void saveNow().finally(() => setExporting(true))}>
                  {t('exchange:export')}
                </button>
              </>
            )}
            {exporting && <ExportDialog articleId={article.id} onClose={() => setExporting(false)} />}
          </section>
          <fieldset disabled={readOnly} className="editor-side__section">
            <legend className="editor-side__title">{t('placing')}</legend>
            <SectionPicker value={fields.section} onChange={set.section} />
            <PublishedField value={fields.published} onChange={set.published} />
          </fieldset>
          <fieldset disabled={readOnly} className="editor-side__section">
            <legend className="editor-side__title">{t('credits')}</legend>
            <NamesField label={t('penulis')} names={fields.penulis} suggestions={names.penulis} onChange={set.penulis} />
            <NamesField label={t('editor')} names={fields.editor} suggestions={names.editor} onChange={set.editor} />
            <NamesField label={t('sumber')} names={fields.sumber} suggestions={names.sumber} onChange={set.sumber} />
            <NamesField label={t('tags')} names={fields.tags} onChange={set.tags} />
          </fieldset>
          {!readOnly && (
            <HouseStylePanel version={checkVersion} readDraft={readDraft} targets={targets} headlineLimit={headlineLimit} onFix={applyFinding} onShow={showFinding} />
          )}
          {!unstored && <NotesPanel articleId={article.id} />}
        </aside>
      </div>
      <StatusBar stats={body.stats} saveState={session.saveState} onRetry={saveQuietly} />
    </div>
  )
}
