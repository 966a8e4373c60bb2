// examples/ run against a fake of their host (a Strapi lifecycle event), and must give the same
// findings as calling check() on the record directly. The WordPress plugin and the Decap
// integration (integrations/) have their own tests, and end-to-end runs in the real editors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';

// The examples are plain JavaScript: their modules are typed loosely here.
// biome-ignore lint/suspicious/noExplicitAny: results of plain-JavaScript functions
type Any = any;
const EXAMPLES = {
  'strapi/lifecycles.js': () => import('../../examples/strapi/lifecycles.js' as string),
};
const load = (path: keyof typeof EXAMPLES): Promise<Any> => EXAMPLES[path]();
const dir = join(import.meta.dirname, '../../fixtures/cms');
const seed = (kind: string) => JSON.parse(readFileSync(join(dir, `seed.${kind}.json`), 'utf8'));

describe('examples/strapi', () => {
  class ApplicationError extends Error {
    constructor(
      message: string,
      readonly details: { findings: Array<{ ruleId: string }> },
    ) {
      super(message);
    }
  }

  it('throws an ApplicationError on publish, with the findings check() gives', async () => {
    const { createLifecycles } = await load('strapi/lifecycles.js');
    const asked: unknown[] = [];
    const hooks = createLifecycles({
      ApplicationError,
      findMedia: async (id: number) => {
        asked.push(id);
        return { alternativeText: 'Widok planszy tytułowej', url: '/uploads/plansza.png' };
      },
    });
    const generic = seed('generic');
    const data = { ...generic, cover: 12, publishedAt: '2021-04-29T08:00:00.000Z' };
    const error = await hooks.beforeUpdate({ params: { data } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationError);
    expect((error as ApplicationError).message).toMatch(/^Publikacja wstrzymana/);
    const direct = checkSync({ content: data, resolveAsset: () => ({ alt: 'Widok planszy tytułowej' }) });
    expect((error as ApplicationError).details.findings.map((f) => f.ruleId)).toEqual(
      direct.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId),
    );
    expect(asked).toEqual([12]);
    await expect(
      hooks.beforeCreate({ params: { data: { ...data, publishedAt: null } } }),
    ).resolves.toBeUndefined();
    const fine = { ...data, date: '2021-04-29' };
    await expect(createLifecycles().beforeCreate({ params: { data: fine } })).resolves.toBeUndefined();
  });
});
