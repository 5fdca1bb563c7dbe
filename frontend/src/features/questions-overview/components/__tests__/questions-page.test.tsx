import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson, vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { QuestionsPage } from '../questions-page'

describe('QuestionsPage', () => {
  it('is an inbox of unanswered questions for the team, each linking to the question in its workspace', async () => {
    mockFetch({
      'GET /api/questions/unanswered': [
        {
          procurementId: 'p2',
          procurementTitle: 'Nytt schemasystem',
          questionId: 'q9',
          kind: 'QUESTION',
          question: 'Vilka format stöds för import?',
          askedAt: '2027-02-01T09:30:00Z',
          answersDueBy: '2027-02-09',
          needsAnswerSoon: true,
        },
        {
          procurementId: 'p1',
          procurementTitle: 'Ny lärplattform',
          questionId: 'q1',
          kind: 'CLARIFICATION',
          question: 'Prisbilagan',
          askedAt: '2027-01-20T08:00:00Z',
          answersDueBy: null,
          needsAnswerSoon: false,
        },
      ],
    })
    renderWithProviders(<QuestionsPage />, { person: aPerson() })
    const rows = await screen.findAllByTestId('qa-inbox-row')
    expect(rows).toHaveLength(2)
    const first = within(rows[0]!)
    expect(first.getByRole('link', { name: 'Vilka format stöds för import?' })).toHaveAttribute(
      'href',
      '/upphandlingar/p2?flik=fragor#fraga-q9',
    )
    expect(first.getByText('Nytt schemasystem')).toBeInTheDocument()
    expect(first.getByText('9 feb. 2027', { selector: 'strong' })).toBeInTheDocument()
    expect(within(rows[1]!).getByRole('link', { name: 'Förtydligande: Prisbilagan' })).toBeInTheDocument()
    expect(within(rows[1]!).getByText('Ej annonserad')).toBeInTheDocument()
    expect(screen.getByText(/2 frågor väntar på svar/)).toBeInTheDocument()
    expect(screen.queryByTestId('qa-procurements')).not.toBeInTheDocument()
  })

  it('says so when nothing waits for an answer', async () => {
    mockFetch({ 'GET /api/questions/unanswered': [] })
    renderWithProviders(<QuestionsPage />, { person: aPerson() })
    expect(await screen.findByText('Inga obesvarade frågor i era upphandlingar.')).toBeInTheDocument()
  })

  it('leads a vendor to the procurements it is invited to', async () => {
    mockFetch({ 'GET /api/vendor/procurements': [{ id: 'p1', title: 'Ny lärplattform' }] })
    renderWithProviders(<QuestionsPage />, { person: vendorPerson() })
    expect(await screen.findByRole('link', { name: 'Ny lärplattform' })).toHaveAttribute('href', '/upphandlingar/p1')
  })
})
