/** Texts of the organisation (bokmål first; English has the same shape). */
const nb = {};

export const organisationMessages: { nb: typeof nb; en: typeof nb } = { nb, en: {} };
