/** Swedish messages of attachments (procurement, requirement and answer files); merged into messages-sv.ts. */
export const attachmentsSv = {
  'attachments.heading': 'Bilagor',
  'attachments.headingCount': 'Bilagor ({count})',
  'attachments.answerHeadingCount': 'Bilagor till svaret ({count})',
  'attachments.procurementLead':
    'Filer som gäller hela upphandlingen, till exempel avtalsutkast och bilagor till upphandlingsdokumenten. Leverantörerna ser dem när upphandlingen är annonserad.',
  'attachments.vendorLead': 'Filer som köparen har bifogat upphandlingen.',
  'attachments.none': 'Inga bilagor ännu.',
  'attachments.loadFailed': 'Bilagorna gick inte att hämta.',
  'attachments.listLabel': 'Bifogade filer',
  'attachments.chooseFile': 'Välj en fil att bifoga',
  'attachments.uploaded': '{name} är bifogad.',
  'attachments.addedBy': 'Bifogad av {name}, {at}',
  'attachments.addedAt': 'Bifogad {at}',
  'attachments.removeLabel': 'Ta bort {name}',
  'attachments.remove': 'Ta bort',
  'attachments.removeConfirmTitle': 'Ta bort bilagan?',
  'attachments.removeConfirmText':
    '{name} tas bort ur upphandlingen och syns inte längre för teamet eller leverantörerna. Det går inte att ångra, men dokumentationen visar att filen fanns.',
  'attachments.removeConfirmYes': 'Ta bort bilagan',
  'attachments.removed': '{name} är borttagen.',
  'attachments.removeFailed': 'Bilagan kunde inte tas bort',
  'attachments.problem.unknownTarget': 'Det som filen skulle bifogas till finns inte längre i upphandlingen.',
} satisfies Record<string, string>
