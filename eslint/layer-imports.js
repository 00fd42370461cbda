// A local ESLint rule in the manner of VS Code's `code-import-patterns`: every file belongs to the
// first zone whose glob matches its path, and each of its imports must be one the zone allows.
// Relative specifiers are resolved against the importing file before matching, so a rule reads
// as the architecture does ("src/shared/**"), whatever the number of `../` in the import.
// ESLint's own no-restricted-imports matches the specifier as written and cannot say "only
// through this folder's index", which is why this is a rule of its own (decision 0070).
import { builtinModules } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'

/** A glob over repo-relative paths or package names: `**` any depth, `*` one segment. */
export function globToRegExp(glob) {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      // `a/**` also matches `a` itself, so "src/main/store/**" covers the folder's index import.
      if (source.endsWith('/')) source = source.slice(0, -1) + '(?:/.*)?'
      else source += '.*'
      i++
    } else if (c === '*') source += '([^/]*)'
    else source += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const EXTENSION = /\.(?:[cm]?[jt]sx?)$/

/** What an import names: a repo-relative path for relative specifiers, else the package. */
export function importTarget(specifier, filename, cwd) {
  if (!specifier.startsWith('.')) {
    if (NODE_BUILTINS.has(specifier) || specifier.startsWith('node:')) return { kind: 'builtin', name: specifier }
    return { kind: 'package', name: specifier }
  }
  const resolved = relative(cwd, join(dirname(filename), specifier)).split(sep).join('/')
  return { kind: 'path', name: resolved.replace(EXTENSION, '').replace(/\/index$/, '') }
}

function compileZones(zones) {
  return zones.map((zone) => ({
    ...zone,
    target: globToRegExp(zone.target),
    paths: zone.paths ?? [],
    packages: zone.packages ? zone.packages.map(globToRegExp) : null,
    denyPackages: (zone.denyPackages ?? []).map(globToRegExp)
  }))
}

/** Whether `zone` (already matched by `match`) lets its file import `target`. */
function allows(zone, match, target) {
  if (target.kind === 'path') {
    // `$1` in a path glob is what the zone's first `*` matched: "this feature's own files".
    return zone.paths.some((glob) => globToRegExp(glob.replace(/\$(\d)/g, (_, n) => match[Number(n)] ?? '')).test(target.name))
  }
  if (target.kind === 'builtin') return zone.builtins === true
  if (zone.denyPackages.some((re) => re.test(target.name))) return false
  // A zone with an allow-list admits only the packages it names; one without, all not denied.
  return zone.packages === null || zone.packages.some((re) => re.test(target.name))
}

export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what its role allows (docs/ARCHITECTURE.md, "Layers").' },
    schema: [
      {
        type: 'object',
        properties: { zones: { type: 'array' }, pending: { type: 'object' } },
        required: ['zones'],
        additionalProperties: false
      }
    ],
    messages: { forbidden: "{{file}} may not import '{{specifier}}': {{why}}" }
  },
  create(context) {
    const cwd = context.cwd
    const file = relative(cwd, context.filename).split(sep).join('/')
    const options = context.options[0]
    const zones = compileZones(options.zones)
    let match = null
    const zone = zones.find((z) => (match = z.target.exec(file)) !== null)
    if (!zone) return {}
    // Imports that other work in flight removes, each named by file and target, so a new
    // violation in the same file still fails (see `pending` in eslint/layers.js).
    const pending = new Set(options.pending?.[file] ?? [])

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return
      const specifier = source.value
      const target = importTarget(specifier, context.filename, cwd)
      if (allows(zone, match, target) || pending.has(target.name)) return
      context.report({ node, messageId: 'forbidden', data: { file, specifier, why: zone.why } })
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal ?? null),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0])
      }
    }
  }
}
