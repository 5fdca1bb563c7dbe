import { NavLink } from 'react-router'

import type { Me } from '@/lib/auth/get-me'
import { useI18n } from '@/lib/i18n/i18n'

import { visibleAreas } from '../areas'

/** NavLink marks the current area with aria-current="page". */
export function MainNav({ person }: { person: Me }) {
  const { t } = useI18n()
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <div className="container">
        <ul className="main-nav__list">
          {visibleAreas(person).map((area) => (
            <li key={area.id}>
              <NavLink to={area.path} end={area.path === '/'} className="main-nav__link">
                {t(area.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
