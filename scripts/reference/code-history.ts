import type { CodeChange, Municipality } from './read-klass';

/**
 * The life of each municipality code, read from SSB's change table: when it came into use, when
 * it went out of use and which codes it went to.
 */
export interface CodeLifetime {
  code: string;
  /** Its last name: today's for a code in use, else the name it had when it ended. */
  name: string;
  /** The first day it was used; null if that is before the change table starts (1972). */
  validFrom: string | null;
  /** The first day it was no longer used (exclusive, as KLASS's `validTo`); null = in use today. */
  validTo: string | null;
  /** The codes it went to on `validTo`: one for a renumbering or merge, several for a split. */
  successors: string[];
}

interface ChangeGroup {
  oldCode: string;
  oldName: string;
  date: string;
  newCodes: Set<string>;
}

/** The change table's rows for one old code on one date. */
function groupChanges(changes: readonly CodeChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = `${change.oldCode} ${change.date}`;
    const group = groups.get(key) ?? {
      oldCode: change.oldCode,
      oldName: change.oldName,
      date: change.date,
      newCodes: new Set<string>(),
    };
    group.newCodes.add(change.newCode);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Every code in use on the day before `since` or later: those that ended on or after `since`,
 * and today's. Starting the day before keeps the changes made on `since` itself (the 2017 split
 * of 0720 Stokke), which data for the year before still carries.
 */
export function codeLifetimes(
  changes: readonly CodeChange[],
  today: readonly Municipality[],
  since: string,
): CodeLifetime[] {
  const groups = groupChanges(changes);
  // A code that is an old code on a date carries on if it is also among that date's new codes.
  const ended = groups.filter((group) => !group.newCodes.has(group.oldCode));
  const oldCodesOn = new Map<string, Set<string>>();
  for (const group of groups) {
    const codes = oldCodesOn.get(group.date) ?? new Set<string>();
    codes.add(group.oldCode);
    oldCodesOn.set(group.date, codes);
  }
  const createdOn = new Map<string, string[]>();
  for (const change of changes) {
    if (oldCodesOn.get(change.date)?.has(change.newCode)) continue;
    createdOn.set(change.newCode, [...(createdOn.get(change.newCode) ?? []), change.date]);
  }
  const latestStart = (code: string, before: string | null) =>
    latestDate((createdOn.get(code) ?? []).filter((date) => before === null || date < before));

  const lifetimes = new Map<string, CodeLifetime>();
  const add = (lifetime: CodeLifetime) => {
    if (lifetimes.has(lifetime.code)) {
      throw new Error(
        `code ${lifetime.code} was used twice since ${since}; one life per code is assumed`,
      );
    }
    lifetimes.set(lifetime.code, lifetime);
  };
  for (const group of ended.filter((group) => group.date >= since)) {
    add({
      code: group.oldCode,
      name: group.oldName,
      validFrom: latestStart(group.oldCode, group.date),
      validTo: group.date,
      successors: [...group.newCodes].sort(),
    });
  }
  for (const municipality of today) {
    const lastEnd = latestDate(
      ended.filter((group) => group.oldCode === municipality.code).map((group) => group.date),
    );
    const start = latestStart(municipality.code, null);
    if (lastEnd !== null && (start === null || start < lastEnd)) {
      throw new Error(
        `${municipality.code} is in today's list but the change table ended it on ${lastEnd}`,
      );
    }
    add({
      code: municipality.code,
      name: municipality.name,
      validFrom: start,
      validTo: null,
      successors: [],
    });
  }
  return [...lifetimes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** ISO dates compare as strings. */
function latestDate(dates: readonly string[]): string | null {
  return dates.reduce<string | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
}

/**
 * Fails unless the codes the change table says were in use on `date` are exactly those of the
 * KLASS version valid from that date: a change missing from the table, or a code missing from a
 * version, shows here rather than as a wrong mapping.
 */
export function checkAgainstVersion(
  lifetimes: readonly CodeLifetime[],
  version: readonly Municipality[],
  date: string,
): void {
  const inUse = new Set(
    lifetimes
      .filter(
        (life) => (life.validFrom ?? '') <= date && (life.validTo === null || date < life.validTo),
      )
      .map((life) => life.code),
  );
  const listed = new Set(version.map((municipality) => municipality.code));
  const onlyInTable = [...inUse].filter((code) => !listed.has(code));
  const onlyInVersion = [...listed].filter((code) => !inUse.has(code));
  if (onlyInTable.length > 0 || onlyInVersion.length > 0) {
    throw new Error(
      `change table and the KLASS version of ${date} disagree: only in the table ${onlyInTable.join(', ') || '–'}; only in the version ${onlyInVersion.join(', ') || '–'}`,
    );
  }
}
