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

/** One entry of a chart's key: its sample of line or marker, and the words that name it. */
export interface LegendEntry {
  swatch: SVGSVGElement | null;
  label: string;
}

/**
 * The key drawn in HTML beside a chart (each list item a small SVG sample and its words), read
 * so an exported image can carry it: without it the image's lines and markers are unexplained.
 */
export function legendEntries(list: HTMLElement): LegendEntry[] {
  return [...list.querySelectorAll('li')].map((item) => ({
    swatch: item.querySelector('svg'),
    label: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LINE = 20;
const PAD = 16;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** An SVG element copied to (x, y) of the image, at the given size. */
function placed(element: SVGSVGElement, x: number, y: number, w: number, h: number): string {
  const copy = element.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  return new XMLSerializer().serializeToString(copy);
}

/**
 * A text's width at the legend's size, as this browser draws it; a generous estimate where no
 * canvas can measure. Widened by a tenth, so a viewer with a wider font does not overlap entries.
 */
function textWidth(): (text: string) => number {
  const context =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context !== null) context.font = `13px ${FONT}`;
  return (text) => (context === null ? text.length * 7.5 : context.measureText(text).width) * 1.1;
}

/** The key's entries flowed in rows across the image's width: the SVG, and the rows' height. */
function legendRows(entries: readonly LegendEntry[], top: number, width: number) {
  const measure = textWidth();
  const parts: string[] = [];
  let x = PAD;
  let row = 0;
  for (const { swatch, label } of entries) {
    const swatchWidth = swatch === null ? 0 : Number(swatch.getAttribute('width')) || 24;
    const swatchHeight = swatch === null ? 0 : Number(swatch.getAttribute('height')) || 14;
    const entryWidth = swatchWidth + (swatch === null ? 0 : 6) + measure(label);
    if (x > PAD && x + entryWidth > width - PAD) {
      x = PAD;
      row += 1;
    }
    const y = top + row * LINE;
    if (swatch !== null) {
      // Centred on the text's middle, which sits about 9.5 px below the row's top at 13 px.
      parts.push(placed(swatch, x, y + 9.5 - swatchHeight / 2, swatchWidth, swatchHeight));
    }
    const textX = x + swatchWidth + (swatch === null ? 0 : 6);
    parts.push(
      `<text x="${textX}" y="${y + 13}" font-size="13" fill="#1a1a1a">${escapeXml(label)}</text>`,
    );
    x += entryWidth + 20;
  }
  return { svg: parts.join(''), height: entries.length === 0 ? 0 : (row + 1) * LINE + 8 };
}

/** The chart's SVG framed with its labels (and its key, if any), as a standalone SVG document. */
export function framedSvg(
  chart: SVGSVGElement,
  labels: ChartLabels,
  legend: readonly LegendEntry[] = [],
): string {
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width) || Number(chart.getAttribute('width')) || 800;
  const height = Math.ceil(box.height) || Number(chart.getAttribute('height')) || 400;
  const top = PAD + LINE + 8;
  const key = legendRows(legend, top + height + 8, width);
  const below = top + height + key.height + PAD;
  const total = below + labels.footer.length * LINE;
  const footer = labels.footer
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${below + i * LINE}" font-size="13" fill="#4d4d4d">${escapeXml(line)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${FONT}'>`,
    `<title>${escapeXml(labels.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 14}" font-size="16" font-weight="600" fill="#1a1a1a">${escapeXml(labels.title)}</text>`,
    placed(chart, 0, top, width, height),
    key.svg,
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
