/**
 * SSB writes a place with several official names as one string, the forms joined by ` - `
 * (`Trondheim - Tråante`, `Gáivuotna - Kåfjord - Kaivuono`); the Norwegian form is not always
 * first. A hyphen without spaces belongs to one name (`Sør-Varanger`).
 */
const FORM_SEPARATOR = ' - ';

/** At most two forms besides the Norwegian one: the register has two columns for them. */
const MAX_OTHER_FORMS = 2;

export interface NameForms {
  norwegian: string;
  /** The Sámi and Kven forms, in SSB's order. */
  others: string[];
}

/**
 * Splits an official name. For a name with several forms `norwegian` must be one of them: the
 * string alone cannot tell which form is Norwegian.
 */
export function splitOfficialName(official: string, norwegian: string | undefined): NameForms {
  const forms = official.split(FORM_SEPARATOR);
  if (forms.length === 1) return { norwegian: official, others: [] };
  if (norwegian === undefined || !forms.includes(norwegian)) {
    throw new Error(`"${official}": cannot tell which form is Norwegian (given "${norwegian}")`);
  }
  const others = forms.filter((form) => form !== norwegian);
  if (others.length > MAX_OTHER_FORMS) throw new Error(`"${official}" has too many forms`);
  return { norwegian, others };
}
