import { describe, expect, it } from 'vitest';
import { splitOfficialName } from '../../scripts/reference/area-names';
import { checkAgainstVersion, codeLifetimes } from '../../scripts/reference/code-history';
import { mapToCurrentCodes } from '../../scripts/reference/code-mapping';
import { checkAgainstFhiSplits } from '../../scripts/reference/fhi-split-check';
import { decodeMixedUtf8AndLatin1 } from '../../scripts/reference/mixed-encoding';
import { readPopulation } from '../../scripts/reference/read-fhi-population';
import { readFhiSplits } from '../../scripts/reference/read-fhi-splits';
import type { CodeChange } from '../../scripts/reference/read-klass';
import { readCatchments } from '../../scripts/reference/read-skde-catchments';

/**
 * The build's pieces on small made-up inputs, so each rule fails on its own: the committed
 * register itself is checked in national-register.test.ts.
 */

const change = (oldCode: string, newCode: string, date: string): CodeChange => ({
  oldCode,
  oldName: `old ${oldCode}`,
  newCode,
  newName: `new ${newCode}`,
  date,
});

/**
 * 0101 renumbered twice; 0102 split in two; 0104 merged into 0205, which carries on (its own
 * row both times); 0105 ended before the cut-off and is out of scope.
 */
const CHANGES = [
  change('0105', '0205', '2016-01-01'),
  change('0205', '0205', '2016-01-01'),
  change('0101', '0201', '2018-01-01'),
  change('0201', '0301', '2020-01-01'),
  change('0102', '0202', '2020-01-01'),
  change('0102', '0203', '2020-01-01'),
  change('0104', '0205', '2020-01-01'),
  change('0205', '0205', '2020-01-01'),
];
const TODAY = ['0202', '0203', '0205', '0301'].map((code) => ({ code, name: `today ${code}` }));
const POPULATION = new Map([
  ['0202', 300],
  ['0203', 100],
  ['0205', 50],
  ['0301', 10],
]);

describe('codeLifetimes', () => {
  const lifetimes = codeLifetimes(CHANGES, TODAY, '2017-01-01');
  const life = (code: string) => lifetimes.find((l) => l.code === code);

  it('keeps codes that ended on or after the cut-off, and today’s', () => {
    expect(lifetimes.map((l) => l.code)).toEqual([
      '0101',
      '0102',
      '0104',
      '0201',
      '0202',
      '0203',
      '0205',
      '0301',
    ]);
  });

  it('dates a code from the change that created it, not from one it carried on through', () => {
    expect(life('0101')).toMatchObject({
      validFrom: null,
      validTo: '2018-01-01',
      successors: ['0201'],
    });
    expect(life('0201')).toMatchObject({ validFrom: '2018-01-01', validTo: '2020-01-01' });
    expect(life('0205')).toMatchObject({ validFrom: null, validTo: null, name: 'today 0205' });
    expect(life('0102')?.successors).toEqual(['0202', '0203']);
  });

  it('agrees with a version that lists the same codes, and fails on one that does not', () => {
    const version2019 = ['0201', '0102', '0104', '0205'].map((code) => ({ code, name: code }));
    expect(() => checkAgainstVersion(lifetimes, version2019, '2019-01-01')).not.toThrow();
    expect(() => checkAgainstVersion(lifetimes, version2019.slice(1), '2019-01-01')).toThrow(
      /0201/,
    );
  });

  it('refuses a current code that the change table ended', () => {
    expect(() =>
      codeLifetimes(CHANGES, [...TODAY, { code: '0104', name: 'x' }], '2017-01-01'),
    ).toThrow(/0104/);
  });
});

describe('mapToCurrentCodes', () => {
  const mapping = mapToCurrentCodes(codeLifetimes(CHANGES, TODAY, '2017-01-01'), POPULATION);

  it('follows a chain of renumberings to today’s code with weight 1', () => {
    expect(mapping.get('0101')).toEqual([
      { code: '0301', weight: 1, bySplit: false, paths: [['0101', '0201', '0301']] },
    ]);
  });

  it('shares a split by the successors’ populations', () => {
    expect(mapping.get('0102')).toEqual([
      { code: '0202', weight: 0.75, bySplit: true, paths: [['0102', '0202']] },
      { code: '0203', weight: 0.25, bySplit: true, paths: [['0102', '0203']] },
    ]);
  });

  it('maps a merged code whole, and today’s codes to themselves', () => {
    expect(mapping.get('0104')).toMatchObject([{ code: '0205', weight: 1, bySplit: false }]);
    expect(mapping.get('0205')).toMatchObject([{ code: '0205', weight: 1 }]);
  });

  it('fails when a split has no population to weight it', () => {
    const lifetimes = codeLifetimes(CHANGES, TODAY, '2017-01-01');
    expect(() => mapToCurrentCodes(lifetimes, new Map([['0202', 1]]))).toThrow(/0203/);
  });

  it('is checked against FHI’s successors of a split', () => {
    const fhi = (code: string) => ({
      code,
      name: '',
      previousCode: '0102',
      previousName: '',
      year: '2020',
    });
    expect(() => checkAgainstFhiSplits(mapping, [fhi('0202'), fhi('0203')])).not.toThrow();
    expect(() => checkAgainstFhiSplits(mapping, [fhi('0202')])).toThrow(/0102/);
  });
});

