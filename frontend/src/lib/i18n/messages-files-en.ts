import type { filesSv } from './messages-files-sv'

/** English messages of files anywhere; merged into messages-en.ts. */
export const filesEn: Record<keyof typeof filesSv, string> = {
  'files.hint': 'PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text, CSV or ZIP.',
  'files.upload': 'Upload',
  'files.noFile': 'Choose a file first.',
  'files.uploading': 'Uploading {name}',
  'files.progress': '{percent}% ({loaded} of {total})',
  'files.progressUnknown': '{loaded} sent',
  'files.cancel': 'Cancel the upload',
  'files.cancelled': 'The upload was cancelled. Nothing was saved.',
  'files.uploadFailed': 'The file could not be attached',
  'files.checksum': 'SHA-256: {hash}',
  'files.size.bytes': '{size} bytes',
  'files.size.kB': '{size} kB',
  'files.size.MB': '{size} MB',
  'files.problem.tooLarge': 'The file is too large. An attachment may be at most {max}. Nothing was saved.',
  'files.problem.tooLargeUnknown': 'The file is too large to be attached. Nothing was saved.',
  'files.problem.typeNotAllowed':
    'Files of this type ({type}) cannot be attached. Attach PDF, Office or OpenDocument files, images (PNG, JPEG), text, CSV or ZIP.',
  'files.problem.typeNotAllowedUnknown':
    'Files of this type cannot be attached. Attach PDF, Office or OpenDocument files, images (PNG, JPEG), text, CSV or ZIP.',
  'files.problem.typeMismatch': "The file's content ({type}) does not match its name's extension. Check the file and try again.",
  'files.problem.empty': 'The file is empty.',
  'files.problem.name': 'The file name cannot be used. It may be at most 255 characters.',
}
