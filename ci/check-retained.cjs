#!/usr/bin/env node
// Checks what the heap snapshots of a leak found in a run folder: the profile of one benchmark must name a retained
// type at an expected bytes per operation, within a relative tolerance.
// Usage: node ci/check-retained.cjs <run folder> <benchmark id part> <type> <bytes per operation> <relative tolerance>
'use strict';
const fs = require('fs');
const path = require('path');

const [folder, benchmark, type, expectedText, toleranceText] = process.argv.slice(2);
const expected = Number(expectedText);
const tolerance = Number(toleranceText);
const profiles = path.join(folder, 'allocations');
const files = fs.existsSync(profiles) ? fs.readdirSync(profiles).filter((f) => f.endsWith('.allocations.json')) : [];
const profile = files
  .map((f) => JSON.parse(fs.readFileSync(path.join(profiles, f), 'utf8')))
  .find((p) => p.benchmark.includes(benchmark));
if (!profile || !profile.retained) {
  console.log(`no retained types for ${benchmark} in ${profiles} (found: ${files.join(', ') || 'none'})`);
  process.exit(1);
}

const found = profile.retained.types.find((t) => t.typeName === type);
const named = profile.retained.types.map((t) => `${t.typeName} ${t.bytesPerOperation.toFixed(2)} B/op`).join(', ') || 'none';
console.log(`${profile.benchmark}: retained over ${profile.retained.operations} operations: ${named}`);
process.exit(found && Math.abs(found.bytesPerOperation - expected) <= tolerance * expected ? 0 : 1);
