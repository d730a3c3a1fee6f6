#!/usr/bin/env python3
"""Checks the documentation a newcomer reads against the repository (run by .ci/checks/15-docs.sh).

usage: check-docs.py [--docs DIR] [--repo DIR] --cli MemoryBench.Cli.dll [--help-cache FILE]

--docs is where README.md and docs/ are (a planted copy in the self-test), --repo where the code is (default: both
the current folder). --help-cache keeps the tool's --help outputs in FILE for the next run (the self-test runs the
checker eight times). Prints one line per problem and exits 1 when there is any, 0 otherwise. The rules:

1. Every relative link and image in README.md and docs/*.md resolves to a file or folder, and every #anchor to a
   heading of the target page, slugged as GitHub does (lower case; characters other than letters, digits, spaces,
   hyphens and underscores dropped; spaces to hyphens; -1, -2 ... for repeated headings). Code is skipped.
2. README.md has at most 300 lines.
3. Every line of a README code block that starts with `dotnet run -c Release --project benchmarks/` or
   `dotnet test -c Release` is, up to its ` -- ` (BenchmarkDotNet's and the runner's arguments, which are examples)
   and without its `#` comment, a command that .ci/run or a .ci/checks/*.sh script runs (with "$PWD/" and quotes
   taken out of the script's line); and the README has at least one of each.
4. docs/configuration.md has a section per command of the tool (`## `memorybench gate`` ...) whose table names
   exactly the options that command's --help lists (both directions; --help itself aside); its runner section names
   exactly the options of src/MemoryBench.BenchmarkDotNet/Running/RunnerCommandLine.cs, and its action section
   exactly the inputs of action.yml.
"""
import argparse
import json
import os
import re
import subprocess
import sys

problems = []


def problem(text):
    problems.append(text)


FENCE = re.compile(r'^\s*(```|~~~)')


def prose_lines(text):
    """The lines outside fenced code blocks, with their numbers."""
    in_code = False
    for number, line in enumerate(text.split('\n'), 1):
        if FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code:
            yield number, line


def code_lines(text):
    in_code = False
    for line in text.split('\n'):
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            yield line


def slug(heading):
    text = re.sub(r'!?\[([^\]]*)\]\([^)]*\)', r'\1', heading)  # a link's text stays
    text = text.replace('`', '').strip().lower()
    text = ''.join(c for c in text if c.isalnum() or c in ' -_')
    return text.replace(' ', '-')


