// Prints the verdict of every benchmark whose id contains a name, one "id: verdict" line each, then one
// "id: regression in <metric>" line for each of its findings of kind regression, from the verdicts JSON that
// `memorybench compare --json` writes. .ci/run uses it to see that an injected regression is reported as a
// regression of the right figure, not only listed among unchanged benchmarks.
// Usage: node ci/find-verdicts.cjs <verdicts.json> <name>
// It looks for objects with a "verdict" property instead of following one exact schema, so it keeps working
// while the verdicts file gains fields. Exit code: 0 when at least one benchmark matched, 1 otherwise.
'use strict';

const fs = require('node:fs');

const [file, name] = process.argv.slice(2);
if (!file || !name) {
  console.error('usage: node ci/find-verdicts.cjs <verdicts.json> <name>');
  process.exit(2);
}

function* objectsIn(value) {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield value;
  for (const child of Object.values(value)) yield* objectsIn(child);
}

// The strings of an object and of the objects directly inside it (an id may be written as { "value": "..." }).
function ownStrings(object) {
  return Object.values(object)
    .flatMap(value => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.values(value) : [value]))
    .filter(value => typeof value === 'string');
}

let found = 0;
for (const object of objectsIn(JSON.parse(fs.readFileSync(file, 'utf8')))) {
  const verdictKey = Object.keys(object).find(key => key.toLowerCase() === 'verdict');
  if (verdictKey === undefined) continue;
  const id = ownStrings(object).find(text => text.includes(name));
  if (id === undefined) continue;
  console.log(`${id}: ${object[verdictKey]}`);
  for (const finding of Array.isArray(object.findings) ? object.findings : []) {
    if (finding && finding.kind === 'regression') console.log(`${id}: regression in ${finding.metric}`);
  }
  found++;
}
process.exit(found > 0 ? 0 : 1);
