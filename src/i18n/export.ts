/** Texts of the download buttons and exported files (bokmål first; English has the same shape). */
const nb = {
  tableCsv: 'Last ned tabellen (CSV)',
  chartPng: 'Last ned bilde (PNG)',
  chartSvg: 'Last ned vektorbilde (SVG)',
  source: (source: string) => `Kilde: ${source}`,
  period: (from: string, to: string) => `Periode: ${from}–${to}`,
  synthetic: 'Syntetiske demodata',
  failed: 'Bildet kunne ikke lages:',
};

type ExportMessages = typeof nb;

const en: ExportMessages = {
  tableCsv: 'Download the table (CSV)',
  chartPng: 'Download image (PNG)',
  chartSvg: 'Download vector image (SVG)',
  source: (source) => `Source: ${source}`,
  period: (from, to) => `Period: ${from}–${to}`,
  synthetic: 'Synthetic demo data',
  failed: 'The image could not be made:',
};

export const exportMessages: { nb: ExportMessages; en: ExportMessages } = { nb, en };
