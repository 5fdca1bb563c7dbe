import { describe, expect, it } from 'vitest'

import { translate } from '../i18n'
import { en } from '../messages-en'
import { type MessageKey, sv } from '../messages-sv'

/** The parameter names a message uses, plural or not. */
const parameters = (template: string) => new Set([...template.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))

describe('translate', () => {
  it('chooses the singular or the plural the way each language counts', () => {
    expect(translate('sv', 'tendering.unanswered', { count: 1 })).toBe('1 obesvarad fråga')
    expect(translate('sv', 'tendering.unanswered', { count: 3 })).toBe('3 obesvarade frågor')
    expect(translate('en', 'tendering.unanswered', { count: 1 })).toBe('1 unanswered question')
    expect(translate('en', 'tendering.unanswered', { count: 0 })).toBe('0 unanswered questions')
    expect(translate('sv', 'workspace.teamSaved', { count: 1 })).toBe('Teamet är sparat. 1 person är med.')
    expect(translate('sv', 'workspace.teamSaved', { count: 4 })).toBe('Teamet är sparat. 4 personer är med.')
  })

  it('says that nobody has scored rather than an average of nothing, and counts scores with other placeholders in the branch', () => {
    expect(translate('sv', 'tendering.teamAverage', { average: '0', count: 0 })).toBe('Ingen har poängsatt än')
    expect(translate('sv', 'tendering.teamAverage', { average: '4', count: 1 })).toBe('Teamets snitt 4 (1 poängsättning)')
    expect(translate('sv', 'tendering.teamAverage', { average: '4,5', count: 2 })).toBe('Teamets snitt 4,5 (2 poängsättningar)')
    expect(translate('en', 'tendering.teamAverage', { average: '0', count: 0 })).toBe('Nobody has scored yet')
    expect(translate('en', 'tendering.teamAverage', { average: '4', count: 1 })).toBe('Team average 4 (1 score)')
  })

  it('counts a number given as formatted text, thousands separators and all', () => {
    expect(translate('sv', 'library.count', { count: '1' })).toBe('1 mall')
    expect(translate('sv', 'library.count', { count: '1\u00a0200' })).toBe('1\u00a0200 mallar')
  })

  it('leaves a placeholder without a value visible, plural or not', () => {
    expect(translate('sv', 'tendering.unanswered', {})).toBe('{count, plural, one {# obesvarad fråga} other {# obesvarade frågor}}')
  })

  it('has the same parameters in Swedish and English, and an "other" form for every plural', () => {
    for (const key of Object.keys(sv) as MessageKey[]) {
      expect(parameters(en[key]), key).toEqual(parameters(sv[key]))
      for (const template of [sv[key], en[key]]) {
        if (template.includes(', plural,')) expect(template, key).toMatch(/other \{/)
      }
    }
  })
})