describe('splitOfficialName', () => {
  it('splits on " - " and finds the Norwegian form wherever it stands', () => {
    expect(splitOfficialName('Snåase - Snåsa', 'Snåsa')).toEqual({
      norwegian: 'Snåsa',
      others: ['Snåase'],
    });
    expect(splitOfficialName('Storfjord - Omasvuotna - Omasvuono', 'Storfjord')).toEqual({
      norwegian: 'Storfjord',
      others: ['Omasvuotna', 'Omasvuono'],
    });
  });

  it('leaves a hyphenated single name whole', () => {
    expect(splitOfficialName('Sør-Varanger', undefined)).toEqual({
      norwegian: 'Sør-Varanger',
      others: [],
    });
  });

  it('refuses to guess which form is Norwegian', () => {
    expect(() => splitOfficialName('Trondheim - Tråante', undefined)).toThrow(/Norwegian/);
    expect(() => splitOfficialName('Trondheim - Tråante', 'Trondhjem')).toThrow(/Norwegian/);
  });
});

describe('decodeMixedUtf8AndLatin1', () => {
  it('reads UTF-8 and Latin-1 in the same line, character by character', () => {
    // FHI's second row: Latin-1 ø and á, then a UTF-8 no-break space.
    const bytes = Uint8Array.from([
      ...Buffer.from('1875,Hamar', 'latin1'),
      0xf8,
      ...Buffer.from('y - H', 'latin1'),
      0xe1,
      ...Buffer.from('bmer,1850,', 'latin1'),
      0xc2,
      0xa0,
      ...Buffer.from('Divtasvuodna', 'latin1'),
    ]);
    expect(decodeMixedUtf8AndLatin1(bytes)).toBe('1875,Hamarøy - Hábmer,1850,\u00a0Divtasvuodna');
  });

  it('reads a lone or cut-off lead byte as one Latin-1 letter', () => {
    expect(decodeMixedUtf8AndLatin1(Uint8Array.from([0x41, 0xc3]))).toBe('AÃ');
    expect(decodeMixedUtf8AndLatin1(Uint8Array.from([0xc3, 0x41]))).toBe('ÃA');
    expect(decodeMixedUtf8AndLatin1(Buffer.from('Tråante', 'utf8'))).toBe('Tråante');
  });
});

describe('the readers', () => {
  it('FHI splits: decoded and without the no-break space', () => {
    const text =
      'code,name,prev,prevName,year\n1875,Hamar\xf8y - H\xe1bmer,1850,\u00a0Tysfjord,2020\n';
    const bytes = Uint8Array.from(
      [...text].flatMap((char) => (char === '\u00a0' ? [0xc2, 0xa0] : [char.charCodeAt(0)])),
    );
    expect(readFhiSplits(bytes)).toEqual([
      {
        code: '1875',
        name: 'Hamarøy - Hábmer',
        previousCode: '1850',
        previousName: 'Tysfjord',
        year: '2020',
      },
    ]);
  });

  it('FHI population: restores the leading zeros by level', () => {
    const rows = readPopulation(
      'GEO;WEIGHTS;GEOniv\n301;709037;K\n1580;9407;k\n3;709037;F\n30101;61756;B\n0;5488984;L\n',
    );
    expect(rows.map((row) => [row.code, row.level])).toEqual([
      ['0301', 'municipality'],
      ['1580', 'municipality'],
      ['03', 'county'],
      ['030101', 'district'],
      ['0', 'nation'],
    ]);
    expect(() => readPopulation('GEO;WEIGHTS;GEOniv\n30101;1;K\n')).toThrow(/too long/);
  });

  it('SKDE catchments: data rows of the HTML table, header row skipped', () => {
    const markdown = [
      '---\ntitle: x\n---\n<table>',
      '<tr>\n<th>Kortnamn</th>\n<th>Kommunar</th>\n</tr>',
      '<TR><TD>St. Olavs</TD> <TD> 5001 Trondheim, 5055 Heim</TD> </TR>',
      '<TR><TD>OUS</TD> <TD> 030103 Sagene, 030199 Uoppgitt</TD> </TR>',
      '</table>',
    ].join('\n');
    expect(readCatchments(markdown)).toEqual([
      {
        name: 'St. Olavs',
        members: [
          { code: '5001', name: 'Trondheim' },
          { code: '5055', name: 'Heim' },
        ],
      },
      {
        name: 'OUS',
        members: [
          { code: '030103', name: 'Sagene' },
          { code: '030199', name: 'Uoppgitt' },
        ],
      },
    ]);
    expect(() => readCatchments('<TR><TD>X</TD><TD>Trondheim</TD></TR>')).toThrow(/code name/);
  });
});
