/** A goal framework (målbeskrivning) as published: its version and its goals in order. */
export interface GoalFrameworkDraft {
  frameworkVersion: string;
  goals: { code: string; title: string }[];
}

const CODE = /^[A-ZÅÄÖ]{1,4}\d{1,3}$/;

/**
 * Checks a new goal framework before it is published. A published version is never changed: a
 * revision is a new version, so assessments and certificates keep the version they were made against.
 * Returns the problems, in Swedish, empty when the framework can be published.
 */
export function goalFrameworkProblems(draft: GoalFrameworkDraft, publishedVersions: readonly string[]): string[] {
  const problems: string[] = [];
  const version = draft.frameworkVersion.trim();
  if (!version) problems.push('Ange målbeskrivningens version, t.ex. "HSLF-FS 2021:8".');
  else if (version.length > 40) problems.push('Versionen får vara högst 40 tecken.');
  else if (publishedVersions.includes(version)) problems.push(`Versionen "${version}" är redan publicerad; en revidering publiceras som en ny version.`);
  if (draft.goals.length === 0) problems.push('Målbeskrivningen måste ha minst ett delmål.');
  const seen = new Set<string>();
  draft.goals.forEach((goal, index) => {
    const code = goal.code.trim();
    const label = `Delmål ${index + 1}`;
    if (!CODE.test(code)) problems.push(`${label}: koden "${goal.code}" ska vara bokstäver följda av en siffra, t.ex. BT1.`);
    else if (seen.has(code)) problems.push(`${label}: koden ${code} förekommer mer än en gång.`);
    seen.add(code);
    if (!goal.title.trim()) problems.push(`${label}: ange en rubrik.`);
    else if (goal.title.trim().length > 200) problems.push(`${label}: rubriken får vara högst 200 tecken.`);
  });
  return problems;
}
