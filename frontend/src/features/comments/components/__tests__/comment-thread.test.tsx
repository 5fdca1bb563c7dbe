import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { jsonResponse, mockFetch, problemResponse } from '@/test/fetch-mock'
import { aPerson } from '@/test/fixtures'
import { renderWithProviders } from '@/test/render'

import { CommentThread } from '../comment-thread'

const COMMENTS = '/api/procurements/p1/comments'
const ME = aPerson({ id: 'person-1', name: 'Anna Andersson' })
const TEAM = [
  { memberId: 'person-1', name: 'Anna Andersson' },
  { memberId: 'k', name: 'Karin Holm' },
  { memberId: 'a', name: 'Ali Hassan' },
]

const THREAD = {
  id: 'c1',
  itemId: 'n1',
  parentId: null,
  text: 'Räcker det med SS 12000 här, @Anna Andersson?',
  author: { id: 'k', name: 'Karin Holm' },
  mentions: [{ id: 'person-1', name: 'Anna Andersson' }],
  at: '2026-11-20T09:00:00Z',
  replies: [
    {
      id: 'c2',
      itemId: 'n1',
      parentId: 'c1',
      text: 'Ja, för elevregistret.',
      author: { id: 'a', name: 'Ali Hassan' },
      mentions: [],
      at: '2026-11-20T09:30:00Z',
      replies: [],
    },
  ],
}

async function openThread(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(await screen.findByText('Kommentarer (2)'))
}

describe('CommentThread', () => {
  it('shows threads with authors, times, highlighted mentions and indented replies', async () => {
    mockFetch({ [`GET ${COMMENTS}?itemId=n1`]: [THREAD] })
    const { user } = renderWithProviders(<CommentThread procurementId="p1" itemId="n1" team={TEAM} />, { person: ME })
    await openThread(user)

    const first = screen.getByTestId('comment')
    expect(first).toHaveTextContent('Karin Holm')
    expect(within(first).getAllByRole('time')[0]).toHaveAttribute('datetime', '2026-11-20T09:00:00Z')
    expect(within(first).getAllByText('@Anna Andersson')[0]!.tagName).toBe('MARK')
    expect(first).toHaveTextContent('Du nämns')
    const replies = within(first).getByRole('list', { name: 'Svar på kommentaren från Karin Holm' })
    expect(within(replies).getByTestId('reply')).toHaveTextContent('Ali Hassan')
    expect(within(replies).getByTestId('reply')).toHaveTextContent('Ja, för elevregistret.')
  })

  it('replies to a thread, mentioning team members picked from a list', async () => {
    const api = mockFetch({
      [`GET ${COMMENTS}?itemId=n1`]: [THREAD],
      [`POST ${COMMENTS}`]: (request) =>
        jsonResponse({ ...THREAD.replies[0], id: 'c3', text: (request.body as { text: string }).text, author: { id: 'person-1', name: 'Anna Andersson' } }, 201),
    })
    const { user } = renderWithProviders(<CommentThread procurementId="p1" itemId="n1" team={TEAM} />, { person: ME })
    await openThread(user)

    await user.click(screen.getByRole('button', { name: 'Svara på kommentaren från Karin Holm' }))
    const form = screen.getByRole('form', { name: 'Svar till Karin Holm' })
    const text = within(form).getByRole('textbox', { name: 'Svar till Karin Holm' })
    expect(text).toHaveFocus()
    const mention = within(form).getByRole('group', { name: 'Nämn' })
    // nobody mentions themself
    expect(within(mention).queryByLabelText('Anna Andersson')).not.toBeInTheDocument()
    await user.type(text, 'Vi tar med SS 12000 och LTI.')
    await user.click(within(mention).getByLabelText('Karin Holm'))
    await user.click(within(mention).getByLabelText('Ali Hassan'))
    await user.click(within(form).getByRole('button', { name: 'Skicka svaret' }))

    expect(await screen.findByText('Svaret är skickat.')).toBeInTheDocument()
    expect(api.requestsTo('POST', COMMENTS)[0]!.body).toEqual({
      itemId: 'n1',
      parentId: 'c1',
      text: 'Vi tar med SS 12000 och LTI.',
      mentions: ['k', 'a'],
    })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Svara på kommentaren från Karin Holm' })).toHaveFocus())
    // the thread is fetched again to show the reply
    expect(api.requestsTo('GET', `${COMMENTS}?itemId=n1`).length).toBeGreaterThan(1)
  })

  it('starts a thread, and keeps what was written when the server refuses a mention', async () => {
    let refuse = true
    const api = mockFetch({
      [`GET ${COMMENTS}?itemId=n1`]: [],
      [`POST ${COMMENTS}`]: () =>
        refuse
          ? problemResponse(400, {
              code: 'comment.unknown-mention',
              detail: "Only the procurement's team can be mentioned.",
              errors: [{ field: 'mentions', message: "Only the procurement's team can be mentioned." }],
            })
          : jsonResponse({ ...THREAD, id: 'c9', replies: [] }, 201),
    })
    const { user } = renderWithProviders(<CommentThread procurementId="p1" itemId="n1" team={TEAM} />, { person: ME })
    await user.click(await screen.findByText('Kommentarer (0)'))
    expect(screen.getByText('Inga kommentarer ännu. Skriv den första.')).toBeInTheDocument()

    const form = screen.getByRole('form', { name: 'Skriv en kommentar' })
    await user.click(within(form).getByRole('button', { name: 'Skicka kommentaren' }))
    expect(within(form).getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveAccessibleDescription(/Skriv något först/)
    expect(api.requestsTo('POST', COMMENTS)).toHaveLength(0)

    await user.type(within(form).getByRole('textbox', { name: 'Skriv en kommentar' }), 'Behöver vi e-legitimation för vårdnadshavare?')
    await user.click(within(form).getByLabelText('Karin Holm'))
    await user.click(within(form).getByRole('button', { name: 'Skicka kommentaren' }))

    const group = within(form).getByRole('group', { name: 'Nämn' })
    await waitFor(() => expect(group).toHaveAccessibleDescription(/Bara personer i upphandlingens team kan nämnas/))
    expect(within(form).getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue('Behöver vi e-legitimation för vårdnadshavare?')
    expect(within(form).getByLabelText('Karin Holm')).toBeChecked()

    refuse = false
    await user.click(within(form).getByRole('button', { name: 'Skicka kommentaren' }))
    expect(await screen.findByText('Kommentaren är skickad.')).toBeInTheDocument()
    expect(api.requestsTo('POST', COMMENTS).at(-1)!.body).toEqual({
      itemId: 'n1',
      text: 'Behöver vi e-legitimation för vårdnadshavare?',
      mentions: ['k'],
    })
    expect(within(form).getByRole('textbox', { name: 'Skriv en kommentar' })).toHaveValue('')
  })
})
