import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { FakeEventSource } from '@/test/fake-event-source'

import { usePresence } from '../presence'
import { useWorkspaceLiveUpdates } from '../use-workspace-live-updates'

describe('useWorkspaceLiveUpdates', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    FakeEventSource.instances = []
  })

  it('refetches the workspace when the stream reports a change, and closes the stream on leave', () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    const queryClient = new QueryClient()
    queryClient.setQueryData(['needs', 'p 1'], [])
    queryClient.setQueryData(['needs', 'other'], [])
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )

    const { unmount } = renderHook(() => useWorkspaceLiveUpdates('p 1'), { wrapper })

    const source = FakeEventSource.instances[0]!
    expect(source.url).toBe('/api/procurements/p%201/stream')
    expect(queryClient.getQueryState(['needs', 'p 1'])?.isInvalidated).toBe(false)
    source.emit('change')
    expect(queryClient.getQueryState(['needs', 'p 1'])?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(['needs', 'other'])?.isInvalidated).toBe(false)
    unmount()
    expect(source.closed).toBe(true)
  })

  it('closes the stream for good and refetches when the person loses access', () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    const queryClient = new QueryClient()
    queryClient.setQueryData(['procurements', 'p1'], { id: 'p1' })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    renderHook(() => useWorkspaceLiveUpdates('p1'), { wrapper })

    const source = FakeEventSource.instances[0]!
    source.emit('revoked', '{"reason":"access-revoked"}')

    expect(source.closed).toBe(true)
    expect(queryClient.getQueryState(['procurements', 'p1'])?.isInvalidated).toBe(true)
  })

  it('shows who is in the workspace and what they edit, and forgets them when the stream closes', () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    const queryClient = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    const { result, unmount } = renderHook(
      () => {
        useWorkspaceLiveUpdates('p1')
        return usePresence('p1')
      },
      { wrapper },
    )
    expect(result.current).toEqual([])

    act(() => {
      FakeEventSource.instances[0]!.emit(
        'presence',
        JSON.stringify({ people: [{ id: 'k', name: 'Karin Holm', editing: 'need-1' }] }),
      )
    })
    expect(result.current).toEqual([{ id: 'k', name: 'Karin Holm', editing: 'need-1' }])

    act(() => FakeEventSource.instances[0]!.emit('presence', 'not json'))
    expect(result.current).toHaveLength(1)
    unmount()
  })
})
