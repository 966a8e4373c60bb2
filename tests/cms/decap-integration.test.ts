// The Decap integration against a fake CMS object (the real Decap is driven by
// tests/e2e/decap.e2e.ts): which events it gates, and that it finds what check() finds. Its
// handlers are async: the browser's check() loads the parts of the checker an entry needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { PublishBlockedError } from '../../src/host/publish-gate.js';

// The integration is plain JavaScript: its module is typed loosely here.
// biome-ignore lint/suspicious/noExplicitAny: results of plain-JavaScript functions
type Any = any;
const load = (): Promise<Any> => import('../../integrations/decap/content-a11y-decap.js' as string);
const seed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/cms/seed.decap.json'), 'utf8'),
);
/** A Decap entry: an Immutable Map whose `data` is another. */
const entry = (data: object) => ({
  get: (key: string) => (key === 'data' ? { toJS: () => data } : undefined),
});
const rules = (messages: Array<{ ruleId: string; line: number }>) =>
  messages.map((m) => `${m.line} ${m.ruleId}`);

function fakeCms() {
  const listeners: Array<{ name: string; handler: (args: object) => unknown }> = [];
  return { listeners, registerEventListener: (l: (typeof listeners)[number]) => listeners.push(l) };
}

describe('integrations/decap', () => {
  it('gates prePublish and preSave in the simple publish mode, and refuses the seed entry', async () => {
    const { register, checkEntry } = await load();
    const cms = fakeCms();
    register(cms);
    expect(cms.listeners.map((l) => l.name)).toEqual(['prePublish', 'preSave']);
    for (const { handler } of cms.listeners) {
      await expect(handler({ entry: entry(seed.data) })).rejects.toThrow(PublishBlockedError);
      await expect(handler({ entry: entry(seed.data) })).rejects.toThrow(
        /^Publikacja wstrzymana[\s\S]*\[date-missing\]/,
      );
    }
    expect(rules((await checkEntry(entry(seed.data))).messages)).toEqual(
      rules(checkSync({ content: seed }).messages),
    );
    // Fixed: the handler lets the save through and leaves the entry's data as it is.
    const fixed = { ...seed.data, date: '2021-04-29' };
    for (const { handler } of cms.listeners) expect(await handler({ entry: entry(fixed) })).toBeUndefined();
  });

  it('says why in Decap’s notification, also for a field the entry lacks', async () => {
    const { createGate } = await load();
    // Decap leaves an empty optional field out of the entry's data.
    const { date: _unset, ...data } = seed.data;
    const error = await createGate()({ entry: entry(data) }).then(
      () => undefined,
      (e: Error) => e,
    );
    // Decap's notification shows String(error): the summary, not the class name.
    expect(String(error)).toMatch(/^Publikacja wstrzymana/);
    expect(error!.message).toContain('\n• Wpis nie ma daty publikacji');
    expect(error!.message).toContain('\n• data.title: Tytuł zawiera datę „28.04- 29.04.2021 r.”');
    expect(error!.message).not.toContain('• :');
  });

  it('keeps drafts saveable in the editorial workflow: only publishing is gated', async () => {
    const { register } = await load();
    const cms = fakeCms();
    register(cms, { editorialWorkflow: true });
    expect(cms.listeners.map((l) => l.name)).toEqual(['prePublish']);
  });

  it('takes the message language and the blocking level from its options', async () => {
    const { createGate } = await load();
    const fixed = { ...seed.data, date: '2021-04-29' };
    // Warnings only (the title's date): blocked when warnings block, in English when asked.
    expect(await createGate()({ entry: entry(fixed) })).toBeUndefined();
    await expect(createGate({ blockOn: 'warning', locale: 'en' })({ entry: entry(fixed) })).rejects.toThrow(
      /^Publishing blocked by accessibility problems: 0 errors and \d warnings\./,
    );
  });
});
