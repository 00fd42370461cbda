import type { RouteArea } from './deps'
import { RedaksiFailure } from '../../shared/result'

/**
 * GET /health: 200 {"ok":true} only when this process can serve — migrations applied and
 * PostgreSQL answering now; 503 with the reason otherwise, so a load balancer takes it out.
 */
export const healthRoutes: RouteArea = (app, deps) => {
  app.get('/health', async () => {
    if (!deps.isReady()) throw new RedaksiFailure('server.not-ready')
    try {
      await deps.pool.query('select 1')
    } catch (error) {
      throw new RedaksiFailure('server.database-unreachable', { where: 'PostgreSQL' }, { cause: error })
    }
    return { ok: true }
  })
}
