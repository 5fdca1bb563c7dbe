import { useMutation, useQueryClient } from '@tanstack/react-query'

import { apiRequest } from '@/lib/api/api-client'

import { type Procurement, procurementSchema, storeProcurement } from './get-procurement'
import type { Procedure } from './get-procurements'

export interface NewProcurement {
  title: string
  description: string
  /** A school process id from the process map. */
  category: string
  procedure: Procedure
  estimatedValueSek: number
  /** yyyy-mm-dd or null */
  plannedTenderDate: string | null
  plannedAwardDate: string | null
}

/** BUYER only. 201 with the new procurement; 400 with field errors. */
export function createProcurement(procurement: NewProcurement): Promise<Procurement> {
  return apiRequest('/api/procurements', { method: 'POST', body: procurement, schema: procurementSchema })
}

export function useCreateProcurement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createProcurement,
    onSuccess: (procurement) => storeProcurement(queryClient, procurement),
  })
}
