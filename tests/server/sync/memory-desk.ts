// The pure decisions driven in memory, as the DB step drives them: a write appends its provenance
// row and replaces the article. Lets the rules be tested change by change without PostgreSQL.
import { DEFAULT_SECTIONS, type Article, type ArticleDraft } from '../../../src/shared/article'
import type { Change } from '../../../src/shared/sync/protocol'
import type { Actor } from '../../../src/server/sync/actor'
import { decideCreate, decideSave } from '../../../src/server/sync/decide-article'
import { decideTransition } from '../../../src/server/sync/decide-transition'
import type { ArticleOutcome, DecideContext } from '../../../src/server/sync/decision'
import type { ProvenanceRow } from '../../../src/server/sync/provenance'

export const ARTICLE_ID = '01JA0000000000000000000001'
let counter = 0
export const changeId = (): string => `01JC${String(++counter).padStart(22, '0')}`

export const ctx = (): DecideContext => ({ now: new Date('2026-12-01T03:00:00.000Z'), sections: DEFAULT_SECTIONS, headlineLimit: 100 })

export const people = {
  ani: { accountId: 'a-ani', name: 'Ani Wulandari', role: 'penulis' },
  dewi: { accountId: 'a-dewi', name: 'Dewi Lestari', role: 'penulis' },
  budi: { accountId: 'a-budi', name: 'Budi Santoso', role: 'editor' },
  citra: { accountId: 'a-citra', name: 'Citra Kirana', role: 'redaktur-pelaksana' },
  eko: { accountId: 'a-eko', name: 'Eko Prasetyo', role: 'editor' },
  root: { accountId: 'a-root', name: 'Admin Redaksi', role: 'admin' }
} satisfies Record<string, Actor>

export function cleanDraft(over: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    headline: 'Banjir Rendam Permukiman di Jakarta Timur',
    section: 'megapolitan',
    published: null,
    dateline: { city: 'JAKARTA', outlet: 'KOMPAS.TV' },
    penulis: ['Ani Wulandari'],
    editor: [],
    sumber: ['Antara'],
    featuredImage: null,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Banjir merendam ratusan rumah warga.' }] }] },
    tags: [],
    ...over
  }
}

export class MemoryDesk {
  article: Article | null = null
  rows: ProvenanceRow[] = []

  apply(change: Change, actor: Actor, clientId = `client-${actor.accountId}`): ArticleOutcome {
    const state = () => ({ article: this.article!, rows: this.rows, targets: new Map<string, string | null>() })
    let out: ArticleOutcome
    if (change.kind === 'article.create') out = decideCreate(change, actor, ctx())
    else if (change.kind === 'article.save') out = decideSave(change, state(), actor, clientId, ctx())
    else if (change.kind === 'workflow.transition') out = decideTransition(change, state(), actor, clientId, ctx())
    else throw new Error('notes are not articles')
    if (out.kind === 'write') {
      this.article = out.article
      this.rows.push({ rev: out.article.rev, accountId: actor.accountId, name: actor.name, clientId, action: out.action, bodyChanged: out.bodyChanged, status: out.article.status })
    }
    return out
  }

  create(actor: Actor, draft = cleanDraft()): Article {
    const out = this.apply(create(draft), actor)
    if (out.kind !== 'write') throw new Error(JSON.stringify(out))
    return out.article
  }
}

const madeAt = '2026-12-01T02:59:00.000Z'
export const create = (draft = cleanDraft()): Change => ({ id: changeId(), kind: 'article.create', articleId: ARTICLE_ID, baseRev: null, madeAt, payload: { draft } })
export const save = (baseRev: number, draft: ArticleDraft): Change => ({ id: changeId(), kind: 'article.save', articleId: ARTICLE_ID, baseRev, madeAt, payload: { draft } })
export const move = (baseRev: number, action: Extract<Change, { kind: 'workflow.transition' }>['payload']['action'], extra: { note?: string; overrideWarnings?: boolean } = {}): Change => ({
  id: changeId(),
  kind: 'workflow.transition',
  articleId: ARTICLE_ID,
  baseRev,
  madeAt,
  payload: { action, ...extra }
})

/** The reason of a refusal or conflict, or 'applied'. */
export const answer = (out: ArticleOutcome): string => (out.kind === 'write' || out.kind === 'unchanged' ? 'applied' : `${out.kind}:${out.failure.reason}`)
