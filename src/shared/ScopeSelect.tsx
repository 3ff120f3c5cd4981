import { useId } from 'react';
import { useLocale } from '../i18n/locale';
import { organisations } from '../session/reference';
import { useAppSearch, useUpdateSearch } from '../url-state/hooks';
import type { AppSearch, ScopeKey } from '../url-state/search';
import { SCOPE_GROUPS, scopeLabel } from './scope-options';

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
        {/* A link may name an organisation outside the groups (the RHF): show what the page shows. */}
        {!SCOPE_GROUPS.some((group) => group.keys.includes(scope)) && (
          <option value={scope}>{scopeLabel(scope, t)}</option>
        )}
        {SCOPE_GROUPS.map((group) => (
          <optgroup
            key={group.trust ?? ''}
            label={
              group.trust === null
                ? t.scope.groups
                : t.scope.organisationsOf(
                    organisations.find((o) => o.code === group.trust)?.name ?? group.trust,
                  )
            }
          >
            {group.keys.map((key) => (
              <option key={key} value={key}>
                {scopeLabel(key, t)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
