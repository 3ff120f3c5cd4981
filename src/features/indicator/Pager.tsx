import { useLocale } from '../../i18n/locale';

interface PagerProps {
  /** The page shown, counted from the newest (0). */
  page: number;
  pages: number;
  onPage(page: number): void;
  /** What the page shows, e.g. "Viser jan. 2024–des. 2025 (24 av 84 perioder)". */
  status: string;
}

/**
 * Older/newer buttons for a table paged from its newest rows. A button at the end of the list is
 * aria-disabled rather than disabled, so keyboard focus stays on it instead of falling to the page.
 */
export function Pager({ page, pages, onPage, status }: PagerProps) {
  const { t } = useLocale();
  const labels = t.indicatorPage.table;
  if (pages <= 1) return null;
  const button = (label: string, target: number, enabled: boolean) => (
    <button
      type="button"
      aria-disabled={!enabled}
      onClick={() => {
        if (enabled) onPage(target);
      }}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="pager">
      <legend className="visually-hidden">{labels.pager}</legend>
      {button(labels.oldest, pages - 1, page < pages - 1)}
      {button(labels.older, page + 1, page < pages - 1)}
      <output className="pager__status" aria-live="polite">
        {status}
      </output>
      {button(labels.newer, page - 1, page > 0)}
      {button(labels.newest, 0, page > 0)}
    </fieldset>
  );
}
