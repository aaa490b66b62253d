/**
 * The language client: `OrmbLanguageClient` (vscode-languageclient with our inline feature swapped in)
 * and `ServerController`, which resolves the server command, starts/restarts the client, routes
 * `ormbAssist/status` to the status bar and keeps the server's settings in sync.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DynamicFeature,
  LanguageClient,
  LanguageClientOptions,
  Middleware,
  ServerOptions,
  State,
  StaticFeature,
} from 'vscode-languageclient/node';
import { OrmbInlineCompletionFeature, isBuiltinInlineFeature } from './inline';
import { GenerateResult, Notifications, ServerCommands, ServerStatus, CONFIG_SECTION } from './protocol';
import { isFailure, resolveServerCommand, ResolvedCommand, ResolveFailure } from './serverCommand';
import { configurationAnswer, initializationOptions, needsRestart, serverSettings } from './settings';
import { StatusBar } from './status';

export const CLIENT_ID = 'ormbAssist';
export const CLIENT_NAME = 'ORMB Assist';

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'java' },
  { scheme: 'file', language: 'sql' },
  { scheme: 'untitled', language: 'java' },
  { scheme: 'untitled', language: 'sql' },
];

export class OrmbLanguageClient extends LanguageClient {
  readonly inline: OrmbInlineCompletionFeature;

  constructor(serverOptions: ServerOptions, clientOptions: LanguageClientOptions, inlineEnabled: () => boolean) {
    super(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.inline = new OrmbInlineCompletionFeature(this, inlineEnabled);
    this.registerFeature(this.inline);
  }

  /** The built-in inline feature is replaced by ours (same request, plus shown/partial-accept events). */
  override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
    if (isBuiltinInlineFeature(feature)) {
      return;
    }
    super.registerFeature(feature);
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export function config(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
}

export function resolveCommand(): ResolvedCommand | ResolveFailure {
  const c = config();
  return resolveServerCommand(
    {
      serverCommand: c.get<string[]>('serverCommand') ?? [],
      pythonPath: c.get<string>('pythonPath') ?? '',
      workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
      pathEnv: process.env.PATH ?? '',
      platform: process.platform,
    },
    isFile,
  );
}

/** Open the file a generation created (the server applied it as a WorkspaceEdit). */
export async function openGenerated(result: unknown): Promise<void> {
  const r = result as GenerateResult | undefined;
  if (r && r.applied && r.uri) {
    await vscode.window.showTextDocument(vscode.Uri.parse(r.uri), { preview: false });
  }
}

export function middleware(inline: () => OrmbInlineCompletionFeature | undefined): Middleware {
  return {
    workspace: {
      configuration: async (params, token, next) => {
        const answers = await next(params, token);
        if (!Array.isArray(answers)) {
          return answers;
        }
        return params.items.map((item, i) =>
          configurationAnswer(item.section, answers[i], () => config(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)),
        );
      },
    },
    executeCommand: async (command, args, next) => {
      if (command === ServerCommands.inlineAccepted) {
        const arg = args[0] as unknown;
        inline()?.telemetry.accepted(typeof arg === 'string' ? arg : (arg as { itemId?: string } | undefined)?.itemId);
      }
      const result: unknown = await next(command, args);
      if (command === ServerCommands.generateAlgorithm) {
        await openGenerated(result);
      }
      return result;
    },
  };
}

export class ServerController implements vscode.Disposable {
  client: OrmbLanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly output: vscode.LogOutputChannel,
    readonly status: StatusBar,
  ) {}

  async start(): Promise<boolean> {
    this.status.setPhase('starting');
    const resolved = resolveCommand();
    if (isFailure(resolved)) {
      this.fail(resolved.error);
      return false;
    }
    this.output.info(`starting ${resolved.command} ${resolved.args.join(' ')} (from ${resolved.source})`);
    const serverOptions: ServerOptions = { command: resolved.command, args: resolved.args, options: { env: process.env } };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      initializationOptions: initializationOptions(config()),
      outputChannel: this.output,
      middleware: middleware(() => this.client?.inline),
    };
    const client = new OrmbLanguageClient(serverOptions, clientOptions, () => config().get<boolean>('inline.enabled') ?? true);
    this.client = client;
    this.disposables.push(
      client.onNotification(Notifications.status, (s: ServerStatus) => this.status.update(s)),
      client.onDidChangeState((e) => {
        if (e.newState === State.Stopped) {
          this.status.setPhase('stopped');
        } else if (e.newState === State.Running) {
          this.status.setPhase('running');
        }
      }),
    );
    try {
      await client.start();
      this.status.setPhase('running');
      return true;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.fail(
        `ORMB Assist: the language server failed to start (${resolved.command} ${resolved.args.join(' ')}): ${why}. ` +
          'Check that the ormb-assist package is installed for that Python (see the ORMB Assist log).',
      );
      return false;
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    while (this.disposables.length) {
      this.disposables.pop()?.dispose();
    }
    if (client) {
      try {
        await client.stop(5000);
      } catch (error) {
        this.output.warn(`stopping the server: ${String(error)}`);
      }
    }
  }

  async restart(): Promise<boolean> {
    await this.stop();
    return this.start();
  }

  /** Push changed server settings; a changed server command asks for a restart. */
  async configurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!event.affectsConfiguration(CONFIG_SECTION)) {
      return;
    }
    if (needsRestart((s) => event.affectsConfiguration(s))) {
      const choice = await vscode.window.showInformationMessage('ORMB Assist: the server command changed.', 'Restart server');
      if (choice === 'Restart server') {
        await this.restart();
      }
      return;
    }
    if (this.client?.isRunning()) {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, {
        settings: { [CONFIG_SECTION]: serverSettings(config()) },
      });
    }
  }

  private fail(message: string): void {
    this.status.setPhase('failed', message);
    this.output.error(message);
    void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Log').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', CONFIG_SECTION);
      } else if (choice === 'Show Log') {
        this.output.show();
      }
    });
  }

  dispose(): void {
    void this.stop();
  }
}
