import * as assert from 'assert';
import { renderStatus } from '../../src/status';

describe('renderStatus', () => {
  it('shows a spinner while the client starts', () => {
    const r = renderStatus(undefined, 'starting');
    assert.strictEqual(r.severity, 'busy');
    assert.ok(r.text.includes('loading~spin'));
  });

  it('shows indexing progress in percent', () => {
    const r = renderStatus({ state: 'indexing', message: 'parsing 12/40', percent: 30 }, 'running');
    assert.strictEqual(r.text, '$(sync~spin) ORMB 30%');
    assert.ok(r.tooltip.includes('parsing 12/40'));
  });

  it('is green when ready with a healthy backend and lists what was indexed', () => {
    const r = renderStatus(
      {
        state: 'ready',
        message: 'indexed in 3.2s',
        backend: { backend: 'embedded', ok: true, detail: 'not started' },
        roots: [{ path: '/ws', ready: true, summary: { java_classes: 23, tables: 57, spots: 47 } }],
      },
      'running',
    );
    assert.strictEqual(r.text, '$(check) ORMB');
    assert.strictEqual(r.severity, 'ok');
    assert.ok(r.tooltip.includes('Backend: embedded — ok'));
    assert.ok(r.tooltip.includes('/ws: 23 java classes, 57 tables, 47 spots'));
  });

  it('warns when the backend is down', () => {
    const r = renderStatus({ state: 'ready', backend: { backend: 'openai', ok: false, detail: 'connection refused' } }, 'running');
    assert.strictEqual(r.severity, 'warning');
    assert.ok(r.tooltip.includes('openai — unavailable (connection refused)'));
  });

  it('shows errors and a failed start', () => {
    assert.strictEqual(renderStatus({ state: 'error', message: 'indexing failed: disk full' }, 'running').severity, 'error');
    const failed = renderStatus(undefined, 'failed', 'ormb-assist not found');
    assert.strictEqual(failed.severity, 'error');
    assert.ok(failed.tooltip.includes('ormb-assist not found'));
    assert.strictEqual(renderStatus({ state: 'ready' }, 'stopped').severity, 'warning');
  });
});
