import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Formatters, formatters } from './format';
import { type Locale, MESSAGES, type Messages } from './messages';

interface LocaleValue {
  locale: Locale;
  t: Messages;
  format: Formatters;
}

const LocaleContext = createContext<LocaleValue | null>(null);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(
    () => ({ locale, t: MESSAGES[locale], format: formatters(locale) }),
    [locale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The active language's messages and Intl formatters. */
export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (value === null) throw new Error('useLocale outside LocaleProvider');
  return value;
}
