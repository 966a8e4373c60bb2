// `--format json`: exactly the contract in DESIGN.md, paths relative to the current directory.
import type { Formatter } from './types.js';

const json: Formatter = (files, summary) => `${JSON.stringify({ files, summary }, null, 2)}\n`;
export default json;
