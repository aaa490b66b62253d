import * as assert from 'assert';
import manifest from '../../package.json';
import { clientSettingKeys, configurationAnswer, initializationOptions, needsRestart, serverSettingKeys, serverSettings } from '../../src/settings';

describe('settings', () => {
  it('reads server keys from the generated ormbAssist.server category only', () => {
    const keys = serverSettingKeys();
    assert.ok(keys.includes('backend'));
    assert.ok(keys.includes('apiKeyEnv'));
    assert.ok(!keys.includes('pythonPath'));
    const server = manifest.contributes.configuration.find((c) => c.id === 'ormbAssist.server');
    assert.deepStrictEqual(
      keys.map((k) => `ormbAssist.${k}`),
      Object.keys(server?.properties ?? {}),
    );
  });

  it('keeps client-only keys apart from server keys', () => {
    const client = clientSettingKeys();
    assert.deepStrictEqual(client.sort(), ['inline.enabled', 'pythonPath', 'serverCommand', 'trace.server']);
    assert.deepStrictEqual(
      client.filter((k) => serverSettingKeys().includes(k)),
      [],
    );
  });

  it('sends only server settings as initializationOptions', () => {
    const values: Record<string, unknown> = { backend: 'openai', endpoint: 'http://localhost:8000/v1', pythonPath: '/usr/bin/python3' };
    const opts = initializationOptions({ get: <T>(k: string) => values[k] as T | undefined });
    assert.deepStrictEqual(opts, { ormbAssist: { backend: 'openai', endpoint: 'http://localhost:8000/v1' } });
  });

  it('answers workspace/configuration for ormbAssist with server keys and passes other sections', () => {
    const reader = { get: <T>(k: string) => ({ backend: 'embedded', serverCommand: ['x'] })[k as 'backend'] as T };
    const full = { backend: 'embedded', serverCommand: ['x'], inline: { enabled: true } };
    assert.deepStrictEqual(configurationAnswer('ormbAssist', full, () => reader), { backend: 'embedded' });
    assert.deepStrictEqual(configurationAnswer('java', { home: '/jdk' }, () => reader), { home: '/jdk' });
    assert.deepStrictEqual(serverSettings({ get: () => undefined }), {});
  });

  it('asks for a restart only when the server command changes', () => {
    assert.strictEqual(needsRestart((s) => s === 'ormbAssist.pythonPath'), true);
    assert.strictEqual(needsRestart((s) => s === 'ormbAssist.serverCommand'), true);
    assert.strictEqual(needsRestart((s) => s === 'ormbAssist.backend'), false);
  });
});
