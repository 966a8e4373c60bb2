/** The text of src/lang/language-codes.ts as generated from the installed iso-639-3 now. */
export function languageCodesSource(): string;
