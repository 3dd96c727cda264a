#!/usr/bin/env node
// `npm run bench`: runs every tests/bench/*.bench.ts in turn with tsx. Benchmarks print
// figures and ratios against docs/design.md's targets; they are not pass/fail tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const files = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
if (files.length === 0) console.log('No benchmarks in tests/bench yet.');
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const run = spawnSync('npx', ['tsx', `tests/bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
