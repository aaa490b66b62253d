/**
 * End to end in a real VS Code: the extension starts the real server on a copy of the sample
 * workspace, indexes it, completes table names inside an SQL string, returns ghost text, and the
 * generate command creates a class file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { OrmbAssistApi } from '../../../src/extension';

const workspace = process.env.ORMB_TEST_WORKSPACE ?? '';
const FILE = 'src/cm/com/splwg/cm/domain/billing/algorithm/CmDeleteZeroAmountBillAlgComp_Impl.java';

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 300_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) {
      return value;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function tableNames(): Set<string> {
  const names = new Set<string>();
  for (const file of fs.readdirSync(path.join(workspace, 'db'))) {
    const ddl = fs.readFileSync(path.join(workspace, 'db', file), 'utf8');
    for (const m of ddl.matchAll(/create\s+table\s+(?:"?\w+"?\.)?"?(\w+)"?/gi)) {
      names.add(m[1].toUpperCase());
    }
  }
  return names;
}

describe('ORMB Assist in VS Code', () => {
  let api: OrmbAssistApi;
  let editor: vscode.TextEditor;

  before(async () => {
    const doc = await vscode.workspace.openTextDocument(path.join(workspace, FILE));
    editor = await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension<OrmbAssistApi>('ormb-assist.ormb-assist');
    assert.ok(ext, 'extension is installed');
    api = await ext.activate();
    await waitFor('indexing', () => api.status.last?.state === 'ready');
  });

  it('completes real table names inside an SQL string', async () => {
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('public void invoke() {')) + 1;
    const probe = '        String probe = "SELECT * FROM CI_BS";\n';
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), probe));
    const at = new vscode.Position(line, probe.indexOf('";'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const real = tableNames();
    const tables = labels.filter((l) => real.has(l));
    assert.ok(tables.includes('CI_BSEG'), `labels: ${labels.slice(0, 20).join(', ')}`);
    assert.ok(tables.every((t) => t.startsWith('CI_BS')));
  });

  it('gives ghost text through the inline completion provider', async () => {
    const provider = await waitFor('inline provider', () => api.controller.client?.inline.provider);
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('public void invoke() {')) + 1;
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '        String sql = "SELECT BILL_ID FROM CI_BILL WHERE \n'));
    const at = new vscode.Position(line, '        String sql = "SELECT BILL_ID FROM CI_BILL WHERE '.length);
    const token = new vscode.CancellationTokenSource().token;
    const result = await provider.provideInlineCompletionItems(
      editor.document,
      at,
      { triggerKind: vscode.InlineCompletionTriggerKind.Invoke, selectedCompletionInfo: undefined },
      token,
    );
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    assert.ok(items.length > 0, 'at least one suggestion');
    assert.strictEqual(items[0].command?.command, 'ormbAssist.inlineAccepted');
  });

  it('generates an algorithm class file', async () => {
    const result = await vscode.commands.executeCommand<{ status: string; uri?: string; applied?: boolean }>(
      'ormbAssist.generateAlgorithm',
      { objective: 'stop bill completion when the invoice total is above a configured limit', uri: editor.document.uri.toString() },
    );
    assert.strictEqual(result.status, 'ok', JSON.stringify(result));
    assert.ok(result.applied && result.uri);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
    assert.ok(doc.getText().includes('implements'));
    await doc.save();
    assert.ok(fs.existsSync(doc.uri.fsPath));
  });
});
