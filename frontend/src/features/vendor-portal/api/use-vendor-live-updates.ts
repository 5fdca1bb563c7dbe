import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

import { vendorProcurementPath as base } from './common'

/**
 * Published answers, amendments, deadline changes and the award arrive live for every invited
 * vendor at once. When the invitation is withdrawn the server sends `revoked`: the stream closes for
 * good and the page refetches, showing that the procurement is no longer there.
 */
export function useVendorLiveUpdates(id: string) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!id || typeof EventSource === 'undefined') return undefined
    const source = new EventSource(`${base(id)}/stream`)
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['vendor', id] })
    source.addEventListener('change', refresh)
    source.addEventListener('revoked', () => {
      source.close()
      refresh()
    })
    return () => source.close()
  }, [id, queryClient])
}