def anchors(path):
    seen = {}
    result = set()
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for _, line in prose_lines(text):
        m = re.match(r'^#{1,6}\s+(.*?)\s*#*\s*$', line)
        if not m:
            continue
        base = slug(m.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        result.add(base if count == 0 else f'{base}-{count}')
    return result


LINK = re.compile(r'!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+"[^"]*")?\)')


def check_links(docs, files):
    for path in files:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        name = os.path.relpath(path, docs)
        for number, line in prose_lines(text):
            line = re.sub(r'`[^`]*`', '', line)  # inline code is not a link
            for target in LINK.findall(line):
                if re.match(r'^[a-z][a-z0-9+.-]*:', target, re.I) or target.startswith('<'):
                    continue  # http(s), mailto: not checked here
                file_part, _, anchor = target.partition('#')
                resolved = os.path.normpath(os.path.join(os.path.dirname(path), file_part)) if file_part else path
                if file_part and not os.path.exists(resolved):
                    problem(f'{name}:{number}: link {target}: no file {os.path.relpath(resolved, docs)}')
                    continue
                if anchor and resolved.endswith('.md') and anchor not in anchors(resolved):
                    problem(f'{name}:{number}: link {target}: no heading #{anchor} in {os.path.relpath(resolved, docs)}')


COMMAND_STARTS = ('dotnet run -c Release --project benchmarks/', 'dotnet test -c Release')


def command_of(line):
    """The command up to its ` -- `, a redirection, a pipe or the end of an array; None when the line runs none."""
    start = min((i for i in (line.find(s) for s in ('dotnet run -c Release', 'dotnet test -c Release')) if i >= 0), default=-1)
    if start < 0:
        return None
    command = line[start:]
    for end in (' -- ', ' #', ')', ' |', ' 2>', ' >', ' &&', ' ||', ';', '\\'):
        i = command.find(end)
        if i >= 0:
            command = command[:i]
    if command.endswith(' --'):
        command = command[:-3]
    return ' '.join(command.split())


def check_commands(docs, repo):
    scripts = [os.path.join(repo, '.ci', 'run')] + sorted(
        os.path.join(repo, '.ci', 'checks', f) for f in os.listdir(os.path.join(repo, '.ci', 'checks')) if f.endswith('.sh'))
    ci_commands = set()
    for script in scripts:
        with open(script, encoding='utf-8') as f:
            for line in f:
                if line.lstrip().startswith('#'):
                    continue
                line = line.replace('"$PWD/', '').replace('$PWD/', '').replace('"', '').replace("'", '')
                if (command := command_of(line)) is not None:
                    ci_commands.add(command)
    with open(os.path.join(docs, 'README.md'), encoding='utf-8') as f:
        readme = f.read()
    found = {start: 0 for start in COMMAND_STARTS}
    for line in code_lines(readme):
        stripped = line.strip()
        starts = [s for s in COMMAND_STARTS if stripped.startswith(s)]
        if not starts:
            continue
        found[starts[0]] += 1
        command = command_of(stripped)
        if command not in ci_commands:
            problem(f'README.md: `{command}` is not a command .ci/run or .ci/checks run (they run: '
                    + ', '.join(sorted(ci_commands)) + ')')
    for start, count in found.items():
        if count == 0:
            problem(f'README.md: no command starting with `{start}` in a code block')


help_outputs = {}


def help_text(cli, command):
    if command not in help_outputs:
        result = subprocess.run(['dotnet', cli, *command.split(), '--help'], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            problem(f'memorybench {command} --help exited {result.returncode}: {result.stderr.strip()}')
            return ''
        help_outputs[command] = result.stdout
    return help_outputs[command]


def help_options(cli, command):
    options, commands, section = set(), [], None
    for line in help_text(cli, command).split('\n'):
        if re.match(r'^\S', line):
            section = line.strip().rstrip(':')
            continue
        if section == 'Options':
            usage = re.split(r'\s{2,}', line.strip())[0]  # "-?, -h, --help" or "--project <csproj>"
            options.update(re.findall(r'(?:^|,\s*)(--[a-z][a-z0-9-]*)', usage))
        elif section == 'Commands' and (m := re.match(r'^\s+([a-z][a-z-]*)', line)):
            commands.append(m.group(1))
    options.discard('--help')
    options.discard('--version')
    return options, commands


def documented_sections(path):
    """Section heading -> the options or inputs its tables name in their first column."""
    sections, current = {}, None
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for _, line in prose_lines(text):
        if m := re.match(r'^##\s+(.*)$', line):
            current = m.group(1).strip()
            sections[current] = set()
        elif current is not None and (m := re.match(r'^\|\s*`([^`]+)`', line)):
            sections[current].add(m.group(1).split()[0])
    return sections


def compare(what, documented, actual):
    for name in sorted(actual - documented):
        problem(f'docs/configuration.md, {what}: {name} is missing')
    for name in sorted(documented - actual):
        problem(f'docs/configuration.md, {what}: {name} is named but does not exist')


def check_configuration(docs, repo, cli):
    sections = documented_sections(os.path.join(docs, 'docs', 'configuration.md'))
    _, commands = help_options(cli, '')
    queue = list(commands)
    while queue:
        command = queue.pop(0)
        options, subcommands = help_options(cli, command)
        if subcommands:
            queue.extend(f'{command} {sub}' for sub in subcommands)
            continue
        heading = f'`memorybench {command}`'
        if heading not in sections:
            problem(f'docs/configuration.md: no section "## {heading}" for memorybench {command}')
            continue
        compare(f'memorybench {command}', {o for o in sections[heading] if o.startswith('-')}, options)
    runner = next((h for h in sections if 'MemoryBenchRunner' in h), None)
    with open(os.path.join(repo, 'src', 'MemoryBench.BenchmarkDotNet', 'Running', 'RunnerCommandLine.cs'), encoding='utf-8') as f:
        runner_options = set(re.findall(r'new\("(--[a-z-]+)"\)', f.read()))
    if runner is None:
        problem('docs/configuration.md: no section for the runner (MemoryBenchRunner)')
    else:
        compare('the runner', {o for o in sections[runner] if o.startswith('-')}, runner_options)
    action = next((h for h in sections if 'Action' in h), None)
    with open(os.path.join(repo, 'action.yml'), encoding='utf-8') as f:
        action_text = f.read()
    inputs_block = re.search(r'^inputs:\n((?:  .*\n|\n)*)', action_text, re.M)
    inputs = set(re.findall(r'^  ([a-z][a-z0-9-]*):', inputs_block.group(1), re.M)) if inputs_block else set()
    if action is None:
        problem('docs/configuration.md: no section for the GitHub Action')
    else:
        compare('the action', sections[action], inputs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--docs', default='.')
    parser.add_argument('--repo', default='.')
    parser.add_argument('--cli', required=True)
    parser.add_argument('--help-cache')
    args = parser.parse_args()
    if args.help_cache and os.path.exists(args.help_cache):
        with open(args.help_cache, encoding='utf-8') as f:
            help_outputs.update(json.load(f))
    docs_dir = os.path.join(args.docs, 'docs')
    files = [os.path.join(args.docs, 'README.md')] + sorted(
        os.path.join(docs_dir, f) for f in os.listdir(docs_dir) if f.endswith('.md'))
    check_links(args.docs, files)
    with open(os.path.join(args.docs, 'README.md'), encoding='utf-8') as f:
        lines = f.read().count('\n')
    if lines > 300:
        problem(f'README.md: {lines} lines, more than 300 (the rest belongs in docs/)')
    check_commands(args.docs, args.repo)
    check_configuration(args.docs, args.repo, args.cli)
    if args.help_cache:
        with open(args.help_cache, 'w', encoding='utf-8') as f:
            json.dump(help_outputs, f)
    for text in problems:
        print(text)
    print(f'{len(files)} pages checked: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
