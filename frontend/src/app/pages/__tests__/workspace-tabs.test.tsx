import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { WorkspaceTabs } from '../workspace-tabs'

describe('WorkspaceTabs', () => {
  it('opens the tab named in the address and moves between tabs with the arrow keys', async () => {
    const { user } = renderWithProviders(
      <WorkspaceTabs
        tabs={[
          { id: 'behov', label: 'workspace.tab.needs', content: <p>behovsinnehåll</p> },
          { id: 'krav', label: 'workspace.tab.requirements', content: <p>kravinnehåll</p> },
          { id: 'sparbarhet', label: 'workspace.tab.trace', content: <p>spårinnehåll</p> },
        ]}
      />,
      { person: aPerson(), route: '/upphandlingar/p1?flik=krav' },
    )
    expect(screen.getByRole('tab', { name: 'Krav' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel')).toHaveTextContent('kravinnehåll')

    screen.getByRole('tab', { name: 'Krav' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Spårbarhet' })).toHaveFocus()
    expect(screen.getByRole('tabpanel')).toHaveTextContent('spårinnehåll')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Behov' })).toHaveAttribute('aria-selected', 'true')
  })
})
