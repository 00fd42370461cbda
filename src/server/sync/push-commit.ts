// What one push transaction has answered so far, and its last statement. In a transaction of
// several changes this is where their pending seqs become real, all at once, from the counter row
// (whose lock then lasts only this statement and the commit); in every transaction it records each
// answer for idempotency and sends one NOTIFY with the last seq (decision 0026; the commit order of
// decision 0020 holds).
import type { ChangeResult } from '../../shared/sync/protocol'
import { recordOf } from './applied'
import { SYNC_CHANNEL, type Db } from './db'

export class PushAnswers {
  private readonly results = new Map<string, ChangeResult>()
  /** Pending seqs in the order of the writes that made them: the nth gets base + n. */
  private readonly pending = new Map<number, number>()
  /** Ids another transaction claimed first: answered with its record, not recorded again. */
  private readonly foreign = new Set<string>()
  /** The real seq a transaction of one change took in its write: what its NOTIFY announces. */
  private taken = 0

  has(id: string): boolean {
    return this.results.has(id)
  }

  /** A change answered in this transaction; `pendingSeq` when it wrote a row. */
  /** A change answered in this transaction; `seq` when it wrote a row, pending (< 0) or taken. */
  add(result: ChangeResult, seq?: number): void {
    if (seq !== undefined && seq < 0) this.pending.set(seq, this.pending.size + 1)
    if (seq !== undefined && seq > 0) this.taken = Math.max(this.taken, seq)
    this.results.set(result.id, result)
  }

  addForeign(result: ChangeResult): void {
    this.foreign.add(result.id)
    this.results.set(result.id, result)
  }

  async commit(db: Db): Promise<Map<string, ChangeResult>> {
    const ordOf = (seq: number | null) => (seq !== null && seq < 0 ? this.pending.get(seq)! : null)
    const records = [...this.results.values()]
      .filter((r) => !this.foreign.has(r.id))
      .map((r) => {
        const { answer, rev, seq } = recordOf(r)
        return { id: r.id, result: answer, rev, ord: ordOf(seq), seq: seq !== null && seq > 0 ? seq : null }
      })
    const writes = [...this.pending].map(([pending, ord]) => ({ pending, ord }))
    const { rows } = await db.query<{ base: string }>(
      `with s as (update sync_counter set seq = seq + $1 where $1 > 0 returning seq - $1 as base),
       b as (select coalesce((select base from s), 0) as base),
       w as (select * from jsonb_to_recordset($2::jsonb) as w (pending bigint, ord integer)),
       a as (update articles t set seq = b.base + w.ord from b, w where t.seq = w.pending),
       n as (update notes t set seq = b.base + w.ord from b, w where t.seq = w.pending),
       c as (update applied_changes t set result = m.result, rev = m.rev, seq = coalesce(b.base + m.ord, m.seq)
               from b, jsonb_to_recordset($3::jsonb) as m (id text, result jsonb, rev integer, ord integer, seq bigint) where t.change_id = m.id)
       select b.base, case when $1 > 0 or $4 > 0 then pg_notify('${SYNC_CHANNEL}', greatest(b.base + $1, $4)::text) end as notified from b`,
      [writes.length, JSON.stringify(writes), JSON.stringify(records), this.taken]
    )
    const base = Number(rows[0]!.base)
    for (const r of this.results.values()) {
      if (r.status === 'applied' && r.entry.seq < 0) r.entry.seq = base + this.pending.get(r.entry.seq)!
    }
    return this.results
  }
}
