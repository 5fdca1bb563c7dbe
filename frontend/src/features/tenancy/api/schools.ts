import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

import { apiRequest } from '@/lib/api/api-client'

const schoolsSchema = z.array(z.string())

/** The huvudman's schools: lessons learned are anonymised against them. */
export function useSchools() {
  return useQuery({
    queryKey: ['tenant', 'schools'],
    queryFn: ({ signal }) => apiRequest('/api/tenant/schools', { schema: schoolsSchema, signal }),
  })
}

/** `TENANT_ADMIN`: replaces the list. */
export function useSetSchools() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (schools: string[]) => apiRequest('/api/tenant/schools', { method: 'PUT', body: { schools }, schema: schoolsSchema }),
    onSuccess: (schools) => queryClient.setQueryData(['tenant', 'schools'], schools),
  })
}
