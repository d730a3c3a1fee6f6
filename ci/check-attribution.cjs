#!/usr/bin/env node
// Checks what allocation attribution found in a run folder: the profile of one benchmark must name a type at an
// expected bytes per operation (within three of its standard errors) with a method in its top stack, and, when a
// source file is given, that frame's file and line ("in .../File.cs:42").
// Usage: node ci/check-attribution.cjs <run folder> <benchmark id part> <type> <bytes per operation> <method> [<source file>]
'use strict';
const fs = require('fs');
const path = require('path');

const [folder, benchmark, type, expectedText, method, sourceFile] = process.argv.slice(2);
const expected = Number(expectedText);
const profiles = path.join(folder, 'allocations');
const files = fs.existsSync(profiles) ? fs.readdirSync(profiles).filter((f) => f.endsWith('.allocations.json')) : [];
const profile = files
  .map((f) => JSON.parse(fs.readFileSync(path.join(profiles, f), 'utf8')))
  .find((p) => p.benchmark.includes(benchmark));
if (!profile) {
  console.log(`no allocation profile for ${benchmark} in ${profiles} (found: ${files.join(', ') || 'none'})`);
  process.exit(1);
}

const found = profile.types.find((t) => t.typeName === type);
const stack = profile.stacks.find((s) => s.typeName === type);
const estimate = found ? `${found.bytesPerOperation.toFixed(1)} B/op ± ${(1.96 * found.standardError).toFixed(1)} B (95%), ${found.samples} samples` : 'not sampled';
console.log(`${profile.benchmark}: ${type} ${estimate} over ${profile.operations} operations`);
console.log(`  stack: ${stack ? stack.frames.slice(0, 4).join(' <- ') : 'none'}`);
const withinError = found && Math.abs(found.bytesPerOperation - expected) <= 3 * found.standardError;
const located = (f) => !sourceFile || new RegExp(`[ /]${sourceFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+$`).test(f);
const inStack = stack && stack.frames.some((f) => f.includes(method) && located(f));
process.exit(withinError && inStack ? 0 : 1);
