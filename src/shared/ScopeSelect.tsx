import { useId } from 'react';
import { useLocale } from '../i18n/locale';
import { useNationalRegister } from '../session/national-register-loader';
import { useAppSearch, useUpdateSearch } from '../url-state/hooks';
import type { AppSearch, ScopeKey } from '../url-state/search';
import { nationalScopeGroups, SCOPE_GROUPS, scopeLabel } from './scope-options';

/** Picks the scope in the URL; `clears` names choices of the page that a new scope replaces. */
export function ScopeSelect({ clears = [] }: { clears?: readonly (keyof AppSearch)[] }) {
  const { t } = useLocale();
  const id = useId();
  const { scope } = useAppSearch();
  const update = useUpdateSearch();
  // The country's scopes join the list when the register is in (it comes with the engine).
  const register = useNationalRegister();
  const groups =
    register === undefined ? SCOPE_GROUPS : [...SCOPE_GROUPS, ...nationalScopeGroups(register)];
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
        {!groups.some((group) => group.keys.includes(scope)) && (
          <option value={scope}>{scopeLabel(scope, t)}</option>
        )}
        {groups.map((group) => (
          <optgroup key={group.id} label={group.label(t)}>
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
