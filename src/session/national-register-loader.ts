import { useQuery } from '@tanstack/react-query';
import type { Organisation } from '../domain/organisations';
import type { NationalRegister } from '../domain/register';
import { organisations } from './reference';

/**
 * The whole country's register arrives in a chunk of its own (docs/national-register.md, «In the
 * app»). The page starts loading it with the engine, and the database is readied with it, so
 * every query the UI runs can count on it.
 */
let loaded: NationalRegister | null = null;
let loading: Promise<NationalRegister> | null = null;

export function loadNationalRegister(): Promise<NationalRegister> {
  loading ??= import('./national-register').then((module) => {
    loaded = module.nationalRegister;
    return loaded;
  });
  return loading;
}

/**
 * Every organisation known: the programme's first, then the rest of the country once the register
 * is in (which it is before the database is ready, so inside a query it always is).
 */
export const knownOrganisations = (): readonly Organisation[] =>
  loaded?.organisations ?? organisations;

/** The register for a component (names of counties and RHFs); undefined while it loads. */
export function useNationalRegister(): NationalRegister | undefined {
  return useQuery({
    queryKey: ['national-register'],
    queryFn: loadNationalRegister,
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}
