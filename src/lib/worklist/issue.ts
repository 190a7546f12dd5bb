/**
 * Keeps one issue on the forge up to date with the worklist (the monthly workflow
 * .github/workflows/worklist.yml): created the first time there is work, edited on every
 * later run, closed when the list is empty, reopened when work turns up again. The issue is
 * recognised by a label and a marker in its body, so issues people write are never touched.
 */

export const issueLabel = 'werklijst';
export const issueMarker = '<!-- praktijkbank:werklijst -->';

export interface Issue {
  number: number;
  state: 'open' | 'closed';
  body?: string | null;
  /** Set by GitHub on pull requests, which its issues API lists too. */
  pull_request?: unknown;
}

export interface IssueApi {
  /** Every issue (open and closed) with the label. */
  withLabel(label: string): Promise<Issue[]>;
  create(issue: { title: string; body: string; labels: string[] }): Promise<Issue>;
  update(
    number: number,
    patch: { body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' | 'reopened' },
  ): Promise<void>;
}

export type SyncAction = 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';

export async function syncWorklistIssue(
  api: IssueApi,
  worklist: { title: string; body: string; empty: boolean },
): Promise<{ action: SyncAction; number?: number }> {
  const body = `${issueMarker}\n${worklist.body}`;
  // The oldest of ours is the one: a second one (made by hand, say) is left alone.
  const issue = (await api.withLabel(issueLabel))
    .filter((candidate) => !candidate.pull_request && candidate.body?.includes(issueMarker))
    .sort((a, b) => a.number - b.number)[0];
  if (!issue) {
    if (worklist.empty) return { action: 'none' };
    const created = await api.create({ title: worklist.title, body, labels: [issueLabel] });
    return { action: 'created', number: created.number };
  }
  if (worklist.empty) {
    if (issue.state === 'closed') return { action: 'none', number: issue.number };
    await api.update(issue.number, { body, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: issue.number };
  }
  if (issue.state === 'closed') {
    await api.update(issue.number, { body, state: 'open', state_reason: 'reopened' });
    return { action: 'reopened', number: issue.number };
  }
  if (issue.body === body) return { action: 'unchanged', number: issue.number };
  await api.update(issue.number, { body });
  return { action: 'updated', number: issue.number };
}

/** GitHub's REST API for issues, as GitHub Actions provides it (GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_TOKEN). */
export function githubIssues(options: {
  apiUrl: string;
  repository: string;
  token: string;
}): IssueApi {
  const root = `${options.apiUrl.replace(/\/+$/, '')}/repos/${options.repository}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'praktijkbank-worklist',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok)
      throw new Error(
        `${method} ${path} failed: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`,
      );
    return response.json() as Promise<unknown>;
  };
  return {
    async withLabel(label) {
      const issues: Issue[] = [];
      for (let page = 1; page <= 20; page++) {
        const batch = (await call(
          'GET',
          `/issues?state=all&labels=${encodeURIComponent(label)}&per_page=100&page=${page}`,
        )) as Issue[];
        issues.push(...batch);
        if (batch.length < 100) break;
      }
      return issues;
    },
    create: async (issue) => (await call('POST', '/issues', issue)) as Issue,
    update: async (number, patch) => {
      await call('PATCH', `/issues/${number}`, patch);
    },
  };
}
