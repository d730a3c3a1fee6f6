#!/usr/bin/env node
// Copies BenchmarkDotNet full JSON exports with some benchmarks allocating more: a run after a change, made from a real
// run, for the history check. Every benchmark whose full name contains MATCH allocates BYTES more per operation.
// usage: node shifted-exports.cjs IN_FOLDER OUT_FOLDER BYTES MATCH
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [input, output, bytesText, match] = process.argv.slice(2);
const bytes = Number(bytesText);
if (!input || !output || !Number.isInteger(bytes) || !match) {
    console.error('usage: node shifted-exports.cjs IN_FOLDER OUT_FOLDER BYTES MATCH');
    process.exit(2);
}
fs.mkdirSync(output, { recursive: true });
let shifted = 0;
for (const name of fs.readdirSync(input).filter((file) => file.endsWith('-report-full.json'))) {
    const run = JSON.parse(fs.readFileSync(path.join(input, name), 'utf8'));
    for (const benchmark of run.Benchmarks) {
        if (benchmark.FullName.includes(match) && benchmark.Memory) {
            benchmark.Memory.BytesAllocatedPerOperation += bytes;
            shifted++;
        }
    }
    fs.writeFileSync(path.join(output, name), JSON.stringify(run, null, 2));
}
if (shifted === 0) {
    console.error(`${input}: no benchmark's full name contains ${match}`);
    process.exit(2);
}
