/**
 * The git pass (src/lib/history/git-log-fs.ts) on real temporary repositories with commits
 * at chosen dates: last change per sheet and image, renames, merges, the fallbacks (no
 * repository, a shallow clone), and names git must never take for options.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyUrl, permalinkUrl } from '../../src/lib/history/forge.ts';
import { commit, git } from '../helpers/git.ts';
import { readGitHistory, type GitHistory } from '../../src/lib/history/git-log-fs.ts';
import { sheetVersion } from '../../src/lib/history/sheet-version.ts';

function write(repo: string, file: string, text: string | Uint8Array) {
  const full = path.join(repo, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const sheet = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n`;
const png = (n: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);

function newRepo(): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'praktijkbank-history-'));
  git(repo, ['init', '-q']);
  return repo;
}

const sha: Record<string, string> = {};
const repo = newRepo();
const folder = path.join(repo, 'content/practices');
write(repo, 'content/practices/tekst.mdx', sheet('Tekst'));
write(
  repo,
  'content/practices/met beeld.mdx',
  sheet('Met beeld', 'image:\n  src: images/beeld.png\n'),
);
write(repo, 'content/practices/images/beeld.png', png(1));
write(repo, 'content/practices/verhuisd.mdx', sheet('Verhuisd'));
write(
  repo,
  'content/practices/herschreven.mdx',
  sheet(
    'Herschreven',
    'summary: Een lange genoeg tekst die bijna gelijk blijft bij de naamswijziging.\n',
  ),
);
write(repo, 'content/practices/café é.mdx', sheet('Café'));
write(repo, 'content/practices/weg.mdx', sheet('Weg en terug, eerste'));
write(repo, 'README.md', 'repo\n');
sha.first = commit(repo, 'Eerste fiches', '2024-01-10T10:00:00+01:00');

write(repo, 'content/practices/tekst.mdx', sheet('Tekst, herzien'));
sha.text = commit(repo, 'Tekst herzien', '2024-03-05T09:00:00+01:00');

write(repo, 'content/practices/images/beeld.png', png(2));
sha.image = commit(repo, 'Alleen het beeld', '2024-05-20T14:00:00+02:00');

mkdirSync(path.join(folder, 'archief'));
renameSync(
  path.join(folder, 'verhuisd.mdx'),
  path.join(folder, 'archief/verhuisd naar archief.mdx'),
);
sha.move = commit(repo, 'Verhuisd naar het archief', '2024-06-01T08:00:00+02:00');

renameSync(path.join(folder, 'herschreven.mdx'), path.join(folder, 'nieuwe-naam.mdx'));
write(
  repo,
  'content/practices/nieuwe-naam.mdx',
  sheet(
    'Herschreven',
    'summary: Een lange genoeg tekst die bijna gelijk blijft bij de naamswijziging!\n',
  ),
);
sha.renamedWithEdit = commit(
  repo,
  'Nieuwe naam en een kleine wijziging',
  '2024-06-15T08:00:00+02:00',
);

rmSync(path.join(folder, 'weg.mdx'));
commit(repo, 'Weg', '2024-07-01T08:00:00+02:00');
write(repo, 'content/practices/weg.mdx', sheet('Weg en terug, een andere fiche'));
sha.back = commit(repo, 'Een nieuwe fiche met dezelfde naam', '2024-07-10T08:00:00+02:00');

// Late in the evening of 30 September UTC is 1 October in Belgium.
write(repo, 'content/practices/café é.mdx', sheet('Café, herzien'));
sha.evening = commit(repo, 'Late wijziging', '2024-09-30T22:30:00+00:00');

// A change outside the sheets folder is not a change of any sheet.
write(repo, 'README.md', 'repo, herzien\n');
commit(repo, 'Leesmij', '2024-10-01T08:00:00+02:00');

// A pull request, written in November and merged on 2 December with a merge commit.
git(repo, ['checkout', '-q', '-b', 'voorstel']);
write(repo, 'content/practices/tekst.mdx', sheet('Tekst, voorgesteld'));
sha.proposal = commit(repo, 'Voorstel', '2024-11-20T10:00:00+01:00', '2024-11-18T10:00:00+01:00');
git(repo, ['checkout', '-q', 'main']);
git(repo, ['merge', '-q', '--no-ff', '-m', 'Voorstel samengevoegd', 'voorstel'], {
  GIT_COMMITTER_DATE: '2024-12-02T16:00:00+01:00',
  GIT_AUTHOR_DATE: '2024-12-02T16:00:00+01:00',
});
sha.merge = git(repo, ['rev-parse', 'HEAD']).trim();

// A sheet that was never committed.
write(repo, 'content/practices/nog-niet.mdx', sheet('Nog niet'));

async function history(dir = folder): Promise<GitHistory> {
  const result = await readGitHistory(dir);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('the last change of each sheet, from one git log', () => {
  it('dates a sheet by the last commit that changed its file, in the Belgian calendar', async () => {
    const h = await history();
    expect(h.folder).toBe('content/practices');
    expect(sheetVersion(h, 'café é.mdx')).toMatchObject({
      sha: sha.evening,
      date: '2024-10-01',
      committed: '2024-09-30T22:30:00+00:00',
      repoPath: 'content/practices/café é.mdx',
      byImage: false,
    });
  });

  it("dates a sheet whose image changed later by the image's commit", async () => {
    const h = await history();
    expect(sheetVersion(h, 'met beeld.mdx', 'images/beeld.png')).toMatchObject({
      sha: sha.image,
      date: '2024-05-20',
      repoPath: 'content/practices/met beeld.mdx',
      byImage: true,
    });
    // Without its image the sheet itself last changed in the first commit.
    expect(sheetVersion(h, 'met beeld.mdx')).toMatchObject({ sha: sha.first, date: '2024-01-10' });
  });

  it('follows a pure rename back to the last change of the content, with the name it had then', async () => {
    const h = await history();
    const moved = sheetVersion(h, 'archief/verhuisd naar archief.mdx')!;
    expect(moved).toMatchObject({
      sha: sha.first,
      date: '2024-01-10',
      repoPath: 'content/practices/verhuisd.mdx',
    });
    // The permanent link names the file as it was in that commit, so it exists there.
    expect(git(repo, ['cat-file', '-t', `${moved.sha}:${moved.repoPath}`]).trim()).toBe('blob');
  });

  it('counts a rename with edits as a change', async () => {
    const h = await history();
    expect(sheetVersion(h, 'nieuwe-naam.mdx')).toMatchObject({
      sha: sha.renamedWithEdit,
      date: '2024-06-15',
      repoPath: 'content/practices/nieuwe-naam.mdx',
    });
  });

  it('does not give a new sheet the history of a deleted one that had its name', async () => {
    const h = await history();
    expect(sheetVersion(h, 'weg.mdx')).toMatchObject({ sha: sha.back, date: '2024-07-10' });
  });

  it('dates a change that came in through a merge by the merge, when it reached the branch', async () => {
    const h = await history();
    expect(sheetVersion(h, 'tekst.mdx')).toMatchObject({ sha: sha.merge, date: '2024-12-02' });
    expect(h.commits).toBe(9);
  });

  it('agrees with git asked about one file at a time', async () => {
    const h = await history();
    for (const file of [
      'tekst.mdx',
      'café é.mdx',
      'images/beeld.png',
      'nieuwe-naam.mdx',
      'weg.mdx',
    ]) {
      const expected = git(repo, [
        'log',
        '-1',
        '--first-parent',
        '--format=%H',
        '--',
        `content/practices/${file}`,
      ]).trim();
      expect(h.lastChange(file)?.sha, file).toBe(expected);
    }
  });

  it('has no date for a sheet that was never committed', async () => {
    const h = await history();
    expect(sheetVersion(h, 'nog-niet.mdx')).toBeUndefined();
  });

  it('reads a sheets folder at the root of the repository too', async () => {
    const flat = newRepo();
    write(flat, 'a.mdx', sheet('A'));
    const first = commit(flat, 'A', '2023-02-01T12:00:00+01:00');
    const h = await history(flat);
    expect(h.folder).toBe('');
    expect(sheetVersion(h, 'a.mdx')).toMatchObject({
      sha: first,
      date: '2023-02-01',
      repoPath: 'a.mdx',
    });
  });
});

describe('names that look like options', () => {
  it('are data to git, never options: a folder and a file named like options work and change nothing', async () => {
    const odd = newRepo();
    write(odd, '--output=gestolen/-n.mdx', sheet('Optie'));
    write(odd, '--output=gestolen/--all.mdx', sheet('Optie 2'));
    const first = commit(odd, 'Vreemde namen', '2023-05-05T12:00:00+02:00');
    const h = await history(path.join(odd, '--output=gestolen'));
    expect(sheetVersion(h, '-n.mdx')).toMatchObject({ sha: first });
    expect(sheetVersion(h, '--all.mdx')).toMatchObject({ sha: first });
    expect(existsSync(path.join(odd, 'gestolen'))).toBe(false);
  });
});

describe('without a usable history', () => {
  it('says that a folder outside any repository has none', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'praktijkbank-no-git-'));
    const result = await readGitHistory(plain);
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is not in a git repository/),
    });
  });

  it('says that a shallow clone has none, rather than dating every sheet by its one commit', async () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'praktijkbank-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const result = await readGitHistory(path.join(clone, 'content/practices'));
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/shallow clone.*fetch-depth: 0/),
    });
    // The whole history, fetched afterwards, gives the dates again.
    git(clone, ['fetch', '-q', '--unshallow']);
    expect(
      sheetVersion(await history(path.join(clone, 'content/practices')), 'tekst.mdx'),
    ).toMatchObject({ sha: sha.merge });
  });

  it('says that a repository without commits has none', async () => {
    const empty = newRepo();
    write(empty, 'a.mdx', sheet('A'));
    expect(await readGitHistory(empty)).toEqual({
      ok: false,
      reason: 'the repository has no commits yet',
    });
  });
});

describe('links to the forge', () => {
  const github = {
    url: 'https://github.com/vvsg/praktijkbank',
    branch: 'main',
    contentDir: 'content/practices',
  };

  it("point to a sheet's history on the branch and to the file in one commit", () => {
    expect(historyUrl(github, 'content/practices/café é.mdx')).toBe(
      'https://github.com/vvsg/praktijkbank/commits/main/content/practices/caf%C3%A9%20%C3%A9.mdx',
    );
    expect(permalinkUrl(github, 'abc123', 'content/practices/tekst.mdx')).toBe(
      'https://github.com/vvsg/praktijkbank/blob/abc123/content/practices/tekst.mdx',
    );
  });

  it('use the forms of GitLab and Gitea/Forgejo', () => {
    expect(historyUrl({ ...github, url: 'https://gitlab.com/stad/fiches.git' }, 'a.mdx')).toBe(
      'https://gitlab.com/stad/fiches/-/commits/main/a.mdx',
    );
    expect(
      permalinkUrl({ ...github, url: 'https://gitlab.com/stad/fiches/' }, 'abc', 'a.mdx'),
    ).toBe('https://gitlab.com/stad/fiches/-/blob/abc/a.mdx');
    expect(
      historyUrl(
        { ...github, url: 'https://codeberg.org/stad/fiches', branch: 'publicatie/2025' },
        'a.mdx',
      ),
    ).toBe('https://codeberg.org/stad/fiches/commits/branch/publicatie/2025/a.mdx');
    expect(
      permalinkUrl({ ...github, url: 'https://codeberg.org/stad/fiches' }, 'abc', 'a.mdx'),
    ).toBe('https://codeberg.org/stad/fiches/src/commit/abc/a.mdx');
  });
});
