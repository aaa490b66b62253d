import * as assert from 'assert';
import * as path from 'path';
import { INSTALL_HINT, isFailure, resolveServerCommand, ServerCommandInputs, which } from '../../src/serverCommand';

const base: ServerCommandInputs = { serverCommand: [], pythonPath: '', workspaceFolders: [], pathEnv: '', platform: 'linux' };

function files(...names: string[]): (f: string) => boolean {
  const set = new Set(names.map((n) => path.normalize(n)));
  return (f) => set.has(path.normalize(f));
}

describe('resolveServerCommand', () => {
  it('prefers ormbAssist.serverCommand, looked up on PATH', () => {
    const r = resolveServerCommand({ ...base, serverCommand: ['ormb-assist', 'serve', '--log-level', 'DEBUG'], pathEnv: '/opt/bin:/usr/bin' }, files('/usr/bin/ormb-assist'));
    assert.deepStrictEqual(r, { command: '/usr/bin/ormb-assist', args: ['serve', '--log-level', 'DEBUG'], source: 'serverCommand' });
  });

  it('runs python -m ormb_assist.server for ormbAssist.pythonPath', () => {
    const r = resolveServerCommand({ ...base, pythonPath: '/venv/bin/python' }, files('/venv/bin/python'));
    assert.deepStrictEqual(r, { command: '/venv/bin/python', args: ['-m', 'ormb_assist.server'], source: 'pythonPath' });
  });

  it('finds the workspace .venv before PATH', () => {
    const r = resolveServerCommand(
      { ...base, workspaceFolders: ['/ws'], pathEnv: '/usr/bin' },
      files('/ws/.venv/bin/ormb-assist', '/usr/bin/ormb-assist'),
    );
    assert.deepStrictEqual(r, { command: '/ws/.venv/bin/ormb-assist', args: ['serve'], source: 'workspaceVenv' });
  });

  it('falls back to ormb-assist on PATH', () => {
    const r = resolveServerCommand({ ...base, pathEnv: '/a:/b' }, files('/b/ormb-assist'));
    assert.deepStrictEqual(r, { command: '/b/ormb-assist', args: ['serve'], source: 'path' });
  });

  it('says what to install when nothing is found', () => {
    const r = resolveServerCommand({ ...base, pathEnv: '/usr/bin' }, files());
    assert.ok(isFailure(r));
    assert.ok(r.error.includes('"ormb-assist" was not found'));
    assert.ok(r.error.includes(INSTALL_HINT));
  });

  it('names the bad setting when a configured path does not exist', () => {
    const py = resolveServerCommand({ ...base, pythonPath: '/nope/python' }, files());
    assert.ok(isFailure(py) && py.error.includes('"ormbAssist.pythonPath" is "/nope/python"'));
    const cmd = resolveServerCommand({ ...base, serverCommand: ['/nope/ormb-assist', 'serve'] }, files());
    assert.ok(isFailure(cmd) && cmd.error.includes('"ormbAssist.serverCommand" starts with "/nope/ormb-assist"'));
  });

  it('knows Windows executable names', () => {
    const found = which('ormb-assist', 'C:\\py\\Scripts;C:\\bin', 'win32', (f) => f.endsWith('ormb-assist.exe') && f.startsWith('C:\\py'));
    assert.ok(found?.endsWith('ormb-assist.exe'));
  });
});
