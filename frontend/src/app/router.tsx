import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'

import { PlatformPage } from '@/features/platform/components/platform-page'
import { ProcurementsPage } from '@/features/procurement/components/procurements-page'
import { FollowUpPage } from '@/features/outcomes/components/follow-up-page'
import { LessonsPage } from '@/features/outcomes/components/lessons-page'
import { InsightsPage } from '@/features/insights/components/insights-page'
import { QuestionsPage } from '@/features/qa/components/questions-page'
import { StartPage } from '@/features/start/components/start-page'
import { TeamPage } from '@/features/tenancy/components/team-page'

import { AreaRoute } from './area-route'
import { type AreaId, AREAS } from './areas'
import { RootLayout } from './layout/root-layout'
import { NotFoundPage } from './pages/not-found-page'
import { RouteErrorPage } from './pages/route-error-page'

const PAGES: Record<AreaId, ReactNode> = {
  start: <StartPage />,
  procurements: <ProcurementsPage />,
  qa: <QuestionsPage />,
  followUp: <FollowUpPage />,
  lessons: <LessonsPage />,
  insights: <InsightsPage />,
  team: <TeamPage />,
  platform: <PlatformPage />,
}

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
            const element = <AreaRoute area={area}>{PAGES[area.id]}</AreaRoute>
            return area.path === '/' ? { index: true, element } : { path: area.path.slice(1), element }
          }),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
