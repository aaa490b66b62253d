import * as assert from 'assert';
import { InlineTelemetry, itemIdOf } from '../../src/inlineTelemetry';

function item(itemId: string, text: string) {
  return { insertText: text, command: { command: 'ormbAssist.inlineAccepted', arguments: [itemId] } };
}

describe('InlineTelemetry', () => {
  let sent: { method: string; params: any }[];
  let t: InlineTelemetry;
  beforeEach(() => {
    sent = [];
    t = new InlineTelemetry((method, params) => sent.push({ method, params }));
  });

  it('takes the item id from the accept command only', () => {
    assert.strictEqual(itemIdOf(item('a1', 'x')), 'a1');
    assert.strictEqual(itemIdOf({ insertText: 'x', command: { command: 'ormbAssist.inlineAccepted', arguments: [{ itemId: 'b2' }] } }), 'b2');
    assert.strictEqual(itemIdOf({ insertText: 'x', command: { command: 'other', arguments: ['a1'] } }), undefined);
    assert.strictEqual(itemIdOf({ insertText: 'x' }), undefined);
  });

  it('sends inlineShown once per item', () => {
    t.provided('file:///a.java', 10, [item('a1', 'getBill();'), { insertText: 'untracked' }]);
    t.shown('a1');
    t.shown('a1');
    t.shown('unknown');
    assert.deepStrictEqual(sent, [{ method: 'ormbAssist/inlineShown', params: { itemId: 'a1' } }]);
  });

  it('reports growing partial accepts once each, clamped to the text', () => {
    t.provided('file:///a.java', 10, [item('a1', 'bill.getId()')]);
    t.partiallyAccepted('a1', 5);
    t.partiallyAccepted('a1', 5); // the proposed API calls twice (number, then info)
    t.partiallyAccepted('a1', 3);
    t.partiallyAccepted('a1', 99);
    assert.deepStrictEqual(sent, [
      { method: 'ormbAssist/inlineShown', params: { itemId: 'a1' } },
      { method: 'ormbAssist/inlinePartialAccept', params: { itemId: 'a1', acceptedLength: 5 } },
      { method: 'ormbAssist/inlinePartialAccept', params: { itemId: 'a1', acceptedLength: 12 } },
    ]);
  });

  it('detects a word accept from the document edit at the insertion point', () => {
    t.provided('file:///a.java', 100, [item('a1', 'bill.getId().getIdValue();')]);
    t.documentChanged('file:///a.java', [{ rangeOffset: 100, rangeLength: 0, text: 'bill.' }]);
    t.documentChanged('file:///a.java', [{ rangeOffset: 105, rangeLength: 0, text: 'getId()' }]);
    const partial = sent.filter((s) => s.method === 'ormbAssist/inlinePartialAccept').map((s) => s.params.acceptedLength);
    assert.deepStrictEqual(partial, [5, 12]);
  });

  it('does not count typing, edits elsewhere or the full accept as partial accepts', () => {
    t.provided('file:///a.java', 100, [item('a1', 'bill.getId();')]);
    t.documentChanged('file:///a.java', [{ rangeOffset: 100, rangeLength: 0, text: 'b' }]); // typed one char
    t.provided('file:///a.java', 100, [item('a2', 'bill.getId();')]);
    t.documentChanged('file:///a.java', [{ rangeOffset: 40, rangeLength: 0, text: 'bill.' }]); // elsewhere
    t.provided('file:///a.java', 100, [item('a3', 'bill.getId();')]);
    t.documentChanged('file:///a.java', [{ rangeOffset: 100, rangeLength: 0, text: 'bill.getId();' }]); // full accept
    t.accepted('a3');
    t.partiallyAccepted('a3', 4); // nothing after a full accept
    assert.deepStrictEqual(
      sent.filter((s) => s.method === 'ormbAssist/inlinePartialAccept'),
      [],
    );
    assert.deepStrictEqual(sent, [{ method: 'ormbAssist/inlineShown', params: { itemId: 'a3' } }]);
  });

  it('forgets the oldest items beyond its limit', () => {
    const small = new InlineTelemetry((method, params) => sent.push({ method, params }), 2);
    small.provided('u', 0, [item('x1', 'aa'), item('x2', 'bb'), item('x3', 'cc')]);
    small.shown('x1');
    small.shown('x3');
    assert.deepStrictEqual(sent.map((s) => s.params.itemId), ['x3']);
  });
});
