/**
 * When each file of the sheets folder last changed, from git: ONE `git log` over the folder,
 * read newest first, so the cost grows with the number of commits and changed paths, not
 * with one git call per sheet.
 *
 * What counts as a change, and which date:
 * - Only the published branch's own line of history is walked (`--first-parent`): a change
 *   that came in through a merge counts at the merge commit, i.e. when it reached the
 *   branch the site is built from, and with the diff against the branch before the merge.
 * - The date is the committer date: when the change was applied to that branch (a rebase,
 *   a squash or a merge on the forge sets it), not when its author first wrote it.
 * - A pure rename (git similarity 100 %, e.g. a sheet moved to another folder) is not a
 *   change of the content: the walk follows the file back to its old name and takes the
 *   last commit that changed its bytes. A rename with edits is a change.
 *
 * Contributor-controlled names never reach git as arguments: the only path given is the
 * sheets folder, after `--` and as a literal pathspec, and git's output is read with `-z`
 * (names with spaces, quotes, newlines or accents arrive verbatim).
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The last commit that changed a file. */
export interface Change {
  sha: string;
  /** Committer date as git gives it (ISO 8601 with the committer's offset). */
  committed: string;
  /** The file's path in that commit, relative to the repository root, with "/". */
  path: string;
  /** Place in the walk: 0 is the newest commit that touched the folder. */
  order: number;
}

export interface GitHistory {
  ok: true;
  /** The repository's root folder. */
  root: string;
  /** The sheets folder relative to the root, with "/" ("" for the root itself). */
  folder: string;
  /** Commits that touched the folder. */
  commits: number;
  /** The last change of a file, by its current path below the sheets folder ("images/a.png"). */
  lastChange(pathInFolder: string): Change | undefined;
  /** Where a file (by its current path below the folder) was in the commit at `order`, relative to the root. */
  pathAt(pathInFolder: string, order: number): string;
}

export interface NoHistory {
  ok: false;
  /** Why there is no history, for the build log. */
  reason: string;
}

interface GitRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** Set when git could not be started at all. */
  error?: NodeJS.ErrnoException;
}

function git(args: string[], cwd: string): Promise<GitRun> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let stderr = '';
    let child;
    try {
      // No shell, no prompts, no pager; output in the same form whatever the user's settings.
      child = spawn('git', args, {
        cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      resolve({
        code: null,
        stdout: Buffer.alloc(0),
        stderr: '',
        error: error as NodeJS.ErrnoException,
      });
      return;
    }
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on('error', (error) => resolve({ code: null, stdout: Buffer.alloc(0), stderr, error }));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks), stderr }));
  });
}

const firstLine = (text: string) =>
  text
    .trim()
    .split('\n')[0]
    ?.replace(/^fatal:\s*/, '') ?? '';

/** The history of every file in `folder`, or why there is none (no git, not a repository, a shallow clone). */
export async function readGitHistory(folder: string): Promise<GitHistory | NoHistory> {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return { ok: false, reason: `the folder ${folder} does not exist` };
  }
  const where = await git(['rev-parse', '--show-toplevel', '--is-shallow-repository'], real);
  if (where.error)
    return {
      ok: false,
      reason:
        where.error.code === 'ENOENT'
          ? 'git is not installed'
          : `git could not be started (${where.error.message})`,
    };
  if (where.code !== 0)
    return {
      ok: false,
      reason: `${folder} is not in a git repository (${firstLine(where.stderr)})`,
    };
  const [top = '', shallow] = where.stdout.toString('utf8').trim().split('\n');
  if (shallow === 'true')
    return {
      ok: false,
      reason:
        'the repository is a shallow clone, whose oldest commit seems to add every file; fetch the whole history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)',
    };
  const root = realpathSync(top);
  const relative = path.relative(root, real).split(path.sep).join('/');

  const log = await git(
    [
      '-c',
      'core.quotePath=false',
      '-c',
      'log.showSignature=false',
      '-c',
      'diff.renames=true',
      'log',
      '-z',
      '--format=%x1e%H%x1f%cI',
      '--name-status',
      '-M',
      '--first-parent',
      '--diff-merges=first-parent',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--',
      `:(top,literal)${relative}`,
    ],
    root,
  );
  if (log.error || log.code !== 0) {
    const message = firstLine(log.stderr);
    if (/does not have any commits yet|bad default revision/.test(message))
      return { ok: false, reason: 'the repository has no commits yet' };
    return {
      ok: false,
      reason: `git log failed (${message || log.error?.message || `exit ${log.code}`})`,
    };
  }
  return { ok: true, root, folder: relative, ...walk(log.stdout.toString('utf8'), relative) };
}

