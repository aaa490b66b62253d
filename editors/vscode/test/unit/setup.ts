/**
 * Mocha `--require`: resolves `import * as vscode from 'vscode'` to the mock in vscode-mock.ts.  Names
 * the mock does not define come back as a generic class, so vscode-languageclient (which subclasses a
 * few vscode classes at load time) loads unchanged.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import Module = require('module');
import * as mock from './vscode-mock';

class Generic {
  constructor(..._args: unknown[]) {}
}

const generics = new Map<string | symbol, unknown>();
const defined: Record<string | symbol, unknown> = { ...mock };
const proxy = new Proxy(defined, {
  get(target, name) {
    if (name in target) {
      return target[name];
    }
    if (name === '__esModule') {
      return true; // so `__importStar(require('vscode'))` hands out this proxy itself
    }
    if (name === 'then' || typeof name === 'symbol') {
      return undefined;
    }
    if (!generics.has(name)) {
      generics.set(name, class extends Generic {});
    }
    return generics.get(name);
  },
});

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const mod = Module as unknown as { _load: Loader };
const originalLoad = mod._load;
mod._load = function (request: string, parent: unknown, isMain: boolean) {
  if (request === 'vscode') {
    return proxy;
  }
  return originalLoad.call(this, request, parent, isMain);
};
