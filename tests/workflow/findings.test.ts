import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleDraft, BodyNode } from '../../src/shared/article'
import { BACA_JUGA_TARGETS, referenceArticle } from '../helpers/reference-article'
import { openTestRedaksi } from '../helpers/redaksi'
import { actAs, call, cleanDraft, createArticle, move, refusal } from './harness'

type TestRedaksi = Awaited<ReturnType<typeof openTestRedaksi>>

/** The reference article with its Baca Juga blocks pointing at the given stored articles. */
function relinked(draft: ArticleDraft, ids: Record<string, string>): ArticleDraft {
  const content = draft.body.content.map((node): BodyNode => {
    const target = node.type === 'bacaJuga' ? ids[String(node.attrs?.articleId)] : undefined
    return target ? { ...node, attrs: { ...node.attrs, articleId: target } } : node
  })
  return { ...draft, body: { type: 'doc', content } }
}

describe('house-style findings in the workflow', () => {
  let redaksi: TestRedaksi
  beforeEach(async () => {
    redaksi = await openTestRedaksi()
  })
  afterEach(() => redaksi.dispose())

  async function storeReference(): Promise<{ draft: ArticleDraft; targets: string[] }> {
    const ids: Record<string, string> = {}
    for (const [fixtureId, headline] of Object.entries(BACA_JUGA_TARGETS)) {
      ids[fixtureId] = (await createArticle(redaksi, cleanDraft({ headline, section: 'dunia' }))).id
    }
    return { draft: relinked(referenceArticle(), ids), targets: Object.values(ids) }
  }

  it('cannot submit the reference article until its caption weekday is fixed', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const { draft } = await storeReference()
    let article = await createArticle(redaksi, draft)
    // Main checks with the Indonesian dictionary too: the optional spelling finding, a warning.
    expect((await call(redaksi, 'workflow.check', { id: article.id })).findings.map((f) => f.rule)).toEqual(['day-matches-date', 'spelling'])

    const refused = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'submit' })
    expect(refused).toMatchObject({
      code: 'invalid-request',
      reason: 'workflow.blocking',
      params: { action: 'submit', count: 1 },
      message: 'Belum bisa diajukan: 1 temuan harus diperbaiki.'
    })
    expect(refused.findings?.map((f) => [f.where, f.message])).toEqual([[{ field: 'featuredImage.caption', from: 76, to: 93 }, '13/6/2023 jatuh pada hari Selasa, bukan Rabu.']])
    expect((await call(redaksi, 'articles.get', { id: article.id })).rev).toBe(article.rev)

    const caption = draft.featuredImage!.caption.replace('Rabu, (13/6/2023)', 'Selasa, (13/6/2023)')
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: { ...draft, featuredImage: { ...draft.featuredImage!, caption } } })
    // Only the spelling warning is left, and a warning does not stop a submission.
    expect((await call(redaksi, 'workflow.check', { id: article.id })).findings.map((f) => [f.rule, f.severity])).toEqual([['spelling', 'warning']])
    expect((await move(redaksi, article, 'submit')).status).toBe('submitted')
  })

  it('builds the context from the store: a spiked or missing Baca Juga target blocks', async () => {
    await actAs(redaksi, 'Deni Muliya', 'editor')
    const { draft, targets } = await storeReference()
    const caption = draft.featuredImage!.caption.replace('Rabu', 'Selasa')
    const article = await createArticle(redaksi, { ...draft, featuredImage: { ...draft.featuredImage!, caption } })
    const target = await call(redaksi, 'articles.get', { id: targets[0]! })
    await move(redaksi, target, 'spike')
    const { findings } = await call(redaksi, 'workflow.check', { id: article.id })
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['spelling', 'warning', expect.stringContaining('setenpat')],
      ['baca-juga-target', 'blocking', expect.stringContaining('sudah di-spike')]
    ])

    const orphan = await createArticle(redaksi, relinked(referenceArticle(), {}))
    const orphanFindings = (await call(redaksi, 'workflow.check', { id: orphan.id })).findings
    expect(orphanFindings.filter((f) => f.rule === 'baca-juga-target').map((f) => f.message)).toEqual([
      expect.stringContaining('tidak ditemukan'),
      expect.stringContaining('tidak ditemukan')
    ])
  })

  it('uses the headline limit from settings', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    const article = await createArticle(redaksi, cleanDraft({ headline: 'Banjir '.repeat(8).trim(), editor: ['Deni Muliya'] }))
    expect((await call(redaksi, 'workflow.check', { id: article.id })).findings).toEqual([])
    await call(redaksi, 'settings.update', { headlineLimit: 20 })
    expect((await call(redaksi, 'workflow.check', { id: article.id })).findings.map((f) => f.rule)).toEqual(['headline-length'])
  })

  it('lets an editor approve over warnings only when told to, and records it in the history', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    await call(redaksi, 'settings.update', { headlineLimit: 20 })
    let article = await createArticle(redaksi, cleanDraft({ headline: 'Banjir Rendam Ratusan Rumah di Jakarta Timur' }))
    article = await move(redaksi, article, 'submit')

    await actAs(redaksi, 'Deni Muliya', 'editor')
    const warned = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve' })
    expect(warned.code).toBe('invalid-request')
    expect(warned.findings?.map((f) => [f.rule, f.where])).toEqual([['headline-length', { field: 'headline', from: 20, to: 44 }]])
    // The empty editor field is not among the warnings: approval fills it.
    article = await move(redaksi, article, 'approve', { overrideWarnings: true })
    expect(article.history.at(-1)).toMatchObject({ actor: 'Deni Muliya', action: 'approve', note: 'disetujui dengan 1 peringatan: headline-length' })
    expect(article.editor).toEqual(['Deni Muliya'])
  })

  it('never approves over blocking findings', async () => {
    await actAs(redaksi, 'Haryo Jati', 'penulis')
    let article = await createArticle(redaksi)
    article = await move(redaksi, article, 'submit')
    await actAs(redaksi, 'Deni Muliya', 'editor')
    // Sumber removed during review: a blocking finding.
    article = await call(redaksi, 'articles.save', { id: article.id, rev: article.rev, draft: cleanDraft({ sumber: [] }) })
    // Deni edited it, so another editor judges it (four eyes from history, decision 0046).
    await actAs(redaksi, 'Eko Prasetyo', 'editor')
    const refused = await refusal(redaksi, 'workflow.transition', { id: article.id, rev: article.rev, action: 'approve', overrideWarnings: true })
    expect(refused).toMatchObject({ code: 'invalid-request', message: 'Belum bisa disetujui: 1 temuan harus diperbaiki.', findings: [{ where: { field: 'sumber' } }] })
  })
})
