/**
 * A chart on screen as a file: Recharts draws SVG, so the SVG is copied, framed with the
 * chart's title above and its source and period below — an image passed around on its own must
 * say what it shows — and saved as SVG, or drawn on a canvas and saved as PNG. Everything
 * happens in the page: no request leaves it. The PNG is drawn from exactly the SVG text the SVG
 * export gives, so what one holds the other holds.
 */

export interface ChartLabels {
  title: string;
  /** Lines under the chart: source, period, a synthetic-data label. */
  footer: readonly string[];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LINE = 20;
const PAD = 16;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** The chart's SVG framed with its labels, as a standalone SVG document. */
export function framedSvg(chart: SVGSVGElement, labels: ChartLabels): string {
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width) || Number(chart.getAttribute('width')) || 800;
  const height = Math.ceil(box.height) || Number(chart.getAttribute('height')) || 400;
  const top = PAD + LINE + 8;
  const total = top + height + PAD + labels.footer.length * LINE;
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(top));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const inner = new XMLSerializer().serializeToString(copy);
  const footer = labels.footer
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${top + height + PAD + i * LINE}" font-size="13" fill="#4d4d4d">${escapeXml(line)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${FONT}'>`,
    `<title>${escapeXml(labels.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 14}" font-size="16" font-weight="600" fill="#1a1a1a">${escapeXml(labels.title)}</text>`,
    inner,
    footer,
    '</svg>',
  ].join('');
}

/** Draws an SVG document on a canvas at twice its size (sharp on high-density screens). */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title: letters, digits and dashes, Norwegian letters kept. */
export function fileNameOf(title: string): string {
  const name = title
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return name === '' ? 'diagram' : name;
}
