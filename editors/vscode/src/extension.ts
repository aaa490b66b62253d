/**
 * Entry point: builds the status bar, the server controller and the palette commands.  The returned
 * API (client, status) is what the integration tests drive.
 */
import * as vscode from 'vscode';
import { ServerController } from './client';
import { registerCommands } from './commands';
import { StatusBar } from './status';

export interface OrmbAssistApi {
  controller: ServerController;
  status: StatusBar;
}

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<OrmbAssistApi> {
  const output = vscode.window.createOutputChannel('ORMB Assist', { log: true });
  const status = new StatusBar();
  controller = new ServerController(output, status);
  const ctl = controller;
  context.subscriptions.push(
    output,
    status,
    ctl,
    ...registerCommands({
      client: () => (ctl.client?.isRunning() ? ctl.client : undefined),
      restart: () => ctl.restart(),
      showLog: () => output.show(),
      lastStatus: () => status.last,
    }),
    vscode.workspace.onDidChangeConfiguration((e) => ctl.configurationChanged(e)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      ctl.client?.inline.telemetry.documentChanged(e.document.uri.toString(), e.contentChanges);
    }),
  );
  await ctl.start();
  return { controller: ctl, status };
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
