/**
 * Settings: the server's keys come from the `ormbAssist.server` configuration category of package.json,
 * which scripts/sync-settings.py generates from the Python settings model (one source of truth).
 * Client-only keys (`ormbAssist.client`) steer the extension and are never sent to the server.
 */
import manifest from '../package.json';
import { CONFIG_SECTION } from './protocol';

export const SERVER_CATEGORY = 'ormbAssist.server';
export const CLIENT_CATEGORY = 'ormbAssist.client';

interface Category {
  id?: string;
  properties?: Record<string, unknown>;
}

/** Anything with VS Code's `WorkspaceConfiguration.get` shape. */
export interface ConfigReader {
  get<T>(key: string): T | undefined;
}

function categoryKeys(id: string, categories: Category[] = manifest.contributes.configuration): string[] {
  const category = categories.find((c) => c.id === id);
  const prefix = `${CONFIG_SECTION}.`;
  return Object.keys(category?.properties ?? {}).map((key) => key.slice(prefix.length));
}

/** Setting names the server understands (without the `ormbAssist.` prefix), e.g. `apiKeyEnv`. */
export function serverSettingKeys(): string[] {
  return categoryKeys(SERVER_CATEGORY);
}

/** Setting names only this extension reads, e.g. `pythonPath`, `inline.enabled`. */
export function clientSettingKeys(): string[] {
  return categoryKeys(CLIENT_CATEGORY);
}

/** The server's settings as the user configured them (VS Code fills in defaults). */
export function serverSettings(config: ConfigReader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of serverSettingKeys()) {
    const value = config.get<unknown>(key);
    if (value !== undefined) {
      out[key] = value;
    }
  }
  return out;
}

/** `initializationOptions` for the server: `{ormbAssist: {...server settings}}`. */
export function initializationOptions(config: ConfigReader): { ormbAssist: Record<string, unknown> } {
  return { ormbAssist: serverSettings(config) };
}

/**
 * Answer a `workspace/configuration` item: the `ormbAssist` section is reduced to the server's keys so
 * the server never sees (and warns about) client-only settings; other sections pass through.
 */
export function configurationAnswer(
  section: string | undefined,
  answer: unknown,
  readConfig: () => ConfigReader,
): unknown {
  if (section === CONFIG_SECTION) {
    return serverSettings(readConfig());
  }
  return answer;
}

/** Whether a changed setting needs a server restart (the command that starts it changed). */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return ['serverCommand', 'pythonPath'].some((key) => affects(`${CONFIG_SECTION}.${key}`));
}
