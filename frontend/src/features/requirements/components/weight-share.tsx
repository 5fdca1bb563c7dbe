import { useI18n } from '@/lib/i18n/i18n'

/** "Vikt 20 · 25 % av den totala vikten", with a bar showing the share at a glance. */
export function WeightShare({ weight, share }: { weight: number; share: number | null }) {
  const { t, formatNumber } = useI18n()
  const percent = share ?? 0
  return (
    <div className="weight-share" data-testid="weight-share">
      <p>{t('requirements.weightShare', { weight, share: formatNumber(Math.round(percent * 10) / 10) })}</p>
      {/* the sentence above says it in words; the bar is for the eye */}
      <meter className="weight-share__bar" min={0} max={100} value={percent} aria-hidden="true" />
    </div>
  )
}
