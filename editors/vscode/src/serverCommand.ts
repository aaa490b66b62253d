/**
 * Which command starts the language server: `ormbAssist.serverCommand`, else `ormbAssist.pythonPath`
 * (`python -m ormb_assist.server`), else the workspace's `.venv`, else `ormb-assist` on PATH.  A missing
 * server gives a message that says what to install or set, not a stack trace.
 */
import * as path from 'path';

export interface ServerCommandInputs {
  serverCommand: string[];
  pythonPath: string;
  workspaceFolders: string[];
  pathEnv: string;
  platform: NodeJS.Platform;
}

export interface ResolvedCommand {
  command: string;
  args: string[];
  source: 'serverCommand' | 'pythonPath' | 'workspaceVenv' | 'path';
}

export interface ResolveFailure {
  error: string;
}

export type FileCheck = (file: string) => boolean;

export const INSTALL_HINT =
  'Install the server from a clone of ormb-assist (not on PyPI yet): `python3 -m venv .venv && .venv/bin/pip install -e .`, then set ' +
  '"ormbAssist.pythonPath" to that Python, or "ormbAssist.serverCommand" to the full command.';

function executableNames(base: string, platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? [`${base}.exe`, `${base}.cmd`, base] : [base];
}

/** `name` looked up on a PATH string (what a shell would run). */
export function which(name: string, pathEnv: string, platform: NodeJS.Platform, isFile: FileCheck): string | undefined {
  const sep = platform === 'win32' ? ';' : ':';
  for (const dir of pathEnv.split(sep)) {
    if (!dir) {
      continue;
    }
    for (const candidate of executableNames(name, platform)) {
      const full = path.join(dir, candidate);
      if (isFile(full)) {
        return full;
      }
    }
  }
  return undefined;
}

export function resolveServerCommand(inputs: ServerCommandInputs, isFile: FileCheck): ResolvedCommand | ResolveFailure {
  const custom = inputs.serverCommand.filter((part) => part.trim() !== '');
  if (custom.length > 0) {
    const [command, ...args] = custom;
    const found = path.isAbsolute(command) ? (isFile(command) ? command : undefined) : which(command, inputs.pathEnv, inputs.platform, isFile);
    if (!found) {
      return { error: `ORMB Assist: "ormbAssist.serverCommand" starts with "${command}", which was not found. ${INSTALL_HINT}` };
    }
    return { command: found, args, source: 'serverCommand' };
  }
  if (inputs.pythonPath.trim() !== '') {
    const python = inputs.pythonPath.trim();
    const found = path.isAbsolute(python) ? (isFile(python) ? python : undefined) : which(python, inputs.pathEnv, inputs.platform, isFile);
    if (!found) {
      return { error: `ORMB Assist: "ormbAssist.pythonPath" is "${python}", which does not exist. ${INSTALL_HINT}` };
    }
    return { command: found, args: ['-m', 'ormb_assist.server'], source: 'pythonPath' };
  }
  const binDir = inputs.platform === 'win32' ? 'Scripts' : 'bin';
  for (const folder of inputs.workspaceFolders) {
    for (const name of executableNames('ormb-assist', inputs.platform)) {
      const candidate = path.join(folder, '.venv', binDir, name);
      if (isFile(candidate)) {
        return { command: candidate, args: ['serve'], source: 'workspaceVenv' };
      }
    }
  }
  const onPath = which('ormb-assist', inputs.pathEnv, inputs.platform, isFile);
  if (onPath) {
    return { command: onPath, args: ['serve'], source: 'path' };
  }
  return { error: `ORMB Assist: the language server "ormb-assist" was not found on PATH or in the workspace .venv. ${INSTALL_HINT}` };
}

export function isFailure(value: ResolvedCommand | ResolveFailure): value is ResolveFailure {
  return (value as ResolveFailure).error !== undefined;
}
