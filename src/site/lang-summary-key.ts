// The fingerprint key lang-missing gives a Markdown or fragment post that declares no language:
// a run (src/site/lang-summary.ts) gathers these into one finding per site.
export const UNDECLARED_KEY = 'undeclared';
