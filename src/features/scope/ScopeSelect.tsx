import { useId } from 'react';
import { useLocale } from '../../i18n/locale';
import { useAppSearch, useUpdateSearch } from '../../url-state/hooks';
import type { AppSearch, ScopeKey } from '../../url-state/search';
import { scopeKeys, scopeLabel } from './scope-options';

/** Picks the scope in the URL; `clears` names choices of the page that a new scope replaces. */
export function ScopeSelect({ clears = [] }: { clears?: readonly (keyof AppSearch)[] }) {
  const { t } = useLocale();
  const id = useId();
  const { scope } = useAppSearch();
  const update = useUpdateSearch();
  return (
    <>
      <label htmlFor={id}>{t.scope.label}</label>
      <select
        id={id}
        value={scope}
        onChange={(event) =>
          update({
            scope: event.target.value as ScopeKey,
            ...Object.fromEntries(clears.map((key) => [key, undefined])),
          })
        }
      >
        {scopeKeys(scope).map((key) => (
          <option key={key} value={key}>
            {scopeLabel(key, t)}
          </option>
        ))}
      </select>
    </>
  );
}
