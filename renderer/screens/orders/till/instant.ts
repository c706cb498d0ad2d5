/** Till dialogs open without animation, so keys typed right after F3 or F4 land in the dialog's box. */
export const INSTANT = { duration: 0 } as const;
