/**
 * The 15 counties of 2024. KLASS 131 lists municipalities only, so the county names are written
 * here by hand, as Kartverket's county division of 2024 writes them (its `fylkesnavn`; see
 * datasets/reference/sources/README.md). The build checks the codes against the municipalities'
 * first two digits and FHI's county rows, so a missing or extra county fails it.
 */
export interface County {
  code: string;
  /** The full official name, Sámi and Kven forms included. */
  name: string;
  /** Which part of `name` is the Norwegian form. */
  norwegianName: string;
}

export const COUNTIES_2024: readonly County[] = [
  { code: '03', name: 'Oslo', norwegianName: 'Oslo' },
  { code: '11', name: 'Rogaland', norwegianName: 'Rogaland' },
  { code: '15', name: 'Møre og Romsdal', norwegianName: 'Møre og Romsdal' },
  { code: '18', name: 'Nordland - Nordlánnda', norwegianName: 'Nordland' },
  { code: '31', name: 'Østfold', norwegianName: 'Østfold' },
  { code: '32', name: 'Akershus', norwegianName: 'Akershus' },
  { code: '33', name: 'Buskerud', norwegianName: 'Buskerud' },
  { code: '34', name: 'Innlandet', norwegianName: 'Innlandet' },
  { code: '39', name: 'Vestfold', norwegianName: 'Vestfold' },
  { code: '40', name: 'Telemark', norwegianName: 'Telemark' },
  { code: '42', name: 'Agder', norwegianName: 'Agder' },
  { code: '46', name: 'Vestland', norwegianName: 'Vestland' },
  { code: '50', name: 'Trøndelag - Trööndelage', norwegianName: 'Trøndelag' },
  { code: '55', name: 'Troms - Romsa - Tromssa', norwegianName: 'Troms' },
  { code: '56', name: 'Finnmark - Finnmárku - Finmarkku', norwegianName: 'Finnmark' },
];
