import { useLocale } from '../i18n/locale';
import { useSyntheticData } from '../session/use-synthetic';

/**
 * The lines under an exported chart: an image travels alone, so it names where its numbers come
 * from, the months it covers (ISO month starts) and, with demo rows loaded, that they are synthetic.
 */
export function useExportFooter(source: string, months?: { first?: string; last?: string }) {
  const { t, format } = useLocale();
  const synthetic = useSyntheticData();
  const lines = [t.export.source(source === '' ? t.appTitle : source)];
  if (months?.first !== undefined && months.last !== undefined) {
    lines.push(t.export.period(format.month(months.first), format.month(months.last)));
  }
  if (synthetic) lines.push(t.export.synthetic);
  return lines;
}
