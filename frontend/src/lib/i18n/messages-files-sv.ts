/** Swedish messages of files anywhere (uploading one, its size, its checksum, why it was refused); merged into messages-sv.ts. */
export const filesSv = {
  'files.hint': 'PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text, CSV eller ZIP.',
  'files.upload': 'Ladda upp',
  'files.noFile': 'Välj en fil först.',
  'files.uploading': 'Laddar upp {name}',
  'files.progress': '{percent} % ({loaded} av {total})',
  'files.progressUnknown': '{loaded} skickat',
  'files.cancel': 'Avbryt uppladdningen',
  'files.cancelled': 'Uppladdningen avbröts. Inget sparades.',
  'files.uploadFailed': 'Filen kunde inte bifogas',
  'files.checksum': 'SHA-256: {hash}',
  'files.size.bytes': '{size} byte',
  'files.size.kB': '{size} kB',
  'files.size.MB': '{size} MB',
  'files.problem.tooLarge': 'Filen är för stor. En bilaga får vara högst {max}. Inget sparades.',
  'files.problem.tooLargeUnknown': 'Filen är för stor för att bifogas. Inget sparades.',
  'files.problem.typeNotAllowed':
    'Filer av den här typen ({type}) kan inte bifogas. Bifoga PDF, Office- eller OpenDocument-filer, bilder (PNG, JPEG), text, CSV eller ZIP.',
  'files.problem.typeNotAllowedUnknown':
    'Filer av den här typen kan inte bifogas. Bifoga PDF, Office- eller OpenDocument-filer, bilder (PNG, JPEG), text, CSV eller ZIP.',
  'files.problem.typeMismatch': 'Filens innehåll ({type}) stämmer inte med filnamnets ändelse. Kontrollera filen och försök igen.',
  'files.problem.empty': 'Filen är tom.',
  'files.problem.name': 'Filnamnet går inte att använda. Det får vara högst 255 tecken.',
} satisfies Record<string, string>
