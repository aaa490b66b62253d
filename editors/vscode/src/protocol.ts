/**
 * The custom protocol of the ORMB Assist language server (server/PROTOCOL.md): command names and the
 * payloads the extension reads.  Kept in one place so the rest of the client never spells a method.
 */

/** Server commands (workspace/executeCommand). */
export const ServerCommands = {
  generateAlgorithm: 'ormbAssist.generateAlgorithm',
  implementSpotMethods: 'ormbAssist.implementSpotMethods',
  addSoftParameter: 'ormbAssist.addSoftParameter',
  reindex: 'ormbAssist.reindex',
  showResolvedDependencies: 'ormbAssist.showResolvedDependencies',
  status: 'ormbAssist.status',
  inlineAccepted: 'ormbAssist.inlineAccepted',
} as const;

/** Notifications. */
export const Notifications = {
  status: 'ormbAssist/status',
  inlineShown: 'ormbAssist/inlineShown',
  inlinePartialAccept: 'ormbAssist/inlinePartialAccept',
} as const;

/** Commands this extension contributes to the palette (distinct ids: the client registers the server's). */
export const UiCommands = {
  generateAlgorithm: 'ormbAssist.ui.generateAlgorithm',
  reindex: 'ormbAssist.ui.reindex',
  showResolvedDependencies: 'ormbAssist.ui.showResolvedDependencies',
  showStatus: 'ormbAssist.ui.showStatus',
  restartServer: 'ormbAssist.ui.restartServer',
  showLog: 'ormbAssist.ui.showLog',
} as const;

export const CONFIG_SECTION = 'ormbAssist';

export interface BackendHealth {
  backend?: string;
  ok?: boolean;
  detail?: string;
}

export interface RootStatus {
  path: string;
  ready?: boolean;
  error?: string;
  summary?: Record<string, number | boolean>;
}

/** `ormbAssist/status` payload (also the result of the `ormbAssist.status` command). */
export interface ServerStatus {
  /** 'starting' | 'indexing' | 'ready' | 'error' */
  state?: string;
  message?: string;
  percent?: number | null;
  backend?: BackendHealth;
  roots?: RootStatus[];
  folders?: string[];
  timings?: Record<string, { n: number; p50_ms: number; p99_ms: number }>;
}

/** Result of `ormbAssist.generateAlgorithm`. */
export interface GenerateResult {
  status: string;
  message?: string;
  className?: string;
  package?: string;
  path?: string;
  uri?: string;
  spot?: string;
  tables?: string[];
  candidates?: string[];
  compiled?: boolean;
  errors?: string[];
  applied?: boolean;
}

export interface ResolvedMethod {
  name: string;
  return_type?: string;
  parameters?: { type: string; name: string }[];
}

/** Result of `ormbAssist.showResolvedDependencies` (the indexer's Resolution as a dict). */
export interface Resolution {
  error?: string;
  objective?: string;
  confident?: boolean;
  elapsed_ms?: number;
  spots?: { name: string; fqn: string; score: number; methods?: ResolvedMethod[]; reasons?: string[] }[];
  tables?: { name: string; score: number; reasons?: string[] }[];
  examples?: { fqn: string; path: string; score: number; spot?: string; tables?: string[]; reasons?: string[] }[];
}
