import { memo, useCallback, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/result'
import { useFailureText } from '../../ui/failure-text'
import { Moment } from '../../ui/newsroom-clock'
import type { Note } from '../../../../shared/workflow'
import './NotesPanel.css'

function NoteForm(props: { label: string; onSend: (body: string) => Promise<void> }): React.JSX.Element {
  const { t } = useTranslation('review')
  const [body, setBody] = useState('')
  const id = useId()
  return (
    <form
      className="note-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (!body.trim()) return
        void props.onSend(body.trim()).then(() => setBody(''))
      }}
    >
      <label htmlFor={id}>{props.label}</label>
      <textarea id={id} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      <button type="submit" className="button">
        {t('send')}
      </button>
    </form>
  )
}

/** Editor notes on an article, threaded, each open or resolved. */
export const NotesPanel = memo(function NotesPanel({ articleId }: { articleId: string }): React.JSX.Element {
  const { t } = useTranslation('review')
  const [notes, setNotes] = useState<Note[]>([])
  const [replyTo, setReplyTo] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  const [error, setError] = useState<Failure | null>(null)
  const failureText = useFailureText()

  useEffect(() => {
    let current = true
    void window.redaksi.notes.list({ articleId }).then((result) => current && result.ok && setNotes(result.value))
    return () => {
      current = false
    }
  }, [articleId, generation])

  const refresh = useCallback(() => setGeneration((g) => g + 1), [])
  const add = async (body: string, parentId?: string): Promise<void> => {
    const result = await window.redaksi.notes.add(parentId ? { articleId, body, parentId } : { articleId, body })
    if (!result.ok) setError(result.error)
    else {
      setError(null)
      setReplyTo(null)
      refresh()
    }
  }
  const resolve = async (note: Note): Promise<void> => {
    const result = await window.redaksi.notes.resolve({ articleId, noteId: note.id, resolved: !note.resolved })
    if (!result.ok) setError(result.error)
    else refresh()
  }

  const threads = notes.filter((n) => n.parentId === null)
  const replies = (id: string): Note[] => notes.filter((n) => n.parentId === id)

  return (
    <section className="notes-panel" aria-label={t('notes')}>
      <h3>{t('notes')}</h3>
      {error && <p role="alert">{failureText(error)}</p>}
      {threads.length === 0 && <p className="notes-panel__empty">{t('notesEmpty')}</p>}
      <ul className="notes-panel__threads">
        {threads.map((note) => (
          <li key={note.id} className={note.resolved ? 'note note--resolved' : 'note'}>
            <p className="note__meta">
              <strong>{note.author}</strong> · <Moment at={note.at} /> ·{' '}
              <span className="note__state">{note.resolved ? t('resolved') : t('open_')}</span>
            </p>
            <p className="note__body">{note.body}</p>
            <ul className="note__replies">
              {replies(note.id).map((reply) => (
                <li key={reply.id} className="note note--reply">
                  <p className="note__meta">
                    <strong>{reply.author}</strong> · <Moment at={reply.at} />
                  </p>
                  <p className="note__body">{reply.body}</p>
                </li>
              ))}
            </ul>
            <div className="note__actions">
              <button type="button" className="button button--quiet" onClick={() => setReplyTo(replyTo === note.id ? null : note.id)}>
                {t('reply')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => void resolve(note)}>
                {note.resolved ? t('reopenNote') : t('resolve')}
              </button>
            </div>
            {replyTo === note.id && <NoteForm label={t('replyLabel', { author: note.author })} onSend={(body) => add(body, note.id)} />}
          </li>
        ))}
      </ul>
      <NoteForm label={t('addNote')} onSend={(body) => add(body)} />
    </section>
  )
})
