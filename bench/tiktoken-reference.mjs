// Computes OpenAI tiktoken's token counts for every file of a corpus directory and writes them, with each file's
// size and SHA-256, to expected-counts.json in that directory. deploytrack's tests compare their own counts to these.
//
// Each file is read as bytes and decoded as UTF-8 with replacement (Buffer#toString keeps a byte-order mark as
// U+FEFF, exactly as deploytrack counts it), then encoded with encode_ordinary: text that looks like a special
// token counts as ordinary text. Run through bench/tiktoken-reference.sh, which installs the npm package.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [tiktokenDir, corpusDir] = process.argv.slice(2);
const require = createRequire(resolve(tiktokenDir, 'package.json'));
const { get_encoding } = require('tiktoken');
const version = JSON.parse(readFileSync(resolve(tiktokenDir, 'node_modules/tiktoken/package.json'), 'utf8')).version;

const encodings = ['cl100k_base', 'o200k_base'].map(name => [name, get_encoding(name)]);
const files = {};
for (const name of readdirSync(corpusDir).filter(n => !n.startsWith('.') && n !== 'expected-counts.json').sort()) {
  const bytes = readFileSync(join(corpusDir, name));
  const text = bytes.toString('utf8');
  const entry = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  for (const [encodingName, encoding] of encodings) {
    entry[encodingName] = encoding.encode_ordinary(text).length;
  }
  files[name] = entry;
}
for (const [, encoding] of encodings) {
  encoding.free();
}
const out = { generator: `tiktoken ${version} (npm, WASM build of OpenAI's tiktoken), encode_ordinary`, files };
writeFileSync(join(corpusDir, 'expected-counts.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${Object.keys(files).length} reference counts to ${join(corpusDir, 'expected-counts.json')}`);
