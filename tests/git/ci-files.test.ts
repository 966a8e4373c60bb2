import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');

describe('files for hook tools and CI', () => {
  it('.pre-commit-hooks.yaml runs check on Markdown and HTML files with node', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'content-a11y',
        entry: 'content-a11y check',
        language: 'node',
        types_or: ['markdown', 'html'],
      }),
    ]);
  });

  it('action.yml is a composite action whose script is valid bash and asks for annotations', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s: { run?: string }) => s.run);
    expect(step.shell).toBe('bash');
    expect(step.run).toContain('--format github');
    // Inputs reach the script through the environment only.
    expect(step.run).not.toMatch(/\$\{\{/);
    execFileSync('bash', ['-n', '-c', step.run]);
  });
});
