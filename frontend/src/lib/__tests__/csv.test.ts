import { describe, expect, it } from 'vitest'

import { fileName, toCsv } from '../csv'

describe('toCsv', () => {
  it('writes semicolon-separated rows with a byte-order mark for Excel', () => {
    expect(toCsv([['Nr', 'Krav'], [1, 'Åtkomst för elever']])).toBe('\uFEFFNr;Krav\r\n1;Åtkomst för elever\r\n')
  })

  it('quotes cells with separators, quotes and line breaks', () => {
    expect(toCsv([['a;b', 'säg "hej"', 'rad 1\nrad 2', null]])).toBe('\uFEFF"a;b";"säg ""hej""";"rad 1\nrad 2";\r\n')
  })

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'ok']])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"")";\'+1;\'-2;\'@SUM(A1);ok\r\n',
    )
    expect(toCsv([[-5]])).toBe('\uFEFF-5\r\n')
  })
})

describe('fileName', () => {
  it('makes a portable file name from a Swedish title', () => {
    expect(fileName('Ny lärplattform för Älvstad 2027', 'krav')).toBe('ny-larplattform-for-alvstad-2027-krav.csv')
    expect(fileName('???', 'krav')).toBe('upphandling-krav.csv')
  })
})
