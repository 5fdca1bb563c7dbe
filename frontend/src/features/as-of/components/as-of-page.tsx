import { Page } from '@/components/page'

/** `/upphandlingar/:procurementId/som-det-var`: the whole workspace as it was at a chosen moment. */
export function AsOfPage({ procurementId }: { procurementId: string }) {
  return <Page title={procurementId}>{null}</Page>
}
