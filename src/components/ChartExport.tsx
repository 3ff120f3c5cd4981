import { type RefObject, useState } from 'react';
import {
  type ChartLabels,
  fileNameOf,
  framedSvg,
  legendEntries,
  svgToPng,
} from '../export/chart-image';
import { downloadBlob } from '../export/csv';
import { useLocale } from '../i18n/locale';

interface ChartExportProps {
  /** The element holding the chart (its first Recharts surface is exported). */
  chartRef: RefObject<HTMLElement | null>;
  /** The chart's key, drawn in HTML beside it: a list whose items are a sample and words. */
  legendRef?: RefObject<HTMLElement | null>;
  labels: ChartLabels;
}

/** PNG and SVG buttons for a chart; the image carries its title, key, source and period. */
export function ChartExport({ chartRef, legendRef, labels }: ChartExportProps) {
  const { t } = useLocale();
  const [error, setError] = useState<string | null>(null);
  const svgText = () => {
    const surface = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (surface == null) throw new Error('no chart on the page');
    const legend = legendRef?.current;
    return framedSvg(surface, labels, legend == null ? [] : legendEntries(legend));
  };
  const save = async (kind: 'png' | 'svg') => {
    setError(null);
    try {
      const svg = svgText();
      const blob =
        kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      downloadBlob(blob, `${fileNameOf(labels.title)}.${kind}`);
    } catch (failure) {
      setError(`${t.export.failed} ${String(failure)}`);
    }
  };
  return (
    <div className="chart-export">
      <button type="button" onClick={() => void save('png')}>
        {t.export.chartPng}
        <span className="visually-hidden">: {labels.title}</span>
      </button>
      <button type="button" onClick={() => void save('svg')}>
        {t.export.chartSvg}
        <span className="visually-hidden">: {labels.title}</span>
      </button>
      {error !== null && <p role="alert">{error}</p>}
    </div>
  );
}
