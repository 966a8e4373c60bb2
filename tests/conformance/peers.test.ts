// Agreement with the linters people already run: every case of ./peer-cases.ts through the whole
// engine (native rules + axe-core), compared with the peer's own verdict. Cases decided otherwise
// must be listed in ./peer-differences.ts with the reason, and a case we flag that the peer passes
// must be backed by another source that flags it — otherwise it is a false alarm, and there are none.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { PEER_CASES, PEER_RULES, type PeerCase } from './peer-cases.js';
import { PEER_DIFFERENCES } from './peer-differences.js';

const AGREEMENT_MIN = 0.95;
const keyOf = (c: PeerCase) => `${c.peer} / ${c.name}`;

function content(c: PeerCase): string {
  if (c.format === 'html') return `<p>Published on 28 April 2021.</p>\n${c.body}\n`;
  const frontMatter =
    c.frontMatter ?? (c.bare ? undefined : 'title: Library news\ndate: 2021-04-28\nlang: en');
  return frontMatter ? `---\n${frontMatter}\n---\n\n${c.body}` : c.body;
}

async function weFlag(c: PeerCase): Promise<{ flags: boolean; found: string[] }> {
  const { messages } = await check({
    content: content(c),
    path: c.format === 'html' ? 'case.html' : 'case.md',
    lang: 'en',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const ours: readonly string[] = PEER_RULES[c.peer];
  const found = messages.filter((m) => ours.includes(m.ruleId)).map((m) => `${m.line} ${m.ruleId}`);
  return { flags: found.length > 0, found };
}

describe("agreement with the peers' own test cases", () => {
  const outcomes: Array<{ c: PeerCase; agree: boolean; falseAlarm: boolean }> = [];

  it('case names are unique, and every listed difference is a case', () => {
    const keys = PEER_CASES.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of Object.keys(PEER_DIFFERENCES)) expect(keys, key).toContain(key);
  });

  for (const c of PEER_CASES) {
    const listed = PEER_DIFFERENCES[keyOf(c)];
    const name = `${keyOf(c)} (peer ${c.peerFlags ? 'flags' : 'passes'})${listed ? ` — differs: ${listed.reason}` : ''}`;
    it(name, async () => {
      const { flags, found } = await weFlag(c);
      const agree = flags === c.peerFlags;
      const falseAlarm = flags && !c.peerFlags && !listed?.backedBy;
      outcomes.push({ c, agree, falseAlarm });
      if (listed) {
        expect(agree, 'now decided as the peer does: delete its entry in peer-differences.ts').toBe(false);
        if (flags)
          expect(listed.backedBy, 'we flag what the peer passes: name who else flags it').toBeTruthy();
      } else {
        expect(flags, `our findings: ${found.join(', ') || 'none'}`).toBe(c.peerFlags);
      }
    });
  }

  it(`agrees on ${AGREEMENT_MIN * 100} % of the cases, with no false alarm`, () => {
    const byPeer = new Map<string, { total: number; agree: number }>();
    for (const o of outcomes) {
      const row = byPeer.get(o.c.peer) ?? { total: 0, agree: 0 };
      row.total++;
      if (o.agree) row.agree++;
      byPeer.set(o.c.peer, row);
    }
    const agree = outcomes.filter((o) => o.agree).length;
    console.info(
      [
        '| peer rule | cases | same verdict |',
        '|---|---|---|',
        ...[...byPeer].map(([peer, r]) => `| ${peer} | ${r.total} | ${r.agree} |`),
        `| all | ${outcomes.length} | ${agree} (${((100 * agree) / outcomes.length).toFixed(1)} %) |`,
      ].join('\n'),
    );
    expect(outcomes).toHaveLength(PEER_CASES.length);
    expect(outcomes.filter((o) => o.falseAlarm).map((o) => keyOf(o.c))).toEqual([]);
    expect(agree / outcomes.length).toBeGreaterThanOrEqual(AGREEMENT_MIN);
  });
});
