/**
 * Ghost text: a static client feature that stands in for vscode-languageclient's built-in
 * `textDocument/inlineCompletion` feature (LSP 3.18).  It advertises the same client capability, sends
 * the same request through the client's converters, and registers its own provider so that VS Code's
 * shown / partial-accept callbacks (and their fallbacks) reach the server: the built-in provider has no
 * such hooks.  `OrmbLanguageClient` (client.ts) swaps it in for the built-in one.
 */
import * as vscode from 'vscode';
import {
  ClientCapabilities,
  DocumentSelector,
  FeatureClient,
  FeatureState,
  InlineCompletionRequest,
  ServerCapabilities,
  StaticFeature,
} from 'vscode-languageclient/node';
import { InlineTelemetry, itemIdOf } from './inlineTelemetry';

export const SHOWN_DELAY_MS = 250;

/** VS Code's proposed `PartialAcceptInfo` (inlineCompletionsAdditions) or the older plain length. */
export type PartialAcceptInfo = number | { acceptedLength: number; kind?: number };

/** Where the editor is now: used by the "shown" fallback. */
export type CursorProbe = (uri: string, version: number, offset: number) => boolean;

export function activeEditorAt(uri: string, version: number, offset: number): boolean {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== uri || editor.document.version !== version) {
    return false;
  }
  const active = editor.selection.active;
  return editor.selection.isEmpty && editor.document.offsetAt(active) === offset;
}

export class OrmbInlineCompletionProvider implements vscode.InlineCompletionItemProvider {
  constructor(
    private readonly client: FeatureClient<unknown>,
    readonly telemetry: InlineTelemetry,
    private readonly enabled: () => boolean = () => true,
    private readonly cursorAt: CursorProbe = activeEditorAt,
    private readonly shownDelayMs = SHOWN_DELAY_MS,
  ) {}

  async provideInlineCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.InlineCompletionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.InlineCompletionItem[] | vscode.InlineCompletionList | undefined> {
    if (!this.enabled()) {
      return undefined;
    }
    const params = this.client.code2ProtocolConverter.asInlineCompletionParams(document, position, context);
    let result;
    try {
      result = await this.client.sendRequest(InlineCompletionRequest.type, params, token);
    } catch (error) {
      return this.client.handleFailedRequest(InlineCompletionRequest.type, token, error, undefined);
    }
    if (token.isCancellationRequested || !result) {
      return undefined;
    }
    const converted = await this.client.protocol2CodeConverter.asInlineCompletionResult(result, token);
    const items: readonly vscode.InlineCompletionItem[] = Array.isArray(converted) ? converted : (converted?.items ?? []);
    const uri = document.uri.toString();
    const offset = document.offsetAt(position);
    const ids = this.telemetry.provided(uri, offset, items);
    if (ids.length > 0) {
      this.scheduleShownFallback(uri, document.version, offset, ids[0], token);
    }
    return converted;
  }

  /** Proposed API (inlineCompletionsAdditions): the item was rendered as ghost text. */
  handleDidShowCompletionItem(item: vscode.InlineCompletionItem): void {
    this.telemetry.shown(itemIdOf(item));
  }

  /** Proposed API: part of the item was accepted (VS Code calls it with a number and with an info object). */
  handleDidPartiallyAcceptCompletionItem(item: vscode.InlineCompletionItem, info: PartialAcceptInfo): void {
    const length = typeof info === 'number' ? info : info?.acceptedLength;
    if (typeof length === 'number') {
      this.telemetry.partiallyAccepted(itemIdOf(item), length);
    }
  }

  private scheduleShownFallback(uri: string, version: number, offset: number, itemId: string, token: vscode.CancellationToken): void {
    setTimeout(() => {
      if (!token.isCancellationRequested && this.telemetry.firstOf(uri) === itemId && this.cursorAt(uri, version, offset)) {
        this.telemetry.shown(itemId);
      }
    }, this.shownDelayMs);
  }
}

/** Is this the built-in inline completion feature of vscode-languageclient? */
export function isBuiltinInlineFeature(feature: unknown): boolean {
  const method = (feature as { registrationType?: { method?: string } })?.registrationType?.method;
  return method === InlineCompletionRequest.method && !(feature instanceof OrmbInlineCompletionFeature);
}

export class OrmbInlineCompletionFeature implements StaticFeature {
  readonly telemetry: InlineTelemetry;
  private registration: vscode.Disposable | undefined;
  provider: OrmbInlineCompletionProvider | undefined;

  constructor(
    private readonly client: FeatureClient<unknown>,
    private readonly enabled: () => boolean = () => true,
  ) {
    this.telemetry = new InlineTelemetry((method, params) => {
      void this.client.sendNotification(method, params).catch(() => undefined);
    });
  }

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.textDocument = capabilities.textDocument ?? {};
    capabilities.textDocument.inlineCompletion = { dynamicRegistration: false };
  }

  initialize(capabilities: ServerCapabilities, documentSelector: DocumentSelector | undefined): void {
    if (!capabilities.inlineCompletionProvider || !documentSelector) {
      return;
    }
    this.clear();
    this.provider = new OrmbInlineCompletionProvider(this.client, this.telemetry, this.enabled);
    const selector = this.client.protocol2CodeConverter.asDocumentSelector(documentSelector);
    this.registration = vscode.languages.registerInlineCompletionItemProvider(selector, this.provider);
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {
    this.registration?.dispose();
    this.registration = undefined;
    this.provider = undefined;
  }
}
