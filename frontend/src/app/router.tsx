import { lazy, type ReactNode, Suspense } from 'react'
import type { RouteObject } from 'react-router'

import { Loading } from '@/components/loading'
import { NOTIFICATIONS_PATH } from '@/features/notifications/routes'
import { StartPage } from '@/features/start/components/start-page'

import { AreaRoute } from './area-route'
import { type AreaId, AREAS } from './areas'
import { RootLayout } from './layout/root-layout'
import { NotFoundPage } from './pages/not-found-page'
import { RouteErrorPage } from './pages/route-error-page'

// The procurement workspace (procurements, needs, their forms and dialogs) is the largest part of
// the application: it loads when first opened, in a chunk of its own.
const PlatformPage = lazy(() => import('@/features/platform-admin/components/platform-page').then((m) => ({ default: m.PlatformPage })))
const FollowUpPage = lazy(() => import('@/features/outcomes/components/follow-up-page').then((m) => ({ default: m.FollowUpPage })))
const LessonsPage = lazy(() => import('@/features/outcomes/components/lessons-page').then((m) => ({ default: m.LessonsPage })))
const QuestionsPage = lazy(() => import('@/features/questions-overview/components/questions-page').then((m) => ({ default: m.QuestionsPage })))
const TeamPage = lazy(() => import('@/features/tenancy/components/team-page').then((m) => ({ default: m.TeamPage })))
const ProcurementsAreaRoute = lazy(() =>
  import('./pages/procurements-area-route').then((m) => ({ default: m.ProcurementsAreaRoute })),
)
const LibraryPage = lazy(() =>
  import('@/features/library/components/library-page').then((m) => ({ default: m.LibraryPage })),
)
const ProcurementWorkspaceRoute = lazy(() =>
  import('./pages/procurement-workspace-route').then((m) => ({ default: m.ProcurementWorkspaceRoute })),
)

const AsOfRoute = lazy(() => import('./pages/as-of-route').then((m) => ({ default: m.AsOfRoute })))
const RecordRoute = lazy(() => import('./pages/record-route').then((m) => ({ default: m.RecordRoute })))
// follow-up reports and insights carry the charting library: loaded when first opened
const InsightsPage = lazy(() => import('@/features/insights/components/insights-page').then((m) => ({ default: m.InsightsPage })))
const NotificationsPage = lazy(() =>
  import('@/features/notifications/components/notifications-page').then((m) => ({ default: m.NotificationsPage })),
)
const FollowUpRoute = lazy(() => import('./pages/follow-up-route').then((m) => ({ default: m.FollowUpRoute })))

const PAGES: Record<AreaId, ReactNode> = {
  start: <StartPage />,
  procurements: <ProcurementsAreaRoute />,
  library: <LibraryPage />,
  qa: <QuestionsPage />,
  followUp: <FollowUpPage />,
  lessons: <LessonsPage />,
  insights: <InsightsPage />,
  team: <TeamPage />,
  platform: <PlatformPage />,
}

/** Pages below an area's own page, shown to the same people as the area. */
const SUB_PAGES: ReadonlyArray<{ area: AreaId; path: string; element: ReactNode }> = [
  { area: 'procurements', path: '/upphandlingar/:procurementId', element: <ProcurementWorkspaceRoute /> },
  { area: 'procurements', path: '/upphandlingar/:procurementId/som-det-var', element: <AsOfRoute /> },
  { area: 'procurements', path: '/upphandlingar/:procurementId/dokumentation', element: <RecordRoute /> },
  { area: 'followUp', path: '/uppfoljning/:procurementId', element: <FollowUpRoute /> },
]

/**
 * Pages of one's own, for every logged-in person whatever their roles (the layout shows no page
 * to someone without any): not areas of the main menu, reached from the header.
 */
const PERSONAL_PAGES: ReadonlyArray<{ path: string; element: ReactNode }> = [
  // the bell in the header leads here
  { path: NOTIFICATIONS_PATH, element: <NotificationsPage /> },
]

/** Shared by the browser router and by tests (with a memory router). */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // errors inside a page keep the header and navigation around them
        errorElement: <RouteErrorPage />,
        children: [
          ...AREAS.map((area): RouteObject => {
            const element = (
              <AreaRoute area={area}>
                <Suspense fallback={<Loading />}>{PAGES[area.id]}</Suspense>
              </AreaRoute>
            )
            return area.path === '/' ? { index: true, element } : { path: area.path.slice(1), element }
          }),
          ...SUB_PAGES.flatMap(({ area: areaId, path, element }): RouteObject[] => {
            const area = AREAS.find((a) => a.id === areaId)
            if (!area) return []
            const page = (
              <AreaRoute area={area}>
                <Suspense fallback={<Loading />}>{element}</Suspense>
              </AreaRoute>
            )
            return [{ path: path.slice(1), element: page }]
          }),
          ...PERSONAL_PAGES.map(
            ({ path, element }): RouteObject => ({
              path: path.slice(1),
              element: <Suspense fallback={<Loading />}>{element}</Suspense>,
            }),
          ),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
