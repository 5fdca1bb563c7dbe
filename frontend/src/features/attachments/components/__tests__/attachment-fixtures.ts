import type { Attachment } from '../../api/get-attachments'

export const SHA = '3f7a0c9e1b2d4c5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b'

export function anAttachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: 'a1',
    target: 'PROCUREMENT',
    targetId: 'p1',
    fileName: 'Avtalsutkast.pdf',
    contentType: 'application/pdf',
    sizeBytes: 48213,
    sha256: SHA,
    addedBy: { id: 'person-1', name: 'Anna Andersson' },
    addedAt: '2026-11-22T08:30:46Z',
    ...overrides,
  }
}
