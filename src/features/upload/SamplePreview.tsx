import { useLocale } from '../../i18n/locale';

/** The file's first rows under its header, so the analyst sees what each column holds. */
export function SamplePreview({ headers, sample }: { headers: string[]; sample: string[][] }) {
  const { t } = useLocale();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1).
    <section className="table-wide" aria-label={t.mapping.preview} tabIndex={0}>
      <table className="data-table">
        <caption>{t.mapping.preview}</caption>
        <thead>
          <tr>
            {headers.map((header, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
              <th key={i} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.slice(0, 5).map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional.
            <tr key={r}>
              {headers.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
