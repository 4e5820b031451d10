import { goalFrameworkProblems } from './goal-framework';
import { BT_GOALS, GOAL_FRAMEWORK_VERSION } from './goals';

describe('publishing a revised goal framework (goals as revisable reference data)', () => {
  it('accepts a new version with unique codes and titles', () => {
    expect(goalFrameworkProblems({ frameworkVersion: 'HSLF-FS 2027:1', goals: [...BT_GOALS] }, [GOAL_FRAMEWORK_VERSION])).toEqual([]);
  });

  it('never changes a published version: a revision must be a new version', () => {
    expect(goalFrameworkProblems({ frameworkVersion: GOAL_FRAMEWORK_VERSION, goals: [...BT_GOALS] }, [GOAL_FRAMEWORK_VERSION])).toEqual([
      expect.stringMatching(/redan publicerad/),
    ]);
  });

  it('names every problem: no version, no goals, bad or repeated codes, empty titles', () => {
    expect(goalFrameworkProblems({ frameworkVersion: ' ', goals: [] }, [])).toEqual([
      expect.stringMatching(/version/),
      expect.stringMatching(/minst ett delmål/),
    ]);
    expect(
      goalFrameworkProblems({ frameworkVersion: 'X', goals: [{ code: 'BT1', title: 'A' }, { code: 'BT1', title: '' }, { code: '1', title: 'B' }] }, []),
    ).toEqual([
      expect.stringMatching(/Delmål 2: koden BT1 förekommer/),
      expect.stringMatching(/Delmål 2: ange en rubrik/),
      expect.stringMatching(/Delmål 3: koden "1"/),
    ]);
  });
});
