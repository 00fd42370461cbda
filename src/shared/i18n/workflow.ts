import type { Widen } from './widen'

// Review and approval. `passive` and `active` are the verb forms main's refusals are built from
// ("Artikel berstatus Disetujui tidak dapat diajukan."), so they live here beside the button text.
const id = {
  role: {
    penulis: 'Penulis',
    editor: 'Editor',
    'redaktur-pelaksana': 'Redaktur pelaksana'
  },
  action: {
    submit: 'Ajukan',
    withdraw: 'Tarik kembali',
    'start-review': 'Mulai tinjau',
    return: 'Kembalikan',
    approve: 'Setujui',
    publish: 'Terbitkan',
    spike: 'Buang',
    unspike: 'Pulihkan',
    reopen: 'Buka kembali',
    correct: 'Buka untuk ralat'
  },
  passive: {
    submit: 'diajukan',
    withdraw: 'ditarik kembali',
    'start-review': 'ditinjau',
    return: 'dikembalikan',
    approve: 'disetujui',
    publish: 'diterbitkan',
    spike: 'dibuang',
    unspike: 'dipulihkan',
    reopen: 'dibuka kembali',
    correct: 'dibuka untuk ralat'
  },
  active: {
    submit: 'mengajukan',
    withdraw: 'menarik kembali',
    'start-review': 'meninjau',
    return: 'mengembalikan',
    approve: 'menyetujui',
    publish: 'menerbitkan',
    spike: 'membuang',
    unspike: 'memulihkan',
    reopen: 'membuka kembali',
    correct: 'membuka untuk ralat'
  },
  refusal: {
    noProfile: 'Pilih profil dulu.',
    illegal: 'Artikel berstatus {{status}} tidak dapat {{action}}.',
    role: 'Hanya editor atau redaktur pelaksana yang dapat {{action}} artikel.',
    fourEyes: 'Anda penulis artikel ini; persetujuan harus datang dari editor lain (prinsip empat mata).',
    notOwn: 'Hanya penulis artikel ini atau editor yang dapat {{action}} artikel ini.',
    noteRequired: 'Catatan wajib diisi untuk {{action}} artikel.',
    blocking: 'Belum bisa {{action}}: {{count}} temuan harus diperbaiki.',
    warnings: 'Ada {{count}} peringatan gaya selingkung; setujui dengan mengabaikan peringatan bila memang disengaja.',
    readOnly: 'Artikel yang sudah disetujui atau terbit hanya dapat dibaca.',
    onTheDesk: 'Artikel ini sedang di meja redaksi; tarik kembali dulu untuk mengubahnya.',
    approvedOver: 'disetujui dengan {{count}} peringatan: {{rules}}'
  }
} as const

const en: Widen<typeof id> = {
  role: {
    penulis: 'Writer',
    editor: 'Editor',
    'redaktur-pelaksana': 'Managing editor'
  },
  action: {
    submit: 'Submit',
    withdraw: 'Withdraw',
    'start-review': 'Start review',
    return: 'Return',
    approve: 'Approve',
    publish: 'Publish',
    spike: 'Spike',
    unspike: 'Restore',
    reopen: 'Reopen',
    correct: 'Reopen for correction'
  },
  passive: {
    submit: 'submitted',
    withdraw: 'withdrawn',
    'start-review': 'reviewed',
    return: 'returned',
    approve: 'approved',
    publish: 'published',
    spike: 'spiked',
    unspike: 'restored',
    reopen: 'reopened',
    correct: 'reopened for correction'
  },
  active: {
    submit: 'submit',
    withdraw: 'withdraw',
    'start-review': 'review',
    return: 'return',
    approve: 'approve',
    publish: 'publish',
    spike: 'spike',
    unspike: 'restore',
    reopen: 'reopen',
    correct: 'reopen for correction'
  },
  refusal: {
    noProfile: 'Choose a profile first.',
    illegal: 'An article that is {{status}} cannot be {{action}}.',
    role: 'Only an editor or managing editor can {{action}} articles.',
    fourEyes: 'You are a writer of this article; another editor must approve it (four eyes).',
    notOwn: 'Only a writer of this article or an editor can {{action}} it.',
    noteRequired: 'A note is required to {{action}} the article.',
    blocking: 'Cannot be {{action}} yet: {{count}} findings must be fixed.',
    warnings: 'There are {{count}} house-style warnings; approve over them if that is intended.',
    readOnly: 'An approved or published article is read-only.',
    onTheDesk: 'This article is with the desk; withdraw it first to change it.',
    approvedOver: 'approved over {{count}} warnings: {{rules}}'
  }
}

export const workflow = { id, en }
