import * as assert from 'assert';
import { activate, deactivate } from '../../src/extension';
import * as vscode from './vscode-mock';

describe('activate', () => {
  const savedPath = process.env.PATH;
  beforeEach(() => vscode.reset());
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('without a server: a clear message, a red status item, and commands still registered', async () => {
    process.env.PATH = '/nonexistent';
    vscode.state.workspaceFolders = [{ uri: vscode.Uri.file('/tmp/no-such-workspace') }];
    const context: any = { subscriptions: [] };
    const api = await activate(context);
    const [message, ...buttons] = vscode.callsOf('showErrorMessage')[0] as string[];
    assert.ok(message.includes('"ormb-assist" was not found'), message);
    assert.ok(message.includes('pip install -e .') && !message.includes('pip install ormb-assist'));
    assert.deepStrictEqual(buttons, ['Open Settings', 'Show Log']);
    assert.strictEqual(api.controller.client, undefined);
    assert.ok(vscode.state.commands.has('ormbAssist.ui.generateAlgorithm'));
    assert.ok(context.subscriptions.length >= 8);
    await deactivate();
  });

  it('a configured python that does not exist is named in the message', async () => {
    vscode.state.config = { 'ormbAssist.pythonPath': '/opt/missing/python3' };
    await activate({ subscriptions: [] } as any);
    assert.ok(String(vscode.callsOf('showErrorMessage')[0][0]).includes('/opt/missing/python3'));
    await deactivate();
  });
});
