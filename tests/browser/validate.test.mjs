// Every generated HTML page is valid: html-validate (recommended rules) in one process, one test
// per page. The rules are html-validate:recommended unless the repository root has a
// .htmlvalidaterc.json, which then replaces them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { repoRoot, siteDir } from './lib.mjs';

const rc = path.join(repoRoot, '.htmlvalidaterc.json');
const config = fs.existsSync(rc) ? JSON.parse(fs.readFileSync(rc, 'utf8')) : { extends: ['html-validate:recommended'] };
config.root = true;
const validator = new HtmlValidate(config);

const files = fs.readdirSync(siteDir, { recursive: true })
  .filter((f) => f.endsWith('.html'))
  .sort();

test('the site has pages to validate', () => {
  assert.ok(files.length > 0, `no .html files under ${siteDir}`);
});

for (const file of files) {
  test(file, async () => {
    const report = await validator.validateFile(path.join(siteDir, file));
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    const lines = errors.map((m) => `${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    assert.equal(errors.length, 0, lines.join('\n'));
  });
}
