import * as assert from 'assert';
import { InlineCompletionRequest } from 'vscode-languageclient/node';
import { middleware, OrmbLanguageClient } from '../../src/client';
import { OrmbInlineCompletionFeature } from '../../src/inline';
import * as vscode from './vscode-mock';

describe('OrmbLanguageClient', () => {
  beforeEach(() => vscode.reset());

  it('replaces the built-in inline completion feature with ours and still advertises the capability', () => {
    const client = new OrmbLanguageClient({ command: 'ormb-assist', args: ['serve'] }, { documentSelector: [{ language: 'java' }] }, () => true);
    const features: any[] = (client as any)._features;
    const inline = features.filter(
      (f) => f instanceof OrmbInlineCompletionFeature || f?.registrationType?.method === InlineCompletionRequest.method,
    );
    assert.deepStrictEqual(inline, [client.inline]);
    const caps: any = (client as any).computeClientCapabilities();
    assert.deepStrictEqual(caps.textDocument.inlineCompletion, { dynamicRegistration: false });
    assert.ok(caps.workspace.configuration, 'answers workspace/configuration');
    assert.ok(caps.workspace.applyEdit, 'applies workspace edits (generate creates a file)');
    assert.ok(caps.window.workDoneProgress, 'shows server progress');
  });
});

describe('client middleware', () => {
  beforeEach(() => vscode.reset());

  it('notes an accepted inline item and forwards the command to the server', async () => {
    const accepted: (string | undefined)[] = [];
    const mw = middleware(() => ({ telemetry: { accepted: (id: string | undefined) => accepted.push(id) } }) as any);
    const forwarded: unknown[] = [];
    const result = await mw.executeCommand!('ormbAssist.inlineAccepted', ['item-9'], (cmd, args) => {
      forwarded.push([cmd, args]);
      return { recorded: true };
    });
    assert.deepStrictEqual(accepted, ['item-9']);
    assert.deepStrictEqual(forwarded, [['ormbAssist.inlineAccepted', ['item-9']]]);
    assert.deepStrictEqual(result, { recorded: true });
  });

  it('opens the file the generate code action created', async () => {
    const mw = middleware(() => undefined);
    const uri = 'file:///ws/src/cm/CmStopBillAlgComp_Impl.java';
    await mw.executeCommand!('ormbAssist.generateAlgorithm', [{ objective: 'x' }], () => ({ status: 'ok', applied: true, uri }));
    const shown = vscode.callsOf('showTextDocument');
    assert.strictEqual(shown.length, 1);
    assert.strictEqual(String(shown[0][0]), uri);
    await mw.executeCommand!('ormbAssist.generateAlgorithm', [{ objective: 'x' }], () => ({ status: 'error', applied: false }));
    assert.strictEqual(vscode.callsOf('showTextDocument').length, 1);
  });

  it('answers workspace/configuration with server settings only', async () => {
    vscode.state.config = { 'ormbAssist.backend': 'openai', 'ormbAssist.pythonPath': '/py', 'ormbAssist.serverCommand': ['x'] };
    const mw = middleware(() => undefined);
    const params = { items: [{ section: 'ormbAssist' }, { section: 'files' }] };
    const answers = await mw.workspace!.configuration!(params, {} as any, () => [{ backend: 'openai', pythonPath: '/py' }, { exclude: {} }]);
    assert.deepStrictEqual(answers, [{ backend: 'openai' }, { exclude: {} }]);
  });
});
