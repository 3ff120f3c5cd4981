import { type ComponentType, createContext, useContext } from 'react';

/**
 * What a page shows for an address that names nothing (an unknown organisation or indicator). The
 * shell provides it — the overview with a notice — so a feature can show it without importing
 * another feature.
 */
export const NotFoundView = createContext<ComponentType>(() => null);

/** The shell's not-found view, in place of a page whose address names nothing. */
export function NotFound() {
  const View = useContext(NotFoundView);
  return <View />;
}
