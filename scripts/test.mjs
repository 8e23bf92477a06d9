#!/usr/bin/env node
// The whole test suite, as one command: typecheck, lint, format check, no import cycles and build, then every vitest project
// (unit, server integration, client components, end-to-end in Chromium). Ends with one line
// "N passed, N failed" counted over all of it, and exits non-zero if anything failed or nothing ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, '.tmp', 'vitest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });

let passed = 0;
let failed = 0;

function check(name, command, args) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${name} failed`);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('typecheck (client)', bin('tsc'), ['-p', 'client/tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.']);
check('format', bin('prettier'), ['--check', '.']);
// Type-only imports count: a cycle of types still ties two modules' designs together.
check('no import cycles', bin('madge'), [
  '--circular',
  '--no-spinner',
  '--extensions',
  'ts,tsx',
  '--ts-config',
  'tsconfig.json',
  'server/src',
  'client/src',
  'shared/src',
]);
// The end-to-end tests drive the built screens through the real server.
check('build', 'npm', ['run', 'build', '--silent']);

console.log('\n── tests: vitest run');
const extra = process.argv.slice(2);
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no tests to count: count it as a failure, never as nothing.
  failed += json.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (vitest.status !== 0 && json.numFailedTests === 0) failed += 1;
} else {
  failed += 1;
  console.log('✗ vitest wrote no report');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
