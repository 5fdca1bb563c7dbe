import type { attachmentsSv } from './messages-attachments-sv'

/** English messages of attachments; merged into messages-en.ts. */
export const attachmentsEn: Record<keyof typeof attachmentsSv, string> = {
  'attachments.heading': 'Attachments',
  'attachments.headingCount': 'Attachments ({count})',
  'attachments.answerHeadingCount': 'Attachments to the answer ({count})',
  'attachments.procurementLead':
    'Files about the whole procurement, such as a draft contract and annexes to the procurement documents. Vendors see them once the procurement is published.',
  'attachments.vendorLead': 'Files the buyer has attached to the procurement.',
  'attachments.none': 'No attachments yet.',
  'attachments.loadFailed': 'The attachments could not be loaded.',
  'attachments.listLabel': 'Attached files',
  'attachments.chooseFile': 'Choose a file to attach',
  'attachments.uploaded': '{name} is attached.',
  'attachments.addedBy': 'Attached by {name}, {at}',
  'attachments.addedAt': 'Attached {at}',
  'attachments.removeLabel': 'Remove {name}',
  'attachments.remove': 'Remove',
  'attachments.removeConfirmTitle': 'Remove the attachment?',
  'attachments.removeConfirmText':
    '{name} is removed from the procurement and no longer shown to the team or the vendors. This cannot be undone, but the record shows that the file was there.',
  'attachments.removeConfirmYes': 'Remove the attachment',
  'attachments.removed': '{name} has been removed.',
  'attachments.removeFailed': 'The attachment could not be removed',
  'attachments.problem.unknownTarget': 'What the file was to be attached to is no longer in the procurement.',
}
