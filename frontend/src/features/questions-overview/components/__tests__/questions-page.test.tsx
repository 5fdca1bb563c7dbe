import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson, vendorPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { QuestionsPage } from '../questions-page'

describe('QuestionsPage', () => {
  it('leads a team member to the questions tab of procurements that take questions', async () => {
    mockFetch({
      'GET /api/procurements': [
        { id: 'p1', title: 'Ny lärplattform', phase: 'TENDERING' },
        { id: 'p2', title: 'Tidig idé', phase: 'NEEDS_ANALYSIS' },
      ],
    })
    renderWithProviders(<QuestionsPage />, { person: aPerson() })
    expect(await screen.findByRole('link', { name: 'Ny lärplattform' })).toHaveAttribute('href', '/upphandlingar/p1?flik=fragor')
    expect(screen.queryByRole('link', { name: 'Tidig idé' })).not.toBeInTheDocument()
  })

  it('leads a vendor to the procurements it is invited to', async () => {
    mockFetch({ 'GET /api/vendor/procurements': [{ id: 'p1', title: 'Ny lärplattform' }] })
    renderWithProviders(<QuestionsPage />, { person: vendorPerson() })
    expect(await screen.findByRole('link', { name: 'Ny lärplattform' })).toHaveAttribute('href', '/upphandlingar/p1')
  })
})
