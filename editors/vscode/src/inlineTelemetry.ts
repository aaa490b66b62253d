/**
 * Inline-completion events for the server's harvest store: shown -> `ormbAssist/inlineShown`,
 * partial accept -> `ormbAssist/inlinePartialAccept` {itemId, acceptedLength}; a full accept runs the
 * item's own `ormbAssist.inlineAccepted` command (VS Code executes it), so it is only noted here.
 *
 * VS Code reports "shown" and "partially accepted" only to extensions allowed the proposed
 * `inlineCompletionsAdditions` API.  Elsewhere two conservative fallbacks apply: an item counts as shown
 * when the editor still sits where it was asked for after a short delay, and as partially accepted when
 * one edit inserts a multi-character prefix of what remains of it (Ctrl+Right / accept word).  Both are
 * idempotent, so the proposed hooks and the fallbacks never double count.
 */
import { Notifications, ServerCommands } from './protocol';

export type Send = (method: string, params: unknown) => void;

/** The parts of an inline item this module needs (a VS Code InlineCompletionItem fits). */
export interface ItemLike {
  insertText: string | { value: string };
  command?: { command: string; arguments?: unknown[] };
}

interface Tracked {
  itemId: string;
  text: string;
  uri: string;
  /** document offset where the not-yet-accepted rest of `text` starts */
  offset: number;
  accepted: number;
  shown: boolean;
  done: boolean;
}

/** One text change as VS Code reports it (offsets into the document before the change). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export function itemIdOf(item: ItemLike): string | undefined {
  const cmd = item.command;
  if (!cmd || cmd.command !== ServerCommands.inlineAccepted) {
    return undefined;
  }
  const arg = cmd.arguments?.[0];
  if (typeof arg === 'string') {
    return arg;
  }
  if (arg && typeof arg === 'object' && typeof (arg as { itemId?: unknown }).itemId === 'string') {
    return (arg as { itemId: string }).itemId;
  }
  return undefined;
}

function textOf(item: ItemLike): string {
  return typeof item.insertText === 'string' ? item.insertText : item.insertText.value;
}

export class InlineTelemetry {
  private readonly items = new Map<string, Tracked>();
  /** per document: the item ids of the newest answer, first = the one VS Code shows first */
  private readonly current = new Map<string, string[]>();

  constructor(
    private readonly send: Send,
    private readonly maxItems = 200,
  ) {}

  /** Remember the items just returned for `uri`, inserted at document `offset`. */
  provided(uri: string, offset: number, items: readonly ItemLike[]): string[] {
    const ids: string[] = [];
    for (const item of items) {
      const itemId = itemIdOf(item);
      if (!itemId) {
        continue;
      }
      ids.push(itemId);
      if (!this.items.has(itemId)) {
        this.items.set(itemId, { itemId, text: textOf(item), uri, offset, accepted: 0, shown: false, done: false });
      }
    }
    this.current.set(uri, ids);
    while (this.items.size > this.maxItems) {
      const oldest = this.items.keys().next().value as string;
      this.items.delete(oldest);
    }
    return ids;
  }

  /** The item VS Code would show now for `uri` (first of the newest answer). */
  firstOf(uri: string): string | undefined {
    return this.current.get(uri)?.[0];
  }

  shown(itemId: string | undefined): void {
    const tracked = itemId ? this.items.get(itemId) : undefined;
    if (!tracked || tracked.shown) {
      return;
    }
    tracked.shown = true;
    this.send(Notifications.inlineShown, { itemId: tracked.itemId });
  }

  /** `acceptedLength`: characters of the item's text accepted so far (VS Code's meaning). */
  partiallyAccepted(itemId: string | undefined, acceptedLength: number): void {
    const tracked = itemId ? this.items.get(itemId) : undefined;
    if (!tracked || tracked.done || !Number.isFinite(acceptedLength)) {
      return;
    }
    const length = Math.min(Math.max(0, Math.floor(acceptedLength)), tracked.text.length);
    if (length <= tracked.accepted) {
      return; // already reported (the proposed hook and the fallback both saw it)
    }
    this.shown(tracked.itemId);
    tracked.offset += length - tracked.accepted;
    tracked.accepted = length;
    this.send(Notifications.inlinePartialAccept, { itemId: tracked.itemId, acceptedLength: length });
  }

  /** The item's accept command ran (VS Code inserted all of it). */
  accepted(itemId: string | undefined): void {
    const tracked = itemId ? this.items.get(itemId) : undefined;
    if (tracked) {
      this.shown(tracked.itemId);
      tracked.done = true;
    }
  }

  /**
   * Fallback partial-accept detection from a document edit: one insertion of 2+ characters at the
   * item's insertion point that is a strict prefix of what remains of the shown item.
   */
  documentChanged(uri: string, changes: readonly TextChange[]): void {
    const ids = this.current.get(uri);
    if (!ids || ids.length === 0) {
      return;
    }
    const change = changes.length === 1 ? changes[0] : undefined;
    for (const id of ids) {
      const tracked = this.items.get(id);
      if (!tracked || tracked.done || !change) {
        continue;
      }
      const rest = tracked.text.slice(tracked.accepted);
      const isInsertAtPoint = change.rangeLength === 0 && change.rangeOffset === tracked.offset;
      if (isInsertAtPoint && change.text.length >= 2 && change.text.length < rest.length && rest.startsWith(change.text)) {
        this.partiallyAccepted(id, tracked.accepted + change.text.length);
        return;
      }
    }
    // any other edit (typing, a full accept, an edit elsewhere): VS Code asks again; forget this answer
    this.current.delete(uri);
  }
}
