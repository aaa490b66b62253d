/**
 * VS Code integration tests (need a machine that can download VS Code; not run in this repo's CI).
 *
 *   ORMB_ASSIST_PYTHON=/path/to/.venv/bin/python npm run test:integration
 *
 * Copies examples/workspace to a temp folder, points ormbAssist.pythonPath at ORMB_ASSIST_PYTHON, and
 * runs test/integration/suite inside a downloaded VS Code with this extension loaded.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const extensionDevelopmentPath = path.resolve(__dirname, '../../..');
  const extensionTestsPath = path.resolve(__dirname, './suite/index');
  const sample = path.resolve(extensionDevelopmentPath, '../../examples/workspace');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ormb-vscode-'));
  fs.cpSync(sample, workspace, { recursive: true });
  const python = process.env.ORMB_ASSIST_PYTHON ?? path.resolve(extensionDevelopmentPath, '../../.venv/bin/python');
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(
    path.join(workspace, '.vscode', 'settings.json'),
    JSON.stringify({ 'ormbAssist.pythonPath': python, 'ormbAssist.backend': 'embedded' }, null, 2),
  );
  await runTests({
    extensionDevelopmentPath,
    extensionTestsPath,
    version: process.env.VSCODE_VERSION ?? 'stable',
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { ORMB_TEST_WORKSPACE: workspace },
  });
}

main().catch((error: unknown) => {
  console.error('integration tests failed:', error);
  process.exit(1);
});
