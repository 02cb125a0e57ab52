// Peer for the validate benchmark: the npm port of the Agent Skills reference library (skills-ref 0.1.5) validating
// the same skill directories in one Node process. Usage: node skills_ref_peer.mjs TREE/.claude/skills [RUNS]
import { validate } from "skills-ref";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
const runs = Number(process.argv[3] ?? 15);
const dirs = readdirSync(root).map((d) => join(root, d));

async function once() {
  let failing = 0;
  for (const dir of dirs) {
    if ((await validate(dir)).length > 0) failing++;
  }
  return failing;
}

let start = process.hrtime.bigint();
const failing = await once();
const firstMs = Number(process.hrtime.bigint() - start) / 1e6;
for (let i = 0; i < 5; i++) await once(); // as ValidateBench: "warm" means after 5 more runs
const times = [];
for (let i = 0; i < runs; i++) {
  start = process.hrtime.bigint();
  await once();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`skills-ref (npm): first run ${firstMs.toFixed(1)} ms, warm median ${times[Math.floor(runs / 2)].toFixed(1)} ms `
  + `over ${runs} runs after 5 more (min ${times[0].toFixed(1)}); ${dirs.length} skills, ${failing} invalid`);
