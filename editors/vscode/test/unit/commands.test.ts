import * as assert from 'assert';
import manifest from '../../package.json';
import { CommandHost, formatResolution, formatStatus, generateAlgorithm, objectiveFrom, registerCommands, reindex, showResolvedDependencies } from '../../src/commands';
import { UiCommands } from '../../src/protocol';
import * as vscode from './vscode-mock';

function host(answers: Record<string, unknown>, running = true) {
  const sent: { method: string; params: any }[] = [];
  const client = {
    sendRequest: (method: string, params: any) => {
      sent.push({ method, params });
      return Promise.resolve(answers[params.command]);
    },
  };
  const h: CommandHost = {
    client: () => (running ? (client as any) : undefined),
    restart: () => Promise.resolve(true),
    showLog: () => undefined,
    lastStatus: () => undefined,
  };
  return { h, sent };
}

function editorAt(text: string, line: number, selected = '') {
  const doc = new vscode.FakeDocument(vscode.Uri.file('/ws/src/A.java'), text);
  const start = new vscode.Position(line, 0);
  return {
    document: Object.assign(doc, { getText: () => selected }),
    selection: new vscode.Selection(start, start),
  };
}

describe('objectiveFrom', () => {
  it('uses the selection, else a comment on the cursor line', () => {
    assert.strictEqual(objectiveFrom('  stop bill  completion ', ''), 'stop bill completion');
    assert.strictEqual(objectiveFrom('', '    // TODO: delete zero amount bills'), 'delete zero amount bills');
    assert.strictEqual(objectiveFrom('', '    int x = 1;'), '');
  });
});

describe('commands', () => {
  beforeEach(() => vscode.reset());

  it('contributes exactly the commands it registers', () => {
    registerCommands(host({}).h);
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepStrictEqual(contributed, Object.values(UiCommands).sort());
    assert.deepStrictEqual([...vscode.state.commands.keys()].sort(), contributed);
  });

  it('generates from the objective the user confirms and opens the new file', async () => {
    vscode.state.activeTextEditor = editorAt('class A {\n  // stop bill completion above a limit\n}\n', 1);
    vscode.state.inputBox = 'stop bill completion above a configured limit';
    const uri = 'file:///ws/src/cm/CmStopBillAlgComp_Impl.java';
    const { h, sent } = host({ 'ormbAssist.generateAlgorithm': { status: 'ok', applied: true, uri } });
    await generateAlgorithm(h);
    const box: any = vscode.callsOf('showInputBox')[0][0];
    assert.strictEqual(box.value, 'stop bill completion above a limit');
    assert.deepStrictEqual(sent, [
      {
        method: 'workspace/executeCommand',
        params: {
          command: 'ormbAssist.generateAlgorithm',
          arguments: [{ objective: 'stop bill completion above a configured limit', uri: 'file:///ws/src/A.java' }],
        },
      },
    ]);
    assert.strictEqual(String(vscode.callsOf('showTextDocument')[0][0]), uri);
  });

  it('sends nothing when the user cancels, and says so when the server is down', async () => {
    const { h, sent } = host({});
    vscode.state.inputBox = undefined;
    await generateAlgorithm(h);
    assert.strictEqual(sent.length, 0);
    await generateAlgorithm(host({}, false).h);
    assert.ok(String(vscode.callsOf('showWarningMessage')[0][0]).includes('not running'));
  });

  it('shows a server-side generation error', async () => {
    vscode.state.inputBox = 'do something';
    await generateAlgorithm(host({ 'ormbAssist.generateAlgorithm': { status: 'error', message: 'the workspace is not indexed yet' } }).h);
    assert.ok(String(vscode.callsOf('showErrorMessage')[0][0]).includes('the workspace is not indexed yet'));
  });

  it('re-indexes and reports whether it started', async () => {
    const { h, sent } = host({ 'ormbAssist.reindex': { started: true } });
    await reindex(h, true);
    assert.deepStrictEqual(sent[0].params, { command: 'ormbAssist.reindex', arguments: [{ full: true }] });
    assert.ok(String(vscode.callsOf('showInformationMessage')[0][0]).includes('re-indexing'));
  });

  it('renders resolved dependencies as markdown', async () => {
    vscode.state.inputBox = 'late payment interest';
    const resolution = {
      objective: 'late payment interest',
      confident: true,
      elapsed_ms: 41.2,
      spots: [{ name: 'AdjustmentFreezeAlgorithmSpot', fqn: 'com.splwg.ccb.X', score: 0.91, methods: [{ name: 'setAdjustment', return_type: 'void', parameters: [{ type: 'Adjustment', name: 'adj' }] }] }],
      tables: [{ name: 'CI_ADJ', score: 0.8, reasons: ['objective mentions adjustment'] }],
      examples: [{ fqn: 'com.splwg.cm.Y', path: 'src/Y.java', score: 0.5, spot: 'AdjustmentFreezeAlgorithmSpot', tables: ['CI_ADJ'] }],
    };
    await showResolvedDependencies(host({ 'ormbAssist.showResolvedDependencies': resolution }).h);
    const opened: any = vscode.callsOf('openTextDocument')[0][0];
    assert.strictEqual(opened.language, 'markdown');
    assert.strictEqual(opened.content, formatResolution(resolution));
    assert.ok(opened.content.includes('`void setAdjustment(Adjustment adj)`'));
    assert.ok(opened.content.includes('**CI_ADJ** (score 0.80) — objective mentions adjustment'));
    assert.ok(formatResolution({ error: 'give an objective' }).includes('give an objective'));
  });

  it('formats the server status with timings', () => {
    const text = formatStatus({ state: 'ready', message: 'indexed in 2.0s', backend: { backend: 'embedded', ok: true }, timings: { inline: { n: 3, p50_ms: 4.5, p99_ms: 9 } } });
    assert.ok(text.includes('- state: ready — indexed in 2.0s'));
    assert.ok(text.includes('| inline | 3 | 4.5 | 9 |'));
    assert.ok(formatStatus(undefined).includes('not reported'));
  });
});