interface Entry {
  status: string;
  /** The path (for a rename or copy: the new one). */
  path: string;
  /** For a rename or copy: the old path. */
  from?: string;
}

/**
 * Reads `git log -z --format=%x1e%H%x1f%cI --name-status -M`, newest commit first, and gives
 * each current file its last change. `alias` maps a path as it appears in older commits to
 * the current file it became (null: to no current file, e.g. a name freed by a rename and
 * later reused, or a file added afterwards under a name an older file had).
 */
export function walk(output: string, folder: string): Omit<GitHistory, 'ok' | 'root' | 'folder'> {
  const tokens = output.split('\0');
  const alias = new Map<string, string | null>();
  const current = (p: string) => (alias.has(p) ? alias.get(p)! : p);
  const last = new Map<string, Change>();
  const renames = new Map<string, { order: number; from: string }[]>();
  let commit: { sha: string; committed: string; order: number } | undefined;
  let entries: Entry[] = [];
  let commits = 0;

  const flush = () => {
    if (!commit) return;
    // Every entry is resolved against the names as they are after this commit, before any
    // of its renames is applied: a commit may swap two names.
    const resolved = entries.map((entry) => ({ entry, file: current(entry.path) }));
    for (const { entry, file } of resolved) {
      const changed =
        entry.status === 'A' ||
        entry.status === 'M' ||
        entry.status === 'T' ||
        entry.status === 'U' ||
        entry.status === 'X' ||
        entry.status.startsWith('C') ||
        (entry.status.startsWith('R') && entry.status !== 'R100');
      if (changed && file !== null && !last.has(file))
        last.set(file, {
          sha: commit.sha,
          committed: commit.committed,
          path: entry.path,
          order: commit.order,
        });
    }
    // Before this commit, an added, copied or renamed-to name held nothing that is here now...
    for (const { entry } of resolved)
      if (entry.status === 'A' || entry.status.startsWith('C') || entry.status.startsWith('R'))
        alias.set(entry.path, null);
    // ...and a renamed file was at its old name.
    for (const { entry, file } of resolved) {
      if (!entry.status.startsWith('R') || entry.from === undefined) continue;
      alias.set(entry.from, file);
      if (file !== null) {
        const list = renames.get(file);
        if (list) list.push({ order: commit.order, from: entry.from });
        else renames.set(file, [{ order: commit.order, from: entry.from }]);
      }
    }
    entries = [];
  };

  for (let i = 0; i < tokens.length;) {
    let token = tokens[i++]!;
    if (token.startsWith('\n')) token = token.slice(1);
    if (token === '') continue;
    if (token.charCodeAt(0) === 0x1e) {
      flush();
      const [sha = '', committed = ''] = token.slice(1).split('\x1f');
      commit = { sha, committed, order: commits++ };
      continue;
    }
    if (!commit || !/^[ACDMRTUXB]\d*$/.test(token))
      throw new Error(`unexpected output from git log near ${JSON.stringify(token.slice(0, 40))}`);
    if (token[0] === 'R' || token[0] === 'C') {
      const from = tokens[i++] ?? '';
      const to = tokens[i++] ?? '';
      entries.push({ status: token, path: to, from });
    } else entries.push({ status: token, path: tokens[i++] ?? '' });
  }
  flush();

  const inRepo = (pathInFolder: string) => (folder ? `${folder}/${pathInFolder}` : pathInFolder);
  return {
    commits,
    lastChange: (pathInFolder) => last.get(inRepo(pathInFolder)),
    pathAt(pathInFolder, order) {
      // Renames are listed newest first; the oldest one after that commit gives its name then.
      let name = inRepo(pathInFolder);
      for (const rename of renames.get(name) ?? []) {
        if (rename.order >= order) break;
        name = rename.from;
      }
      return name;
    },
  };
}
