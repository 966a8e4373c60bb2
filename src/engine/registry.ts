// Which rules exist: the built-in ones (rules/index.ts) and those of configured plugins. The one
// place that knows the registry; everything else asks the resolved config's registry (or, with no
// config at hand, the built-in one).
import { allRules } from '../../rules/index.js';
import { ConfigError } from '../errors.js';
import { type AnyRule, isEngineRule, type Rule } from './rule.js';
import { type ContractOptions, ruleContractProblems } from './rule-contract.js';

/** A plugin module's default export: `{ name, rules: [defineRule(…)] }`. Its rules run as
 * `<name>/<rule id>`, with the same metadata contract, directives and docs as the built-in ones. */
export interface Plugin {
  name: string;
  rules: Rule[];
}

const PLUGIN_NAME = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
const BUILTIN_CONTRACT: ContractOptions = { languages: ['en', 'pl'] };
const PLUGIN_CONTRACT: ContractOptions = { languages: ['en'] };

export class RuleRegistry {
  readonly rules: readonly AnyRule[];
  private readonly byId: ReadonlyMap<string, AnyRule>;

  constructor(rules: readonly AnyRule[]) {
    this.rules = rules;
    this.byId = new Map(rules.map((r) => [r.id, r]));
  }

  get(id: string): AnyRule | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The rules that check posts (not the engine's own parse-error, rule-error, limit-exceeded). */
  get checkRules(): Rule[] {
    return this.rules.filter((r): r is Rule => !isEngineRule(r));
  }

  /** The built-in rules plus each plugin's, prefixed with the plugin's name. */
  withPlugins(plugins: readonly unknown[]): RuleRegistry {
    if (plugins.length === 0) return this;
    const rules = [...this.rules];
    const names = new Set<string>();
    for (const plugin of plugins) {
      const { name, rules: own } = checkPlugin(plugin);
      if (names.has(name)) throw new ConfigError(`The plugin "${name}" is configured twice.`);
      names.add(name);
      for (const rule of own) {
        const problems = ruleContractProblems(rule, PLUGIN_CONTRACT);
        if (problems.length > 0) {
          throw new ConfigError(`The plugin "${name}" has a rule that cannot be used: ${problems.join(' ')}`);
        }
        rules.push({ ...rule, id: `${name}/${rule.id}`, plugin: name } as Rule);
      }
    }
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new ConfigError(`Two rules are named "${rule.id}".`);
      ids.add(rule.id);
    }
    return new RuleRegistry(rules);
  }
}

function checkPlugin(plugin: unknown): Plugin {
  const p = plugin as Partial<Plugin> | null;
  if (!p || typeof p !== 'object') {
    throw new ConfigError('A plugin must be an object { name, rules } (the default export of its module).');
  }
  if (typeof p.name !== 'string' || !PLUGIN_NAME.test(p.name)) {
    throw new ConfigError(
      `A plugin needs a lowercase name such as "acme" (got ${JSON.stringify(p.name)}); its rules are named "<name>/<rule id>".`,
    );
  }
  if (!Array.isArray(p.rules) || p.rules.some((r) => !r || typeof r !== 'object')) {
    throw new ConfigError(`The plugin "${p.name}" must export rules: an array of defineRule(…) results.`);
  }
  return p as Plugin;
}

let builtin: RuleRegistry | undefined;

/** The rules content-a11y ships, checked against the contract by the test suite. */
export function builtinRegistry(): RuleRegistry {
  builtin ??= new RuleRegistry(allRules);
  return builtin;
}

export { BUILTIN_CONTRACT };
