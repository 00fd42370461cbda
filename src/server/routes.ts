// The server's route areas, in one list. A new area (sync, search) is one function
// `(app, deps) => void` in its own folder, added here; see http/deps.ts for what it gets.
import type { RouteArea } from './http/deps'
import { accountRoutes } from './accounts/routes'
import { adminRoutes } from './accounts/admin-routes'
import { healthRoutes } from './http/health'
import { syncRoutes } from './sync/routes'

export const ROUTE_AREAS: RouteArea[] = [healthRoutes, accountRoutes, adminRoutes, syncRoutes]
