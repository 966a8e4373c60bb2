// The floor as a whole process: read every post of the corpus and `remark().parse()` it, in one
// thread, so the CLI's whole-process wall and CPU time can be compared with it like for like.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';

const parser = unified().use(remarkParse);
for (const file of globSync('**/*.md', { cwd: process.argv[2], absolute: true })) {
  parser.parse(readFileSync(file, 'utf8'));
}
