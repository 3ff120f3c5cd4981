/** Texts of the indicator page (bokmål first; English has the same shape). */
const nb = {};

export const indicatorPageMessages: { nb: typeof nb; en: typeof nb } = { nb, en: {} };
