import { describe, expect, it } from 'vitest'
import { openReportLines } from '../../src/shared/i18n/open-report'
import { hasNews, type StoreOpenReport } from '../../src/shared/open-report'

const quiet: StoreOpenReport = { setAside: [], skipped: [], lockTakenOver: null, migratedFrom: null, backupDir: null }

describe('the open report in words', () => {
  it('says nothing when the open found everything in order', () => {
    expect(hasNews(quiet)).toBe(false)
    expect(openReportLines(quiet, 'id')).toEqual([])
  })

  it('gives one line per thing done, in the order set aside, skipped, lock, migration, in either language', () => {
    const report: StoreOpenReport = {
      setAside: [{ file: '/s/quarantine/a.json', articleId: '01A' }, { file: '/s/quarantine/b', articleId: null }],
      skipped: [{ file: '/s/articles/01C.json', articleId: '01C', why: 'newer' }],
      lockTakenOver: { reason: 'abandoned', pid: 77, host: 'laptop-desk-2', touchedAt: '2026-11-30T08:15:00.000Z' },
      migratedFrom: 1,
      backupDir: '/s/backups/v1'
    }
    expect(hasNews(report)).toBe(true)
    expect(openReportLines(report, 'en')).toEqual([
      'The file of article 01A could not be read and was moved aside to /s/quarantine/a.json; the other articles open as usual.',
      'A file that could not be read was moved aside to /s/quarantine/b; the other articles open as usual.',
      'Article 01C was written by a newer Redaksi and is not opened here; its file is left untouched at /s/articles/01C.json.',
      'The store lock of the computer laptop-desk-2, not refreshed since 2026-11-30 08:15 UTC, was taken over.',
      'The store was upgraded from schema 1; the copy from before is in /s/backups/v1.'
    ])
    expect(openReportLines(report, 'id')[3]).toBe('Kunci penyimpanan dari komputer laptop-desk-2 yang tidak diperbarui sejak 2026-11-30 08:15 UTC diambil alih.')
  })

  it('has words for every way a lock is taken over', () => {
    for (const reason of ['unreadable', 'restarted', 'ended', 'reused', 'abandoned'] as const) {
      const lines = (['id', 'en'] as const).map((lang) => openReportLines({ ...quiet, lockTakenOver: { reason, pid: 9, host: 'h', touchedAt: '2026-01-01T00:00:00.000Z' } }, lang)[0]!)
      expect(lines.every((line) => !line.includes('{{'))).toBe(true)
      expect(lines[0]).not.toBe(lines[1])
    }
  })
})
