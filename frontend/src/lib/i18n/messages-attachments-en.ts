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
  'attachments.hint': 'PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text, CSV or ZIP.',
  'attachments.upload': 'Upload',
  'attachments.noFile': 'Choose a file first.',
  'attachments.uploading': 'Uploading {name}',
  'attachments.progress': '{percent}% ({loaded} of {total})',
  'attachments.progressUnknown': '{loaded} sent',
  'attachments.cancel': 'Cancel the upload',
  'attachments.cancelled': 'The upload was cancelled. Nothing was saved.',
  'attachments.uploaded': '{name} is attached.',
  'attachments.uploadFailed': 'The file could not be attached',
  'attachments.addedBy': 'Attached by {name}, {at}',
  'attachments.addedAt': 'Attached {at}',
  'attachments.checksum': 'SHA-256: {hash}',
  'attachments.removeLabel': 'Remove {name}',
  'attachments.remove': 'Remove',
  'attachments.removeConfirmTitle': 'Remove the attachment?',
  'attachments.removeConfirmText':
    '{name} is removed from the procurement and no longer shown to the team or the vendors. This cannot be undone, but the record shows that the file was there.',
  'attachments.removeConfirmYes': 'Remove the attachment',
  'attachments.removed': '{name} has been removed.',
  'attachments.removeFailed': 'The attachment could not be removed',
  'attachments.size.bytes': '{size} bytes',
  'attachments.size.kB': '{size} kB',
  'attachments.size.MB': '{size} MB',
  'attachments.problem.tooLarge': 'The file is too large. An attachment may be at most {max}. Nothing was saved.',
  'attachments.problem.tooLargeUnknown': 'The file is too large to be attached. Nothing was saved.',
  'attachments.problem.typeNotAllowed':
    'Files of this type ({type}) cannot be attached. Attach PDF, Office or OpenDocument files, images (PNG, JPEG), text, CSV or ZIP.',
  'attachments.problem.typeNotAllowedUnknown':
    'Files of this type cannot be attached. Attach PDF, Office or OpenDocument files, images (PNG, JPEG), text, CSV or ZIP.',
  'attachments.problem.typeMismatch': "The file's content ({type}) does not match its name's extension. Check the file and try again.",
  'attachments.problem.empty': 'The file is empty.',
  'attachments.problem.name': 'The file name cannot be used. It may be at most 255 characters.',
  'attachments.problem.unknownTarget': 'What the file was to be attached to is no longer in the procurement.',
}
