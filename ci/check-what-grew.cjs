#!/usr/bin/env node
// Checks the "What grew" answer of one benchmark in a run folder's verdicts.json: the type that grew beyond noise
// first must be the expected one, no other type may have grown beyond noise, and the innermost frame of its stack
// that is not the runtime's must be at the expected source file (and line, when given: "File.cs:32").
// Usage: node ci/check-what-grew.cjs <run folder> <benchmark id part> <type> <source file[:line]>
'use strict';
const fs = require('fs');
const path = require('path');

const [folder, benchmark, type, location] = process.argv.slice(2);
const verdicts = JSON.parse(fs.readFileSync(path.join(folder, 'verdicts.json'), 'utf8'));
const answer = (verdicts.whatGrew || []).find((a) => a.benchmark.includes(benchmark));
if (!answer) {
  console.log(`no What grew for ${benchmark} in ${folder}/verdicts.json`);
  process.exit(1);
}

const grown = answer.growths.filter((g) => g.significant && g.currentBytesPerOperation > (g.baselineBytesPerOperation || 0));
const described = answer.growths
  .map((g) => `${g.typeName} ${(g.baselineBytesPerOperation || 0).toFixed(2)} -> ${g.currentBytesPerOperation.toFixed(2)} B/op ± ${g.uncertainty95.toFixed(2)}`)
  .join('; ') || 'nothing beyond noise';
const sum = answer.reconciliation;
console.log(`${answer.benchmark}: ${described} (${answer.typesCompared} types compared, baseline profile: ${answer.hasBaselineProfile})`);
if (sum) {
  console.log(`  counted ${sum.countedChange.toFixed(2)} B/op, listed ${sum.listedChange.toFixed(2)} ± ${sum.listedUncertainty95.toFixed(2)} B/op`);
}
const frames = answer.topStack ? answer.topStack.frames : [];
console.log(`  at ${frames.slice(0, 2).join(' <- ') || 'no stack'}`);
const escaped = location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const at = new RegExp(location.includes(':') ? `[ /]${escaped}$` : `[ /]${escaped}:\\d+$`);
const innermostCode = frames.find((f) => / in .+:\d+$/.test(f));
const ok = answer.hasBaselineProfile && grown.length === 1 && grown[0].typeName === type && innermostCode !== undefined && at.test(innermostCode);
process.exit(ok ? 0 : 1);
