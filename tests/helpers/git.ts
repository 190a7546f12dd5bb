/** Temporary git repositories for tests: a fixed identity, no signing, commits at chosen dates. */
import { execFileSync } from 'node:child_process';

const identity = [
  '-c',
  'user.name=Redactie',
  '-c',
  'user.email=redactie@example.org',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main',
];

/** Runs git in a repository; its output as printed. */
export function git(repo: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', [...identity, ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

/** Commits everything with the given committer date (and the author date, unless given); returns the commit. */
export function commit(
  repo: string,
  message: string,
  committed: string,
  authored = committed,
): string {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '--allow-empty', '-m', message], {
    GIT_COMMITTER_DATE: committed,
    GIT_AUTHOR_DATE: authored,
  });
  return git(repo, ['rev-parse', 'HEAD']).trim();
}
