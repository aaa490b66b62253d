/**
 * Palette commands: "Generate ORMB algorithm", "Re-index workspace", "Show resolved dependencies",
 * server status, restart, log.  Each one asks the server through workspace/executeCommand; the text
 * they render (`formatResolution`, `formatStatus`) is pure and unit-tested.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { GenerateResult, Resolution, ServerCommands, ServerStatus, UiCommands } from './protocol';

/** What the commands need from the client (a LanguageClient fits; tests pass a fake). */
export interface CommandClient {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

export interface CommandHost {
  client(): CommandClient | undefined;
  restart(): Promise<unknown>;
  showLog(): void;
  lastStatus(): ServerStatus | undefined;
}

export function executeServerCommand<R>(client: CommandClient, command: string, args: unknown[]): Promise<R> {
  return client.sendRequest<R>(ExecuteCommandRequest.method, { command, arguments: args });
}

/** The objective to prefill: the selection, else the comment on the cursor line. */
export function objectiveFrom(selection: string, cursorLine: string): string {
  const picked = selection.trim() || (/^\s*(\/\/|\/\*|\*)/.test(cursorLine) ? cursorLine : '');
  return picked
    .replace(/\/\*+|\*+\//g, ' ')
    .replace(/^\s*(\/\/+|\*)\s?/gm, '')
    .replace(/^\s*(todo|fixme)\s*:?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function methodLine(m: { name: string; return_type?: string; parameters?: { type: string; name: string }[] }): string {
  const params = (m.parameters ?? []).map((p) => `${p.type} ${p.name}`).join(', ');
  return `${m.return_type ? `${m.return_type} ` : ''}${m.name}(${params})`;
}

export function formatResolution(r: Resolution): string {
  if (r.error) {
    return `# ORMB Assist: resolved dependencies\n\n${r.error}\n`;
  }
  const out: string[] = [`# Resolved dependencies: ${r.objective ?? ''}`, ''];
  if (r.confident === false) {
    out.push('_Nothing matched well: these are the closest candidates._', '');
  }
  out.push('## SPOT interfaces', '');
  for (const s of r.spots ?? []) {
    out.push(`- **${s.name}** \`${s.fqn}\` (score ${s.score.toFixed(2)})${s.reasons?.length ? ` — ${s.reasons.join('; ')}` : ''}`);
    for (const m of s.methods ?? []) {
      out.push(`  - \`${methodLine(m)}\``);
    }
  }
  out.push('', '## Tables', '');
  for (const t of r.tables ?? []) {
    out.push(`- **${t.name}** (score ${t.score.toFixed(2)})${t.reasons?.length ? ` — ${t.reasons.join('; ')}` : ''}`);
  }
  out.push('', '## Examples in this workspace', '');
  for (const e of r.examples ?? []) {
    out.push(`- \`${e.fqn}\` — ${e.path}${e.spot ? ` (implements ${e.spot})` : ''}${e.tables?.length ? `; tables ${e.tables.join(', ')}` : ''}`);
  }
  if (typeof r.elapsed_ms === 'number') {
    out.push('', `_Resolved in ${r.elapsed_ms.toFixed(0)} ms._`);
  }
  return out.join('\n') + '\n';
}

export function formatStatus(s: ServerStatus | undefined): string {
  if (!s) {
    return '# ORMB Assist status\n\nThe server has not reported yet.\n';
  }
  const out = ['# ORMB Assist status', '', `- state: ${s.state ?? '?'} — ${s.message ?? ''}`];
  if (s.backend) {
    out.push(`- backend: ${s.backend.backend ?? '?'} (${s.backend.ok === false ? 'unavailable' : 'ok'}${s.backend.detail ? `: ${s.backend.detail}` : ''})`);
  }
  for (const root of s.roots ?? []) {
    const summary = Object.entries(root.summary ?? {})
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    out.push(`- ${root.path}: ${root.ready ? 'indexed' : 'not ready'}${root.error ? `, error: ${root.error}` : ''}${summary ? ` (${summary})` : ''}`);
  }
  const timings = Object.entries(s.timings ?? {});
  if (timings.length) {
    out.push('', '| request | n | p50 ms | p99 ms |', '| --- | --- | --- | --- |');
    for (const [name, t] of timings) {
      out.push(`| ${name} | ${t.n} | ${t.p50_ms} | ${t.p99_ms} |`);
    }
  }
  return out.join('\n') + '\n';
}

async function showMarkdown(content: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc, { preview: true });
}

function needClient(host: CommandHost): CommandClient | undefined {
  const client = host.client();
  if (!client) {
    void vscode.window.showWarningMessage('ORMB Assist: the language server is not running (see the status bar).');
  }
  return client;
}

async function askObjective(prompt: string): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const prefill = editor
    ? objectiveFrom(editor.document.getText(editor.selection), editor.document.lineAt(editor.selection.active.line).text)
    : '';
  const objective = await vscode.window.showInputBox({
    prompt,
    value: prefill,
    placeHolder: 'e.g. stop bill completion when the invoice total is above a configured limit',
    ignoreFocusOut: true,
  });
  return objective?.trim() || undefined;
}

export async function generateAlgorithm(host: CommandHost): Promise<GenerateResult | undefined> {
  const client = needClient(host);
  const objective = client && (await askObjective('What should the ORMB algorithm do?'));
  if (!client || !objective) {
    return undefined;
  }
  const uri = vscode.window.activeTextEditor?.document.uri.toString() ?? '';
  const result = await executeServerCommand<GenerateResult>(client, ServerCommands.generateAlgorithm, [{ objective, uri }]);
  if (result?.applied && result.uri) {
    await vscode.window.showTextDocument(vscode.Uri.parse(result.uri), { preview: false });
  } else if (result?.status === 'error') {
    void vscode.window.showErrorMessage(`ORMB Assist: ${result.message ?? 'generation failed'}`);
  }
  return result;
}

export async function reindex(host: CommandHost, full = false): Promise<unknown> {
  const client = needClient(host);
  if (!client) {
    return undefined;
  }
  const result = await executeServerCommand<{ started?: boolean }>(client, ServerCommands.reindex, [{ full }]);
  void vscode.window.showInformationMessage(
    result?.started ? 'ORMB Assist: re-indexing the workspace…' : 'ORMB Assist: indexing is already running.',
  );
  return result;
}

export async function showResolvedDependencies(host: CommandHost): Promise<Resolution | undefined> {
  const client = needClient(host);
  const objective = client && (await askObjective('Objective to resolve (SPOT interface, tables, examples)'));
  if (!client || !objective) {
    return undefined;
  }
  const uri = vscode.window.activeTextEditor?.document.uri.toString() ?? '';
  const result = await executeServerCommand<Resolution>(client, ServerCommands.showResolvedDependencies, [{ objective, uri }]);
  await showMarkdown(formatResolution(result ?? { error: 'no answer from the server' }));
  return result;
}

export async function showStatus(host: CommandHost): Promise<void> {
  const client = host.client();
  let status = host.lastStatus();
  if (client) {
    try {
      status = await executeServerCommand<ServerStatus>(client, ServerCommands.status, []);
    } catch {
      // keep the last notification
    }
  }
  await showMarkdown(formatStatus(status));
}

export function registerCommands(host: CommandHost): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(UiCommands.generateAlgorithm, () => generateAlgorithm(host)),
    vscode.commands.registerCommand(UiCommands.reindex, (full?: boolean) => reindex(host, full === true)),
    vscode.commands.registerCommand(UiCommands.showResolvedDependencies, () => showResolvedDependencies(host)),
    vscode.commands.registerCommand(UiCommands.showStatus, () => showStatus(host)),
    vscode.commands.registerCommand(UiCommands.restartServer, () => host.restart()),
    vscode.commands.registerCommand(UiCommands.showLog, () => host.showLog()),
  ];
}
