import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { mockFetch } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderApp } from '@/test/render'

vi.mock('@/features/questions-overview/components/questions-page', () => ({
  QuestionsPage: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'map') at questions-page.tsx:12")
  },
}))

describe('when a page crashes', () => {
  it('shows a readable message inside the layout, never a stack trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    mockFetch({ 'GET /api/me': aPerson() })

    renderApp('/fragor')

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Något gick fel')
    expect(screen.getByRole('alert')).toHaveTextContent('Ett oväntat fel inträffade. Försök igen om en stund.')
    expect(document.body).not.toHaveTextContent(/Cannot read properties|questions-page\.tsx/)
    // header and navigation stay, so the person can go elsewhere
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ladda om sidan' })).toBeInTheDocument()
  })
})
