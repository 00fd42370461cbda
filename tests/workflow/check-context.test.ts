// The editor's panel, main (workflow.check, which submit and approve also use) and `redaksi check`
// build the checker's context with the one builder: for the same article they must find the same.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article, ArticleDraft, BodyNode } from '../../src/shared/article'
import type { Finding } from '../../src/shared/kompas/findings'
import type { RedaksiApi } from '../../src/shared/ipc'
import type { Result } from '../../src/shared/result'
import { runCli } from '../../src/main/cli/run-cli'
import { checkDraft } from '../../src/renderer/src/features/editor/check-draft'
import { targetInfoIn } from '../../src/renderer/src/features/editor/body/target-info'
import type { TargetState } from '../../src/shared/kompas/check-context'
import { openRedaksiAt } from '../helpers/redaksi'
import { makeTempDir } from '../helpers/temp-dir'
import { actAs, call, cleanDraft, createArticle, move } from './harness'

const MISSING = '01J0000000000000000000000Z'
const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const bacaJuga = (articleId: string, title: string): BodyNode => ({ type: 'bacaJuga', attrs: { articleId, title } })

function draftOf(a: Article): ArticleDraft {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}

describe('one CheckContext for the editor, main and the command line', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>
  beforeEach(async () => {
    dir = await makeTempDir('redaksi-check-context-')
  })
  afterEach(() => rm(dir.path, { recursive: true, force: true }))

  it('gives the same findings for an article whose Baca Juga lead to a live, a renamed, a spiked and a missing article', async () => {
    const redaksi = await openRedaksiAt(dir.path)
    let article: Article
    let panel: Finding[]
    let main: Finding[]
    try {
      await actAs(redaksi, 'Deni Muliya', 'editor')
      const live = await createArticle(redaksi, cleanDraft({ headline: 'Banjir Surut di Kampung Melayu' }))
      const renamed = await createArticle(redaksi, cleanDraft({ headline: 'Judul Baru Hasil Suntingan' }))
      const spiked = await move(redaksi, await createArticle(redaksi, cleanDraft({ headline: 'Artikel yang Ditarik Redaksi' })), 'spike')
      expect(spiked.status).toBe('spiked')
      article = await createArticle(
        redaksi,
        cleanDraft({
          body: {
            type: 'doc',
            content: [
              paragraph('Banjir merendam ratusan rumah warga.'),
              bacaJuga(live.id, 'Banjir Surut di Kampung Melayu'),
              paragraph('Warga mengungsi ke masjid terdekat.'),
              bacaJuga(renamed.id, 'Judul Lama Sebelum Disunting'),
              paragraph('Petugas membagikan makanan.'),
              bacaJuga(spiked.id, 'Artikel yang Ditarik Redaksi'),
              paragraph('Hujan diperkirakan turun lagi.'),
              bacaJuga(MISSING, 'Artikel yang Tidak Pernah Ada'),
              paragraph('Pemerintah menyiapkan pompa.')
            ]
          }
        })
      )
      main = (await call(redaksi, 'workflow.check', { id: article.id })).findings
      const spelling: RedaksiApi['spelling'] = {
        check: (request) => redaksi.dispatch('spelling.check', request) as ReturnType<RedaksiApi['spelling']['check']>
      }
      // As the editor asks: all the body's targets in one call, from the store's summaries.
      const ids = [live.id, renamed.id, spiked.id, MISSING]
      const answered = (await redaksi.dispatch('articles.targets', { ids })) as Result<Record<string, TargetState>>
      expect(answered.ok && Object.keys(answered.value).sort()).toEqual([live.id, renamed.id, spiked.id].sort())
      const lookup = (id: string) => Promise.resolve(targetInfoIn(answered, id))
      panel = await checkDraft(draftOf(article), lookup, spelling, new Map(), redaksi.settings.get().headlineLimit)
    } finally {
      await redaksi.close()
    }

    let out = ''
    const io = { out: (t: string) => void (out += t), err: () => undefined }
    const code = await runCli(['check', '--json', article.id, '--store', join(dir.path, 'store'), '--data-dir', dir.path], io, {})
    expect(code).toBe(1)
    const cli = (JSON.parse(out) as { findings: Finding[] }[])[0]!.findings

    const targets = main.filter((f) => f.rule === 'baca-juga-target').map((f) => [f.severity, f.message])
    expect(targets).toEqual([
      ['warning', 'Judul Baca Juga berbeda dengan judul artikel tujuan saat ini: “Judul Baru Hasil Suntingan”.'],
      ['blocking', 'Artikel tujuan Baca Juga “Artikel yang Ditarik Redaksi” sudah di-spike.'],
      ['blocking', 'Artikel tujuan Baca Juga “Artikel yang Tidak Pernah Ada” tidak ditemukan.']
    ])
    expect(panel).toEqual(main)
    expect(cli).toEqual(main)
  })
})
