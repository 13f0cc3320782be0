import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/site.ts';

// html-validate over every built page, with the project's .htmlvalidate.json
// (html-validate:recommended, no rule switched off). The loader finds that
// file by walking up from each page: the test site is built inside the
// project, in .cache/test-site/dist. Pagefind's own files are not our markup.

const SEVERITY = ['off', 'warning', 'error'];

function line(page: string, m: Message): string {
  return `${page} ${m.line}:${m.column} ${m.ruleId}${m.severity === 2 ? '' : ` (${SEVERITY[m.severity]})`}: ${m.message}`;
}

describe('HTML of the built sample site', () => {
  it('passes html-validate on every page', async () => {
    const dir = siteDir();
    const files = globSync('**/*.html', { cwd: dir, ignore: ['pagefind/**'] }).sort();
    expect(files.length).toBeGreaterThan(50);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const found: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(dir, file));
      const page = `/${file}`.replace(/index\.html$/, '');
      for (const result of report.results) found.push(...result.messages.map((m) => line(page, m)));
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('ends every page at </html>: nothing after it (a script placed outside a layout lands there)', () => {
    const dir = siteDir();
    const files = globSync('**/*.html', { cwd: dir, ignore: ['pagefind/**'] }).sort();
    const after = files.flatMap((file) => {
      const html = readFileSync(path.join(dir, file), 'utf8');
      const tail = html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim();
      return html.includes('</html>') && tail === '' ? [] : [`/${file}: ${tail.slice(0, 80) || 'no </html>'}`];
    });
    expect(files.length).toBeGreaterThan(50);
    expect(after).toEqual([]);
  });
});
