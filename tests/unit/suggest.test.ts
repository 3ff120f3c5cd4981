import { describe, expect, it } from 'vitest';
import {
  readCatalogue,
  readCodeMap,
  readNationalRegister,
  readOrganisations,
} from '../../scripts/datasets-on-disk';
import { editDistance, suggestIndicator, suggestOrganisation } from '../../src/domain/suggest';

const organisations = readOrganisations();
const codeMap = readCodeMap();
const indicators = readCatalogue().indicators;

describe('suggestions for unknown codes', () => {
  it.each([
    ['1502', { kind: 'old_code', targets: ['1506'] }],
    ['Trondheim', { kind: 'organisation', code: '5001', name: 'Trondheim', because: 'name' }],
    [
      'trondheim kommune',
      { kind: 'organisation', code: '5001', name: 'Trondheim', because: 'name' },
    ],
    [
      'Trondhjem',
      { kind: 'organisation', code: '5001', name: 'Trondheim', because: 'similar_name' },
    ],
    ['9999', null],
    ['xyz', null],
  ])('organisation %s', (value, expected) => {
    expect(suggestOrganisation(value, organisations, new Map(codeMap))).toEqual(expected);
  });

  // What the upload asks with: the whole country. Names the register knows never get here (the
  // import resolves them); what is left is suggested only where one is likely.
  const register = readNationalRegister();
  it.each([
    ['Trondhjem', '5001'],
    ['Bergn', '4601'],
    ['Sogn og Fjordane', null],
    ['Hordaland', null],
    ['Herøy', null],
    ['1', null],
  ])('over the national register: organisation %s', (value, code) => {
    const suggestion = suggestOrganisation(value, register.organisations, register.codeMap);
    expect(suggestion?.kind === 'organisation' ? suggestion.code : null).toBe(code);
  });

  it.each([
    ['plo_melding_frist', { kind: 'indicator', id: 'plo_meldinger_frist', because: 'similar_id' }],
    ['completely_unrelated_name', null],
  ])('indicator %s', (value, expected) => {
    expect(suggestIndicator(value, indicators)).toEqual(expected);
  });

  it('suggests an indicator written by its Norwegian name', () => {
    const indicator = indicators[0];
    expect(suggestIndicator(indicator?.name_nb ?? '', indicators)).toMatchObject({
      id: indicator?.id,
      because: 'name',
    });
  });

  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['trondheim', 'trondhjem', 2],
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
