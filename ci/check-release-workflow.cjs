// Checks what actionlint cannot know about .github/workflows/release.yml: it starts only on a pushed version tag
// (never for a pull request or a branch), every job holds only the rights it needs, the NuGet API key reaches one
// step only, through its environment (never pasted into a script, where a log could show it), in a job that can write
// nothing to the repository, and the packages are checked before anything is pushed.
// Usage: NODE_PATH=<node_modules with js-yaml> node ci/check-release-workflow.cjs [release.yml]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');

const file = process.argv[2] ?? path.join(__dirname, '..', '.github', 'workflows', 'release.yml');
const text = fs.readFileSync(file, 'utf8');
const workflow = yaml.load(text);
const problems = [];
const isObject = value => value !== null && typeof value === 'object' && !Array.isArray(value);
const jobs = isObject(workflow?.jobs) ? Object.entries(workflow.jobs) : [];
const stepsOf = job => (Array.isArray(job?.steps) ? job.steps : []);

// js-yaml reads the key `on` as the text "on" (YAML 1.2), not as true.
const triggers = workflow?.on;
const tagPatterns = triggers?.push?.tags;
if (!isObject(triggers) || Object.keys(triggers).join() !== 'push' || Object.keys(triggers.push).join() !== 'tags' ||
    !Array.isArray(tagPatterns) || tagPatterns.length === 0 || !tagPatterns.every(tag => /^v\[0-9\]\+\./.test(tag))) {
  problems.push('on: expected only `push: tags:` with version tags (v[0-9]+...): no pull request, branch or other trigger');
}

if (!isObject(workflow?.permissions) || Object.keys(workflow.permissions).length !== 0) {
  problems.push('permissions: expected {} at the top, each job naming its own');
}
for (const [name, job] of jobs) {
  if (!isObject(job.permissions)) {
    problems.push(`jobs.${name}: declares no permissions of its own`);
    continue;
  }
  for (const [scope, level] of Object.entries(job.permissions)) {
    if (level === 'write' && !(scope === 'contents' && name === 'github')) {
      problems.push(`jobs.${name}.permissions.${scope}: write (only the github job may write, and only contents)`);
    }
  }
  for (const [index, step] of stepsOf(job).entries()) {
    if (typeof step.run === 'string' && step.run.includes('${{')) {
      problems.push(`jobs.${name}.steps[${index}]: \${{ }} inside run; pass the value through env`);
    }
    if (String(step.uses).startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
      problems.push(`jobs.${name}.steps[${index}]: actions/checkout without persist-credentials: false`);
    }
  }
}

// Where `secrets.` appears: exactly once, as NUGET_API_KEY in the env of the step that pushes.
const secretLines = text.split('\n').filter(line => line.includes('secrets.'));
const pushes = jobs.flatMap(([name, job]) => stepsOf(job)
  .filter(step => String(step.run ?? '').includes('ci/release.sh push'))
  .map(step => ({ name, job, step })));
if (pushes.length !== 1) {
  problems.push(`expected one step running ci/release.sh push, found ${pushes.length}`);
} else {
  const { name, job, step } = pushes[0];
  if (secretLines.length !== 1 || !/^\s+NUGET_API_KEY: \$\{\{ secrets\.NUGET_API_KEY \}\}$/.test(secretLines[0]) ||
      step.env?.NUGET_API_KEY !== '${{ secrets.NUGET_API_KEY }}') {
    problems.push('secrets: expected only NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }} in the env of the push step');
  }
  if (Object.values(job.permissions ?? {}).some(level => level === 'write')) {
    problems.push(`jobs.${name}: the job holding the NuGet key may write nothing to the repository`);
  }
  if (typeof job.environment !== 'string' || job.environment === '') {
    problems.push(`jobs.${name}: no environment, so the key cannot be held behind an approval`);
  }
  // The packages are checked in the job the push needs, before they are handed over.
  const needs = [job.needs ?? []].flat();
  const checked = needs.some(need => {
    const runs = stepsOf(workflow.jobs[need]).map(s => String(s.run ?? s.uses ?? ''));
    const check = runs.findIndex(run => run.includes('ci/check-packages.cjs'));
    const upload = runs.findIndex(run => run.startsWith('actions/upload-artifact@'));
    return check >= 0 && upload > check;
  });
  if (!checked) problems.push(`jobs.${name}: does not need a job that runs ci/check-packages.cjs before uploading the packages`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`${file}: ${problem}`);
  process.exit(1);
}
console.log(`${file}: version tags only; ${jobs.length} jobs with their own permissions; the NuGet key in one step's env; packages checked before the push`);
