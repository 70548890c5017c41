/**
 * Meta-tests of the rule and code registries (house style §6, after ESLint's and
 * typescript-eslint's): codes are unique and well-formed, each rule has exactly one code whose
 * `rule` is the rule's name, lives in `src/validate/rules/<name>.ts` exporting `<camelName>`,
 * reports only its own code, and has a test file `test/validate/rules/<name>.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { defineRule } from '../../src/validate/context.js';
import { recommendedRules } from '../../src/validate/rules/index.js';
import { repoRoot } from '../harness/paths.js';

const rulesDir = resolve(repoRoot, 'src/validate/rules');
const testsDir = resolve(repoRoot, 'test/validate/rules');
const camel = (kebab: string): string => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const codes = Object.entries(diagnosticCodes) as [string, { rule: string; severity: string; retired?: boolean }][];
const codesOf = (rule: string): string[] => codes.filter(([, info]) => info.rule === rule).map(([code]) => code);

/** Codes checked by src/validate/schema.ts rather than by a rule module; they get rule tests too. */
const schemaCodes = ['FG010', 'FG011', 'FG012', 'FG013', 'FG014'];

describe('the diagnostic code registry', () => {
  it('has well-formed codes in ascending order, each with one rule name used by no other code', () => {
    for (const [code] of codes) expect(code).toMatch(/^FG\d{3}$/);
    expect(codes.map(([code]) => code)).toStrictEqual(codes.map(([code]) => code).sort());
    const names = codes.map(([, info]) => info.rule);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('lists every code the sources emit', () => {
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = resolve(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/'(FG\d{3})'/g)) used.add(m[1]!);
      }
    };
    walk(resolve(repoRoot, 'src'));
    for (const code of used) expect(diagnosticCodes, code).toHaveProperty(code);
  });
});

describe('the recommended rules', () => {
  it('have unique names', () => {
    const names = recommendedRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('are exactly the rule modules in src/validate/rules (an explicit list, nothing left out)', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
    expect(recommendedRules.map((r) => r.name).sort()).toStrictEqual(files);
  });

  describe.each(recommendedRules.map((rule) => [rule.name, rule] as const))('%s', (name, rule) => {
    it('has exactly one code in the registry whose rule is its name', () => {
      expect(codesOf(name)).toHaveLength(1);
    });

    it('declares that code and its default severity with the rule (defineRule)', () => {
      const info = diagnosticCodes[rule.code];
      expect([rule.code, info.rule, info.severity]).toStrictEqual([codesOf(name)[0], name, rule.defaultSeverity]);
    });

    it(`lives in src/validate/rules/${name}.ts, exported as ${camel(name)}`, async () => {
      const module = (await import(resolve(rulesDir, `${name}.ts`))) as Record<string, unknown>;
      expect(module[camel(name)]).toBe(rule);
    });

    it('reports only its own code', () => {
      const source = readFileSync(resolve(rulesDir, `${name}.ts`), 'utf8');
      const reported = [...new Set([...source.matchAll(/'(FG\d{3})'/g)].map((m) => m[1]))];
      expect(reported).toStrictEqual(codesOf(name));
    });

    it(`has a test file test/validate/rules/${name}.test.ts`, () => {
      expect(existsSync(resolve(testsDir, `${name}.test.ts`))).toBe(true);
    });
  });

  it('refuses a rule whose name or severity disagrees with its code, at compile time and at run time', () => {
    const check = (): void => {};
    // @ts-expect-error FG304 is silent-queue's code, not unwired-port's
    expect(() => defineRule({ code: 'FG304', name: 'unwired-port', defaultSeverity: 'warning', check })).toThrow(/disagrees with the registry entry of FG304/);
    // @ts-expect-error silent-queue is a warning by default
    expect(() => defineRule({ code: 'FG304', name: 'silent-queue', defaultSeverity: 'error', check })).toThrow(/disagrees/);
    expect(defineRule({ code: 'FG304', name: 'silent-queue', defaultSeverity: 'warning', check }).code).toBe('FG304');
  });

  it.each(schemaCodes)('the schema check code %s has a test file named after its rule', (code) => {
    const rule = diagnosticCodes[code as keyof typeof diagnosticCodes].rule;
    expect(existsSync(resolve(testsDir, `${rule}.test.ts`)), rule).toBe(true);
  });

  it('has no stray rule test file', () => {
    const known = new Set([...recommendedRules.map((r) => r.name), ...codes.map(([, info]) => info.rule)]);
    const stray = readdirSync(testsDir).filter((f) => f.endsWith('.test.ts')).map((f) => f.slice(0, -'.test.ts'.length)).filter((n) => !known.has(n));
    expect(stray).toStrictEqual([]);
  });
});
