import { problem, type Problem } from './problem';
import { hiddenCharacterProblems } from './text-rules';

/** A goal framework (målbeskrivning) as published: its version and its goals in order. */
export interface GoalFrameworkDraft {
  frameworkVersion: string;
  goals: { code: string; title: string }[];
}

const CODE = /^[A-ZÅÄÖ]{1,4}\d{1,3}$/;
const MAX_VERSION_LENGTH = 40;
const MAX_TITLE_LENGTH = 200;

/** The problems of one goal of a draft, at `index` (its position is index + 1). */
function goalProblems(goal: { code: string; title: string }, index: number, earlierCodes: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const position = index + 1;
  const code = goal.code.trim();
  const title = goal.title.trim();
  const at = (name: string) => `input.goals.${index}.${name}`;
  if (!CODE.test(code)) {
    problems.push(
      problem('GOAL_CODE_INVALID', `Delmål ${position}: koden "${goal.code}" ska vara bokstäver följda av en siffra, t.ex. BT1.`, {
        field: at('code'),
        params: { position, code: goal.code },
      }),
    );
  } else if (earlierCodes.has(code)) {
    problems.push(
      problem('GOAL_CODE_REPEATED', `Delmål ${position}: koden ${code} förekommer mer än en gång.`, { field: at('code'), params: { position, code } }),
    );
  }
  problems.push(...hiddenCharacterProblems(at('title'), `Delmål ${position}: rubriken`, goal.title));
  if (!title) problems.push(problem('GOAL_TITLE_MISSING', `Delmål ${position}: ange en rubrik.`, { field: at('title'), params: { position } }));
  else if (title.length > MAX_TITLE_LENGTH) {
    problems.push(
      problem('GOAL_TITLE_TOO_LONG', `Delmål ${position}: rubriken får vara högst ${MAX_TITLE_LENGTH} tecken.`, {
        field: at('title'),
        params: { position, max: MAX_TITLE_LENGTH },
      }),
    );
  }
  return problems;
}

/** A version that is already published (also when someone else published it a moment ago). */
export function frameworkVersionPublishedProblem(version: string): Problem {
  return problem('FRAMEWORK_VERSION_PUBLISHED', `Versionen "${version}" är redan publicerad; en revidering publiceras som en ny version.`, {
    field: 'input.frameworkVersion',
    params: { version },
  });
}

/**
 * Checks a new goal framework before it is published. A published version is never changed: a
 * revision is a new version, so assessments and certificates keep the version they were made against.
 * Returns the problems, empty when the framework can be published.
 */
export function goalFrameworkProblems(draft: GoalFrameworkDraft, publishedVersions: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const version = draft.frameworkVersion.trim();
  const field = 'input.frameworkVersion';
  problems.push(...hiddenCharacterProblems(field, 'Versionen', draft.frameworkVersion));
  if (!version) problems.push(problem('FRAMEWORK_VERSION_MISSING', 'Ange målbeskrivningens version, t.ex. "HSLF-FS 2021:8".', { field }));
  else if (version.length > MAX_VERSION_LENGTH) {
    problems.push(
      problem('FRAMEWORK_VERSION_TOO_LONG', `Versionen får vara högst ${MAX_VERSION_LENGTH} tecken.`, { field, params: { max: MAX_VERSION_LENGTH } }),
    );
  } else if (publishedVersions.includes(version)) {
    problems.push(frameworkVersionPublishedProblem(version));
  }
  if (draft.goals.length === 0) problems.push(problem('FRAMEWORK_WITHOUT_GOALS', 'Målbeskrivningen måste ha minst ett delmål.', { field: 'input.goals' }));
  const seen = new Set<string>();
  draft.goals.forEach((goal, index) => {
    problems.push(...goalProblems(goal, index, seen));
    seen.add(goal.code.trim());
  });
  return problems;
}
