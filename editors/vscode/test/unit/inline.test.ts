import * as assert from 'assert';
import { createConverter as createC2P } from 'vscode-languageclient/$test/common/codeConverter';
import { createConverter as createP2C } from 'vscode-languageclient/$test/common/protocolConverter';
import { InlineCompletionRequest } from 'vscode-languageclient/node';
import { OrmbInlineCompletionFeature, OrmbInlineCompletionProvider } from '../../src/inline';
import { InlineTelemetry } from '../../src/inlineTelemetry';
import * as vscode from './vscode-mock';

const token = { isCancellationRequested: false, onCancellationRequested: () => new vscode.Disposable() };

/** A FeatureClient with vscode-languageclient's real converters and a scripted server. */
function fakeClient(answer: unknown) {
  const requests: { method: string; params: any }[] = [];
  const notifications: { method: string; params: any }[] = [];
  const client: any = {
    code2ProtocolConverter: createC2P(undefined),
    protocol2CodeConverter: createP2C(undefined, true, true, true),
    sendRequest: (type: { method: string }, params: unknown) => {
      requests.push({ method: type.method, params });
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    sendNotification: (method: string, params: unknown) => {
      notifications.push({ method, params });
      return Promise.resolve();
    },
    handleFailedRequest: (_t: unknown, _k: unknown, _e: unknown, dflt: unknown) => dflt,
  };
  return { client, requests, notifications };
}

const serverAnswer = {
  items: [
    {
      insertText: 'bill.getId().getIdValue();',
      range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } },
      command: { title: 'Accept ORMB suggestion', command: 'ormbAssist.inlineAccepted', arguments: ['item-1'] },
    },
  ],
};

describe('OrmbInlineCompletionProvider', () => {
  const doc = new vscode.FakeDocument(vscode.Uri.file('/ws/A.java'), 'class A {\n        \n}\n');
  const position = new vscode.Position(1, 8);
  const context = { triggerKind: vscode.InlineCompletionTriggerKind.Automatic, selectedCompletionInfo: undefined };

  it('sends textDocument/inlineCompletion and returns VS Code items carrying the accept command', async () => {
    const { client, requests, notifications } = fakeClient(serverAnswer);
    const telemetry = new InlineTelemetry((m, p) => void client.sendNotification(m, p));
    const provider = new OrmbInlineCompletionProvider(client, telemetry, () => true, () => true, 5);
    const result: any = await provider.provideInlineCompletionItems(doc as any, position as any, context, token);
    assert.strictEqual(requests[0].method, InlineCompletionRequest.method);
    assert.deepStrictEqual(requests[0].params.position, { line: 1, character: 8 });
    assert.strictEqual(requests[0].params.textDocument.uri, 'file:///ws/A.java');
    assert.strictEqual(requests[0].params.context.triggerKind, 2); // LSP Automatic
    const items = result.items;
    assert.strictEqual(items[0].insertText, 'bill.getId().getIdValue();');
    assert.strictEqual(items[0].command.command, 'ormbAssist.inlineAccepted');
    assert.deepStrictEqual(items[0].command.arguments, ['item-1']);
    // fallback "shown": the cursor is still there after the delay
    await new Promise((r) => setTimeout(r, 20));
    assert.deepStrictEqual(notifications, [{ method: 'ormbAssist/inlineShown', params: { itemId: 'item-1' } }]);
  });

  it('does not claim "shown" when the cursor moved away', async () => {
    const { client, notifications } = fakeClient(serverAnswer);
    const telemetry = new InlineTelemetry((m, p) => void client.sendNotification(m, p));
    const provider = new OrmbInlineCompletionProvider(client, telemetry, () => true, () => false, 5);
    await provider.provideInlineCompletionItems(doc as any, position as any, context, token);
    await new Promise((r) => setTimeout(r, 20));
    assert.deepStrictEqual(notifications, []);
  });

  it('forwards the proposed-API hooks: shown, and partial accept given as a number or an info object', async () => {
    const { client, notifications } = fakeClient(serverAnswer);
    const telemetry = new InlineTelemetry((m, p) => void client.sendNotification(m, p));
    const provider = new OrmbInlineCompletionProvider(client, telemetry, () => true, () => false, 5);
    const result: any = await provider.provideInlineCompletionItems(doc as any, position as any, context, token);
    const item = result.items[0];
    provider.handleDidShowCompletionItem(item);
    provider.handleDidPartiallyAcceptCompletionItem(item, 5);
    provider.handleDidPartiallyAcceptCompletionItem(item, { acceptedLength: 5, kind: 1 });
    provider.handleDidPartiallyAcceptCompletionItem(item, { acceptedLength: 12 });
    assert.deepStrictEqual(notifications, [
      { method: 'ormbAssist/inlineShown', params: { itemId: 'item-1' } },
      { method: 'ormbAssist/inlinePartialAccept', params: { itemId: 'item-1', acceptedLength: 5 } },
      { method: 'ormbAssist/inlinePartialAccept', params: { itemId: 'item-1', acceptedLength: 12 } },
    ]);
  });

  it('asks nothing when inline completion is switched off, and survives a failing server', async () => {
    const off = fakeClient(serverAnswer);
    const provider = new OrmbInlineCompletionProvider(off.client, new InlineTelemetry(() => undefined), () => false);
    assert.strictEqual(await provider.provideInlineCompletionItems(doc as any, position as any, context as any, token as any), undefined);
    assert.strictEqual(off.requests.length, 0);
    const failing = fakeClient(new Error('server crashed'));
    const p2 = new OrmbInlineCompletionProvider(failing.client, new InlineTelemetry(() => undefined));
    assert.strictEqual(await p2.provideInlineCompletionItems(doc as any, position as any, context as any, token as any), undefined);
  });
});

describe('OrmbInlineCompletionFeature', () => {
  beforeEach(() => vscode.reset());

  it('advertises inline completion and registers its provider for the client document selector', () => {
    const { client } = fakeClient(serverAnswer);
    const feature = new OrmbInlineCompletionFeature(client);
    const caps: any = {};
    feature.fillClientCapabilities(caps);
    assert.deepStrictEqual(caps.textDocument.inlineCompletion, { dynamicRegistration: false });
    feature.initialize({ inlineCompletionProvider: {} } as any, [{ scheme: 'file', language: 'java' }]);
    assert.strictEqual(vscode.state.providers.length, 1);
    assert.strictEqual(vscode.state.providers[0], feature.provider);
    feature.clear();
    assert.strictEqual(vscode.state.providers.length, 0);
  });

  it('registers nothing when the server has no inline completion', () => {
    const { client } = fakeClient(serverAnswer);
    const feature = new OrmbInlineCompletionFeature(client);
    feature.initialize({} as any, [{ language: 'java' }]);
    assert.strictEqual(vscode.state.providers.length, 0);
  });
});
