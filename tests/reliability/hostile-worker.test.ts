// A post that exhausts a worker does not cost the run its report (case 3 of issue 21): the worker
// ends alone (its heap is bounded), the post is checked again by itself with the native rules and
// says so, and every other post keeps its findings. Runs the built worker entry (dist/).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist/src/files/check-files.js');
const POST = '---\ntitle: Godziny otwarcia\nlang: pl\ndate: 2024-01-02\n---\n\n';

describe.skipIf(!existsSync(dist))('#3 a post that exhausts a worker', () => {
  // 24 posts go to the workers one by one; 96 in batches of 3, where the big post shares its
  // worker task with two small ones, which must be checked again, not lost with the worker.
  it.each([
    [24, 'one post per worker task'],
    [96, 'batches of posts per worker task'],
  ])(
    'is retried alone with the native rules; the run finishes with every other post checked (%i posts: %s)',
    async (count) => {
      const { checkFiles } = (await import(dist)) as typeof import('../../src/files/check-files.js');
      const dir = mkdtempSync(join(tmpdir(), 'content-a11y-oom-'));
      const files: string[] = [];
      for (let i = 0; i < count; i++) {
        files.push(join(dir, `p${i}.md`));
        writeFileSync(files.at(-1)!, `${POST}![](zdjecie-${i}.jpg)\n`);
      }
      // Inside every limit, but rendering 20,000 links for axe needs far more than a 64 MB heap.
      const links = Array.from({ length: 20_000 }, (_, i) => `[Wpis numer ${i}](https://example.com/${i})`);
      // In the middle of the run, between two small posts of its batch.
      files.splice(count / 2 + 1, 0, join(dir, 'big.md'));
      writeFileSync(join(dir, 'big.md'), `${POST}![](bez-opisu.jpg)\n\n${links.join('\n\n')}\n`);
      const result = await checkFiles(files, { cwd: dir, concurrency: 2, workerHeapMb: 64 });
      expect(result.files.map((f) => f.path)).toEqual(files.map((f) => f.slice(dir.length + 1)));
      const byPath = new Map(result.files.map((f) => [f.path, f.messages]));
      const big = byPath.get('big.md')!;
      expect(big.find((m) => m.ruleId === 'limit-exceeded')?.messageId).toBe('outOfMemory');
      expect(big.map((m) => m.ruleId)).toContain('img-alt-missing');
      for (let i = 0; i < count; i++) {
        expect(
          byPath.get(`p${i}.md`)?.map((m) => m.ruleId),
          `p${i}.md`,
        ).toEqual(['img-alt-missing']);
      }
    },
    300_000,
  );
});
