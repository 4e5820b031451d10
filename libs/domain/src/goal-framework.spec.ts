import { goalFrameworkProblems } from './goal-framework';
import { BT_GOALS, GOAL_FRAMEWORK_VERSION } from './goals';

describe('publishing a revised goal framework (goals as revisable reference data)', () => {
  it('accepts a new version with unique codes and titles', () => {
    expect(goalFrameworkProblems({ frameworkVersion: 'HSLF-FS 2027:1', goals: [...BT_GOALS] }, [GOAL_FRAMEWORK_VERSION])).toEqual([]);
  });

  it('never changes a published version: a revision must be a new version', () => {
    expect(goalFrameworkProblems({ frameworkVersion: GOAL_FRAMEWORK_VERSION, goals: [...BT_GOALS] }, [GOAL_FRAMEWORK_VERSION])).toEqual([
      {
        code: 'FRAMEWORK_VERSION_PUBLISHED',
        field: 'input.frameworkVersion',
        params: { version: GOAL_FRAMEWORK_VERSION },
        message: expect.stringMatching(/redan publicerad/),
      },
    ]);
  });

  it('names every problem with its code and field: no version, no goals, bad or repeated codes, empty titles', () => {
    expect(goalFrameworkProblems({ frameworkVersion: ' ', goals: [] }, []).map((found) => [found.code, found.field])).toEqual([
      ['FRAMEWORK_VERSION_MISSING', 'input.frameworkVersion'],
      ['FRAMEWORK_WITHOUT_GOALS', 'input.goals'],
    ]);
    const problems = goalFrameworkProblems(
      {
        frameworkVersion: 'X',
        goals: [
          { code: 'BT1', title: 'A' },
          { code: 'BT1', title: '' },
          { code: '1', title: 'B' },
        ],
      },
      [],
    );
    expect(problems.map((found) => [found.code, found.field, found.params])).toEqual([
      ['GOAL_CODE_REPEATED', 'input.goals.1.code', { position: 2, code: 'BT1' }],
      ['GOAL_TITLE_MISSING', 'input.goals.1.title', { position: 2 }],
      ['GOAL_CODE_INVALID', 'input.goals.2.code', { position: 3, code: '1' }],
    ]);
    expect(problems.map((found) => found.message)).toEqual([
      'Delmål 2: koden BT1 förekommer mer än en gång.',
      'Delmål 2: ange en rubrik.',
      'Delmål 3: koden "1" ska vara bokstäver följda av en siffra, t.ex. BT1.',
    ]);
  });

  it('limits the version to 40 characters and a title to 200', () => {
    const problems = goalFrameworkProblems({ frameworkVersion: 'V'.repeat(41), goals: [{ code: 'BT1', title: 'T'.repeat(201) }] }, []);
    expect(problems.map((found) => [found.code, found.params])).toEqual([
      ['FRAMEWORK_VERSION_TOO_LONG', { max: 40 }],
      ['GOAL_TITLE_TOO_LONG', { position: 1, max: 200 }],
    ]);
  });

  it('refuses hidden characters in the version and the titles, like every typed text', () => {
    const problems = goalFrameworkProblems(
      {
        frameworkVersion: 'HSLF\u0000',
        goals: [
          { code: 'BT1', title: 'Medicin\u202Etxt' },
          { code: 'BT2', title: '\u200B' },
        ],
      },
      [],
    );
    expect(problems.map((item) => [item.code, item.field])).toEqual([
      ['TEXT_CONTROL_CHARACTERS', 'input.frameworkVersion'],
      ['TEXT_BIDI_OVERRIDE', 'input.goals.0.title'],
      ['TEXT_INVISIBLE_ONLY', 'input.goals.1.title'],
    ]);
    expect(problems[1].message).toBe('Delmål 1: rubriken innehåller tecken som vänder textens riktning; skriv in texten på nytt utan dem.');
  });
});
