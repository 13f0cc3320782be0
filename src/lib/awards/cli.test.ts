import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineOf } from './testing.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = 'tests/fixtures/awards';

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/validate-content.ts', ...args], { cwd: repo, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run validate with the award rules', { timeout: 60_000 }, () => {
  const list = `${fixtures}/cli/honors/2025.yaml`;
  const text = readFileSync(path.join(repo, list), 'utf8');

  it('reports an 11th top-ten home, a 65% home’s title, a duplicate serial and a missing home in one run, exit 1', () => {
    const { code, out } = validate('--content', `${fixtures}/cli`);
    expect(out).toContain(`${list}:${lineOf(text, 'id: 2025-top-home-11')}:88  R3（第五条）  「awards[10].topTen」`);
    expect(out).toContain(`${list}:${lineOf(text, 'home: low-satisfaction')}:11  R6（第五条）  「awards[21].home」`);
    expect(out).toContain(
      `${list}:${lineOf(text, 'serial: 济工家证〔2025〕001', 'id: 2025-city-top-3')}:13  R9（第五条）  「awards[22].serial」`,
    );
    expect(out).toContain(`${list}:${lineOf(text, 'home: no-such-home')}:11  R9（第五条）  「awards[23].home」`);
    expect(out).toMatch(/内容检查：\d+ 个问题（其中违反奖项规则 \d+ 个）/);
    expect(code).toBe(1);
  });

  it('prints the same problems as JSON', () => {
    const { code, out } = validate('--content', `${fixtures}/cli`, '--format', 'json');
    const report = JSON.parse(out) as { problems: { rule?: string; line: number }[] };
    const rules = report.problems.map((p) => `${p.rule}:${p.line}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        `R3:${lineOf(text, 'id: 2025-top-home-11')}`,
        `R6:${lineOf(text, 'home: low-satisfaction')}`,
        `R9:${lineOf(text, 'home: no-such-home')}`,
      ]),
    );
    expect(code).toBe(1);
  });

  it('exits 2 on a file that is not valid YAML, naming its line', () => {
    const { code, out } = validate('--content', `${fixtures}/bad-yaml`);
    expect(out).toContain(`${fixtures}/bad-yaml/honors/2025.yaml:9:`);
    expect(out).toContain('YAML 格式错误');
    expect(code).toBe(2);
  });

  it('exits 2 when the content folder does not exist', () => {
    expect(validate('--content', `${fixtures}/no-such-folder`).code).toBe(2);
  });
});
