// Checks a composite action.yml the way actionlint checks workflows (actionlint reads workflows only): it parses,
// declares what it uses and uses what it declares, pins third-party actions by commit, and keeps `${{ }}` out of
// `run:` scripts (inputs reach them through env, never pasted into shell code). It also runs the step that installs
// the memorybench tool with a stand-in dotnet, to see which version each ref of the action installs. With a folder as
// second argument the run scripts are written there as .sh files, for shellcheck.
// Usage: NODE_PATH=<node_modules with js-yaml> node ci/check-action.cjs action.yml [scripts-folder]
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const yaml = require('js-yaml');

const [file, scriptsFolder] = process.argv.slice(2);
const problems = [];
let action;
try {
  action = yaml.load(fs.readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}

const requiredInputs = ['project', 'filter', 'baseline', 'budgets', 'shard'];
const requiredOutputs = ['verdict', 'report'];
const isObject = value => value !== null && typeof value === 'object' && !Array.isArray(value);

for (const key of ['name', 'description']) {
  if (typeof action?.[key] !== 'string' || action[key].trim() === '') problems.push(`${key}: expected a text`);
}
const inputs = isObject(action?.inputs) ? action.inputs : {};
const outputs = isObject(action?.outputs) ? action.outputs : {};
for (const name of requiredInputs) if (!isObject(inputs[name])) problems.push(`inputs.${name}: missing`);
for (const name of requiredOutputs) if (!isObject(outputs[name])) problems.push(`outputs.${name}: missing`);
for (const [name, input] of Object.entries(inputs)) {
  if (typeof input?.description !== 'string') problems.push(`inputs.${name}: no description`);
}

const steps = action?.runs?.steps;
if (action?.runs?.using !== 'composite') problems.push('runs.using: expected composite');
if (!Array.isArray(steps) || steps.length === 0) problems.push('runs.steps: expected a list of steps');
const stepIds = new Set();
(Array.isArray(steps) ? steps : []).forEach((step, index) => {
  const where = `runs.steps[${index}]${step?.name ? ` (${step.name})` : ''}`;
  if (!isObject(step)) {
    problems.push(`${where}: expected a step`);
    return;
  }
  if (step.id !== undefined) {
    if (stepIds.has(step.id)) problems.push(`${where}: id ${step.id} given twice`);
    stepIds.add(step.id);
  }
  if ((step.run === undefined) === (step.uses === undefined)) problems.push(`${where}: expected either run or uses`);
  if (step.run !== undefined) {
    if (typeof step.shell !== 'string') problems.push(`${where}: a run step of a composite action needs shell`);
    if (String(step.run).includes('${{')) problems.push(`${where}: \${{ }} inside run; pass the value through env`);
    if (scriptsFolder && step.shell === 'bash') {
      fs.mkdirSync(scriptsFolder, { recursive: true });
      fs.writeFileSync(path.join(scriptsFolder, `step-${index}.sh`), `#!/usr/bin/env bash\n${step.run}`);
    }
  }
  // Writing to the history branch is for the default branch's own runs: never for a pull request's code.
  if (String(step.run ?? '').includes('history-branch.sh" publish')
    && !(/github\.event_name == 'push'/.test(String(step.if)) && /github\.event\.repository\.default_branch/.test(String(step.if)))) {
    problems.push(`${where}: publishes the history without an if that limits it to a push to the default branch`);
  }
  if (typeof step.uses === 'string' && !step.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(step.uses)) {
    problems.push(`${where}: ${step.uses} is not pinned by a full commit SHA`);
  }
});

// Every ${{ }} expression anywhere in the action: the inputs and steps it names must exist, and every input is used.
const text = fs.readFileSync(file, 'utf8');
const expressions = [...text.matchAll(/\$\{\{([^}]*)\}\}/g)].map(match => match[1]);
const usedInputs = new Set();
for (const expression of expressions) {
  for (const [, name] of expression.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) {
    usedInputs.add(name);
    if (!(name in inputs)) problems.push(`\${{${expression}}}: input ${name} is not declared`);
  }
  for (const [, id] of expression.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\./g)) {
    if (!stepIds.has(id)) problems.push(`\${{${expression}}}: no step has id ${id}`);
  }
}
for (const name of Object.keys(inputs)) if (!usedInputs.has(name)) problems.push(`inputs.${name}: declared but never used`);
for (const [name, output] of Object.entries(outputs)) {
  if (typeof output?.value !== 'string' || !/\$\{\{\s*steps\.[A-Za-z0-9_-]+\.outputs\./.test(output.value)) {
    problems.push(`outputs.${name}: expected a value from a step's outputs`);
  }
}

// `uses: <owner>/memorybench@<ref>` installs the tool of that ref (docs/releasing.md): run the install step's script as
// GitHub runs a bash step, with a dotnet on PATH that only records its arguments.
const toolVersions = [
  { ref: 'v0.2.0', expected: '0.2.0' },
  { ref: 'v1.0.0-beta.1', expected: '1.0.0-beta.1' },
  { ref: 'v0', expected: '0.*' },
  { ref: 'v12', expected: '12.*' },
  { ref: 'main', expected: null },
  { ref: 'release/v0.2.0', expected: null },
  { ref: '0123456789abcdef0123456789abcdef01234567', expected: null },
  { ref: '', expected: null },
  { ref: 'v0.2.0', toolVersion: '0.1.5', expected: '0.1.5' },
  { ref: 'main', toolVersion: '0.*', expected: '0.*' },
];
const installStep = (Array.isArray(steps) ? steps : []).find(step => String(step?.run ?? '').includes('tool install MemoryBench.Tool'));
if (installStep === undefined) {
  problems.push('runs.steps: no step runs dotnet tool install MemoryBench.Tool');
} else if (!/^\$\{\{\s*github\.action_ref\s*\}\}$/.test(String(installStep.env?.ACTION_REF ?? ''))) {
  problems.push(`the install step's env: ACTION_REF is not \${{ github.action_ref }}, so the tool cannot follow the action's ref`);
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'memorybench-action-'));
  try {
    fs.writeFileSync(path.join(folder, 'dotnet'), '#!/usr/bin/env bash\nprintf \'%s\\n\' "$@" >"$DOTNET_ARGUMENTS"\n', { mode: 0o755 });
    fs.writeFileSync(path.join(folder, 'install.sh'), String(installStep.run));
    for (const { ref, toolVersion = '', expected } of toolVersions) {
      const argumentsFile = path.join(folder, 'arguments');
      fs.rmSync(argumentsFile, { force: true });
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', path.join(folder, 'install.sh')], {
        encoding: 'utf8',
        env: {
          PATH: `${folder}${path.delimiter}${process.env.PATH}`,
          RUNNER_TEMP: folder,
          DOTNET_ARGUMENTS: argumentsFile,
          ACTION_REF: ref,
          TOOL_VERSION: toolVersion,
          TOOL_SOURCE: '',
        },
      });
      const args = fs.existsSync(argumentsFile) ? fs.readFileSync(argumentsFile, 'utf8').split('\n') : null;
      const at = args?.indexOf('--version') ?? -1;
      const installed = at >= 0 ? args[at + 1] : null;
      const asked = `ref ${ref === '' ? '(none)' : ref}${toolVersion ? ` with tool-version ${toolVersion}` : ''}`;
      if (run.status !== 0 || args === null) {
        problems.push(`the install step failed for ${asked}: ${run.stderr.trim()}`);
      } else if (installed !== expected) {
        problems.push(`${asked} installs ${installed ?? 'the newest'}, expected ${expected ?? 'the newest'}`);
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`${file}: ${problem}`);
  process.exit(1);
}
console.log(`${file}: ${Object.keys(inputs).length} inputs, ${Object.keys(outputs).length} outputs, ${steps.length} steps, all used and declared`);
console.log(`${file}: the tool's version for ${toolVersions.length} refs: ${toolVersions.map(c => `${c.ref || '(none)'}${c.toolVersion ? `+${c.toolVersion}` : ''} -> ${c.expected ?? 'newest'}`).join(', ')}`);
