/**
 * A small stand-in for the `vscode` module (unit tests run in plain Node; VS Code cannot be downloaded
 * here).  It records what the extension asks of the editor in `calls` and answers from `state`.
 * Names it does not define resolve to a generic class (setup.ts), enough for vscode-languageclient to load.
 */
 

export const calls: { method: string; args: unknown[] }[] = [];
export const state: {
  config: Record<string, unknown>;
  activeTextEditor: any;
  inputBox: string | undefined;
  messageChoice: string | undefined;
  workspaceFolders: any[] | undefined;
  commands: Map<string, (...args: any[]) => unknown>;
  providers: any[];
} = {
  config: {},
  activeTextEditor: undefined,
  inputBox: undefined,
  messageChoice: undefined,
  workspaceFolders: undefined,
  commands: new Map(),
  providers: [],
};

export function reset(): void {
  calls.length = 0;
  state.config = {};
  state.activeTextEditor = undefined;
  state.inputBox = undefined;
  state.messageChoice = undefined;
  state.workspaceFolders = undefined;
  state.commands.clear();
  state.providers = [];
}

function record(method: string, ...args: unknown[]): void {
  calls.push({ method, args });
}

export function callsOf(method: string): unknown[][] {
  return calls.filter((c) => c.method === method).map((c) => c.args);
}

export class Disposable {
  constructor(private readonly fn: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (listener: (e: T) => void): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(e: T): void {
    this.listeners.forEach((l) => l(e));
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c as number, d as number) : (b as Position);
  }
  get isEmpty(): boolean {
    return this.start.line === this.end.line && this.start.character === this.end.character;
  }
}

export class Selection extends Range {
  get active(): Position {
    return this.end;
  }
}

export class SnippetString {
  constructor(readonly value = '') {}
}

export class InlineCompletionItem {
  filterText?: string;
  constructor(
    public insertText: string | SnippetString,
    public range?: Range,
    public command?: { title: string; command: string; arguments?: unknown[] },
  ) {}
}

export class InlineCompletionList {
  constructor(public items: InlineCompletionItem[]) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(value: string): Uri {
    return value.startsWith('file://') ? new Uri('file', decodeURIComponent(value.slice(7))) : new Uri(value.split(':')[0], value);
  }
  toString(): string {
    return this.scheme === 'file' ? `file://${this.fsPath}` : this.fsPath;
  }
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum InlineCompletionTriggerKind {
  Invoke = 0,
  Automatic = 1,
}

export enum ConfigurationTarget {
  Global = 1,
  Workspace = 2,
  WorkspaceFolder = 3,
}

/** A text document over a string (offsets and positions as VS Code computes them). */
export class FakeDocument {
  version = 1;
  readonly languageId: string;
  constructor(
    readonly uri: Uri,
    public text: string,
    languageId = 'java',
  ) {
    this.languageId = languageId;
  }
  offsetAt(p: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < p.line; i++) {
      offset += lines[i].length + 1;
    }
    return offset + p.character;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, offset).split('\n');
    return new Position(before.length - 1, before[before.length - 1].length);
  }
  lineAt(line: number): { text: string } {
    return { text: this.text.split('\n')[line] ?? '' };
  }
  getText(range?: Range): string {
    if (!range) {
      return this.text;
    }
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}

function statusBarItem(): any {
  return {
    text: '',
    tooltip: '',
    name: '',
    command: undefined,
    backgroundColor: undefined,
    show: () => record('statusBarItem.show'),
    hide: () => undefined,
    dispose: () => undefined,
  };
}

function outputChannel(name: string): any {
  const lines: string[] = [];
  const log = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return {
    name,
    lines,
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('debug'),
    trace: log('trace'),
    append: (s: string) => lines.push(s),
    appendLine: (s: string) => lines.push(s),
    replace: () => undefined,
    clear: () => undefined,
    show: () => record('output.show', name),
    hide: () => undefined,
    dispose: () => undefined,
    onDidChangeLogLevel: () => new Disposable(),
    logLevel: 2,
  };
}

export const window = {
  get activeTextEditor(): any {
    return state.activeTextEditor;
  },
  visibleTextEditors: [] as any[],
  createStatusBarItem: (..._args: unknown[]) => statusBarItem(),
  createOutputChannel: (name: string) => outputChannel(name),
  showErrorMessage: (message: string, ...items: string[]) => {
    record('showErrorMessage', message, ...items);
    return Promise.resolve(state.messageChoice);
  },
  showWarningMessage: (message: string, ...items: string[]) => {
    record('showWarningMessage', message, ...items);
    return Promise.resolve(state.messageChoice);
  },
  showInformationMessage: (message: string, ...items: string[]) => {
    record('showInformationMessage', message, ...items);
    return Promise.resolve(state.messageChoice);
  },
  showInputBox: (options: unknown) => {
    record('showInputBox', options);
    return Promise.resolve(state.inputBox);
  },
  showTextDocument: (doc: unknown, options?: unknown) => {
    record('showTextDocument', doc, options);
    return Promise.resolve({});
  },
  onDidChangeActiveTextEditor: () => new Disposable(),
  onDidChangeVisibleTextEditors: () => new Disposable(),
  withProgress: (_o: unknown, task: (p: unknown, t: unknown) => unknown) =>
    task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: () => new Disposable() }),
};

export const workspace = {
  get workspaceFolders(): any[] | undefined {
    return state.workspaceFolders;
  },
  textDocuments: [] as any[],
  getConfiguration: (section?: string, scope?: unknown) => {
    record('getConfiguration', section, scope);
    const prefix = section ? `${section}.` : '';
    return {
      get: <T>(key: string, fallback?: T): T | undefined => {
        const full = prefix + key;
        return (full in state.config ? state.config[full] : fallback) as T | undefined;
      },
      has: (key: string) => prefix + key in state.config,
      inspect: () => undefined,
      update: () => Promise.resolve(),
    };
  },
  openTextDocument: (options: unknown) => {
    record('openTextDocument', options);
    return Promise.resolve({ options });
  },
  onDidChangeConfiguration: () => new Disposable(),
  onDidChangeTextDocument: () => new Disposable(),
  onDidOpenTextDocument: () => new Disposable(),
  onDidCloseTextDocument: () => new Disposable(),
  onDidSaveTextDocument: () => new Disposable(),
  onWillSaveTextDocument: () => new Disposable(),
  onDidChangeWorkspaceFolders: () => new Disposable(),
  createFileSystemWatcher: () => ({ onDidCreate: () => new Disposable(), onDidChange: () => new Disposable(), onDidDelete: () => new Disposable(), dispose: () => undefined }),
};

export const commands = {
  registerCommand: (id: string, fn: (...args: any[]) => unknown) => {
    record('registerCommand', id);
    state.commands.set(id, fn);
    return new Disposable(() => state.commands.delete(id));
  },
  executeCommand: (id: string, ...args: unknown[]) => {
    record('executeCommand', id, ...args);
    const fn = state.commands.get(id);
    return Promise.resolve(fn ? fn(...args) : undefined);
  },
};

export const languages = {
  registerInlineCompletionItemProvider: (selector: unknown, provider: unknown) => {
    record('registerInlineCompletionItemProvider', selector, provider);
    state.providers.push(provider);
    return new Disposable(() => (state.providers = state.providers.filter((p) => p !== provider)));
  },
  match: () => 10,
};

export const env = { appName: 'mock', language: 'en', machineId: 'mock', sessionId: 'mock', uiKind: 1 };
export const extensions = { getExtension: () => undefined, all: [] };
export const version = '1.91.0';
