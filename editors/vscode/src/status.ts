/**
 * Status bar item: indexing progress and backend health from the server's `ormbAssist/status`
 * notifications.  `renderStatus` is pure so the wording is unit-tested without VS Code.
 */
import * as vscode from 'vscode';
import { ServerStatus, UiCommands } from './protocol';

export type Severity = 'ok' | 'busy' | 'warning' | 'error';

export interface RenderedStatus {
  text: string;
  tooltip: string;
  severity: Severity;
}

/** Client states the status bar shows before/after the server speaks. */
export type ClientPhase = 'starting' | 'running' | 'stopped' | 'failed';

function summaryLine(status: ServerStatus): string {
  const parts: string[] = [];
  for (const root of status.roots ?? []) {
    const s = root.summary ?? {};
    const counts = ['java_classes', 'tables', 'spots', 'jar_classes']
      .filter((k) => typeof s[k] === 'number')
      .map((k) => `${s[k]} ${k.replace('_', ' ')}`);
    parts.push(`${root.path}: ${root.error ? `error: ${root.error}` : counts.join(', ') || 'not indexed'}`);
  }
  return parts.join('\n');
}

export function renderStatus(status: ServerStatus | undefined, phase: ClientPhase, detail = ''): RenderedStatus {
  if (phase === 'failed') {
    return { text: '$(error) ORMB', tooltip: `ORMB Assist: the language server could not start.\n${detail}`.trim(), severity: 'error' };
  }
  if (phase === 'stopped') {
    return { text: '$(circle-slash) ORMB', tooltip: 'ORMB Assist: language server stopped', severity: 'warning' };
  }
  if (!status || phase === 'starting') {
    return { text: '$(loading~spin) ORMB', tooltip: 'ORMB Assist: starting the language server', severity: 'busy' };
  }
  const backend = status.backend;
  const backendLine = backend
    ? `Backend: ${backend.backend ?? '?'} — ${backend.ok === false ? 'unavailable' : 'ok'}${backend.detail ? ` (${backend.detail})` : ''}`
    : '';
  const lines = [`ORMB Assist: ${status.message ?? status.state ?? ''}`, backendLine, summaryLine(status)].filter(Boolean);
  const tooltip = lines.join('\n');
  switch (status.state) {
    case 'indexing': {
      const pct = typeof status.percent === 'number' ? ` ${Math.round(status.percent)}%` : '';
      return { text: `$(sync~spin) ORMB${pct}`, tooltip, severity: 'busy' };
    }
    case 'error':
      return { text: '$(error) ORMB', tooltip, severity: 'error' };
    case 'ready':
      if (backend && backend.ok === false) {
        return { text: '$(warning) ORMB', tooltip, severity: 'warning' };
      }
      return { text: '$(check) ORMB', tooltip, severity: 'ok' };
    default:
      return { text: '$(loading~spin) ORMB', tooltip, severity: 'busy' };
  }
}

/** Owns the status bar item; `update` with every notification, `setPhase` on client state changes. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private status: ServerStatus | undefined;
  private phase: ClientPhase = 'starting';
  private detail = '';

  constructor() {
    this.item = vscode.window.createStatusBarItem('ormbAssist.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'ORMB Assist';
    this.item.command = UiCommands.showStatus;
    this.render();
    this.item.show();
  }

  get last(): ServerStatus | undefined {
    return this.status;
  }

  update(status: ServerStatus): void {
    this.status = status; // the server always sends its whole status
    this.render();
  }

  setPhase(phase: ClientPhase, detail = ''): void {
    this.phase = phase;
    this.detail = detail;
    if (phase === 'starting') {
      this.status = undefined;
    }
    this.render();
  }

  private render(): void {
    const r = renderStatus(this.status, this.phase, this.detail);
    this.item.text = r.text;
    this.item.tooltip = r.tooltip;
    this.item.backgroundColor =
      r.severity === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : r.severity === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
