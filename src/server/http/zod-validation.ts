// Fastify validates each route's body, params and query with the zod schema given in its
// `schema` (the same schemas the app uses, from src/shared). The parsed value, with zod's
// trimming and defaults, replaces the raw input; a refusal carries zod's issues to the error
// handler, which words them as the shared Failure.
import type { FastifySchemaCompiler } from 'fastify'
import type { z } from 'zod'
import { RedaksiFailure } from '../../shared/result'

export class SchemaRefusal extends Error {
  override readonly name = 'SchemaRefusal'
  constructor(
    readonly issues: readonly z.core.$ZodIssue[],
    readonly part: string
  ) {
    super(`request ${part} refused by schema`)
  }
}

const isZod = (schema: unknown): schema is z.ZodType => typeof schema === 'object' && schema !== null && 'safeParse' in schema

export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart, method, url }) => {
  // A programming error, met when the route is registered: the server does not start with it.
  if (!isZod(schema)) throw new RedaksiFailure('server.route-schema', { route: `${method} ${url}`, part: httpPart ?? 'input' })
  return (data: unknown) => {
    const result = schema.safeParse(data)
    return result.success ? { value: result.data } : { error: new SchemaRefusal(result.error.issues, httpPart ?? 'body') }
  }
}
