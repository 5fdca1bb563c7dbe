/**
 * Spreadsheet files buyers open in Excel: semicolon-separated (what Excel expects in a Swedish
 * locale), CRLF lines and a byte-order mark so that å, ä and ö survive. A cell that a spreadsheet
 * would run as a formula (it starts with =, +, -, @ or a control character) gets a leading
 * apostrophe: an exported requirement must never become a command on someone's computer.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Offers the text as a file download, as a link the browser follows would. */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

/** A file name from a title: letters, digits and dashes, so that every system accepts it. */
export function fileName(title: string, suffix: string, extension = 'csv'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  return `${base || 'upphandling'}-${suffix}.${extension}`
}
