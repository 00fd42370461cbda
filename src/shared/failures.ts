// Every reason a call can fail, in one list: the reason names the words (i18n/failures-id.ts and
// failures-en.ts must have them, or it does not compile) and maps to the coarse code that
// transports act on (HTTP status, exit code, "reload" vs "fix this"). Add a reason here, then its
// words; nothing else. Grouped by the part of Redaksi that raises it.

export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'damaged',
  'too-large',
  'rate-limited',
  'unavailable',
  'io',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export const FAILURES = {
  // Any door: the transport, the contract, the unexpected.
  'request.invalid': 'invalid-request',
  'request.unknown-channel': 'unknown-channel',
  'request.not-json': 'invalid-request',
  'request.too-large': 'too-large',
  'request.unknown-host': 'forbidden',
  'request.bad-token': 'unauthorized',
  'request.untrusted-sender': 'forbidden',
  'request.internal': 'internal',
  'request.host-unreachable': 'unavailable',
  // The browser host's own doors: an address it cannot read, a page of another origin.
  'request.bad-url': 'invalid-request',
  'request.bad-origin': 'forbidden',

  // The article body against the schema (shared/editor/schema).
  'body.invalid': 'invalid-request',
  'body.too-deep': 'too-large',
  'body.too-large': 'too-large',
  'body.too-many-baca-juga': 'too-large',

  // The local store.
  'store.article-not-found': 'not-found',
  'store.conflict': 'conflict',
  'store.invalid-draft': 'invalid-request',
  'store.spiked': 'conflict',
  'store.not-in-trash': 'conflict',
  'store.bad-asset-ref': 'invalid-request',
  'store.asset-not-found': 'not-found',
  'store.bad-revision-id': 'invalid-request',
  'store.revision-not-found': 'not-found',
  'store.damaged-file': 'damaged',
  'store.newer-schema': 'damaged',
  'store.closed': 'unavailable',
  'store.open-here': 'unavailable',
  'store.locked': 'unavailable',
  'store.locked-elsewhere': 'unavailable',
  'store.invalid-article': 'invalid-request',
  'store.io': 'io',

  // Any JSON file the app keeps (src/main/files/json-file.ts).
  'file.damaged': 'damaged',
  'file.newer-schema': 'damaged',

  // Profiles, notes and the status machine.
  'workflow.no-profile': 'forbidden',
  'workflow.illegal': 'invalid-request',
  'workflow.role': 'forbidden',
  'workflow.four-eyes': 'forbidden',
  'workflow.not-own': 'forbidden',
  'workflow.was-published': 'forbidden',
  'workflow.note-required': 'invalid-request',
  'workflow.blocking': 'invalid-request',
  'workflow.warnings': 'invalid-request',
  'workflow.read-only': 'forbidden',
  'workflow.on-the-desk': 'forbidden',
  'profile.not-found': 'not-found',
  'profile.name-taken': 'conflict',
  'note.not-found': 'not-found',
  // A draft left empty is taken back (issue 12, decision 0076); these say why one is not.
  'draft.not-empty': 'conflict',
  'draft.submitted': 'conflict',
  'draft.on-server': 'conflict',
  'note.damaged': 'damaged',

  // Images.
  'image.empty': 'invalid-request',
  'image.too-large': 'too-large',
  'image.not-image': 'invalid-request',
  'image.too-many-pixels': 'too-large',
  'image.undecodable': 'invalid-request',

  // Export and import.
  'export.nothing': 'not-found',
  'export.unknown-job': 'not-found',
  'export.folder-unwritable': 'io',
  // Where exports may write and what they may open (decision 0075, src/main/export/*-folder*.ts).
  'export.folder-not-chosen': 'forbidden',
  'export.folder-outside': 'forbidden',
  'export.folder-is-store': 'forbidden',
  'export.target-not-file': 'conflict',
  'export.not-exported': 'forbidden',
  'import.file-missing': 'not-found',
  'import.unreadable': 'io',
  'import.not-a-file': 'invalid-request',
  'import.file-too-large': 'too-large',
  'import.too-many-lines': 'too-large',
  'import.not-text': 'invalid-request',
  'import.empty': 'invalid-request',
  'import.not-kompas': 'invalid-request',
  'import.no-headline': 'invalid-request',
  'import.no-body': 'invalid-request',
  'import.invalid-article': 'invalid-request',
  'import.duplicate': 'conflict',
  'bundle.truncated': 'damaged',
  'bundle.not-bundle': 'invalid-request',
  'bundle.newer': 'invalid-request',
  'bundle.unknown-version': 'invalid-request',
  'bundle.damaged': 'damaged',
  'bundle.image-damaged': 'damaged',
  // Word documents (.docx): a zip checked before anything in it is inflated.
  'word.not-zip': 'invalid-request',
  'word.not-word': 'invalid-request',
  'word.old-doc': 'invalid-request',
  'word.damaged': 'invalid-request',
  'word.part-damaged': 'invalid-request',
  'word.encrypted': 'invalid-request',
  'word.too-many-entries': 'too-large',
  'word.too-large-inside': 'too-large',

  // Settings.
  'settings.unwritable': 'io',

  // The command line: what was typed is wrong (exit code 2).
  'cli.unknown-command': 'invalid-request',
  'cli.unknown-option': 'invalid-request',
  'cli.option-value': 'invalid-request',
  'cli.unexpected-argument': 'invalid-request',
  'cli.bad-language': 'invalid-request',
  'cli.no-ids': 'invalid-request',
  'cli.no-files': 'invalid-request',
  'cli.bad-on-duplicate': 'invalid-request',
  'cli.bad-format': 'invalid-request',
  'cli.no-out': 'invalid-request',
  'cli.bad-image': 'invalid-request',
  'cli.no-selection': 'invalid-request',
  'cli.bad-status': 'invalid-request',
  'cli.no-server': 'invalid-request',
  'cli.no-login': 'invalid-request',
  'cli.no-password': 'invalid-request',
  'cli.one-id': 'invalid-request',

  // The newsroom server: accounts and sessions.
  'auth.bad-login': 'unauthorized',
  'auth.rate-limited': 'rate-limited',
  'auth.disabled': 'forbidden',
  'auth.no-token': 'unauthorized',
  'auth.token-expired': 'unauthorized',
  'auth.token-revoked': 'unauthorized',
  'auth.not-admin': 'forbidden',
  'account.not-found': 'not-found',
  'account.exists': 'conflict',
  'account.weak-password': 'invalid-request',
  'auth.device-not-found': 'not-found',

  // The newsroom server itself: its PostgreSQL, its options, its readiness.
  'server.no-postgres': 'unavailable',
  'server.postgres-version': 'unavailable',
  'server.postgres-start': 'unavailable',
  'server.data-unreachable': 'io',
  'server.database-unreachable': 'unavailable',
  'server.not-ready': 'unavailable',
  'server.bad-option': 'invalid-request',
  'server.tls-files': 'io',
  'server.no-password': 'invalid-request',
  'server.route-schema': 'internal',
  'request.not-found': 'not-found',

  // Sync between an app and the server.
  'sync.offline': 'unavailable',
  'sync.not-connected': 'invalid-request',
  'sync.conflict': 'conflict',
  'sync.server-error': 'unavailable',
  'sync.bad-change': 'invalid-request',
  'sync.overtaken': 'conflict',
  'sync.stale': 'conflict',
  'sync.note-exists': 'conflict',
  'sync.not-writer': 'forbidden',
  'sync.not-note-author': 'forbidden',
  'sync.article-exists': 'conflict',
  'sync.asset-mismatch': 'invalid-request',
  'sync.database': 'unavailable',
  // The app's side of sync (src/main/sync).
  'sync.bad-server-url': 'invalid-request',
  'sync.no-conflict': 'not-found',
  'sync.change-not-found': 'not-found',
  'sync.account-identity': 'forbidden'
} as const satisfies Record<string, ErrorCode>

export type FailureReason = keyof typeof FAILURES

export const FAILURE_REASONS = Object.keys(FAILURES) as FailureReason[]

export const codeOf = (reason: FailureReason): ErrorCode => FAILURES[reason]

export const isFailureReason = (value: unknown): value is FailureReason => typeof value === 'string' && Object.hasOwn(FAILURES, value)

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
