/** Texts of the register (bokmål first; English has the same shape). */
const nb = {};

export const registerMessages: { nb: typeof nb; en: typeof nb } = { nb, en: {} };
