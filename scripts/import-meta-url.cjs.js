// Injected by scripts/bundle-cli.mjs into the CommonJS bundle, where import.meta does not exist:
// the code finds the files beside it (the worker entry, package.json) through import.meta.url.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
