import { addDays, clinicalSupervisionBounds, PlacementKind } from '@bt/domain';
import { Placement } from '@bt/education';
import { DEFAULT_AS_OF } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { call, FULL_PANEL, problemsOf, roundWithApplications, SAVE_SCORE, seatPanel, SUBMIT_SCORES } from './recruitment-support';
import { changeEducation } from './education-writes';

const TRAINEE_IDS = '{ trainees(allSites: true) { id } }';
const TRAINEE = 'query ($id: ID!) { trainee(id: $id) { id } }';
const PORTFOLIO = '{ trainees(allSites: true) { id name goalProgress { level note goal { code } } } }';

interface PortfolioResult {
  trainees: { id: string; name: string; goalProgress: { level: number; note: string | null }[] | null }[] | null;
}

describe(`row scope (ORG-2, EDU-7, EDU-9, EDU-10, REC-9) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  describe('a clinical supervisor reaches only the trainees of their current and coming placements (EDU-7, EDU-9)', () => {
    const { startsBy, endsFrom } = clinicalSupervisionBounds(DEFAULT_AS_OF);
    const placementsOf = (supervisorId: string) => graph.data.placements.filter((p) => p.clinicalSupervisorId === supervisorId);
    const inWindow = (p: { startDate: string; endDate: string }) => p.startDate <= startsBy && p.endDate >= endsFrom;

    it('reads the trainees of a placement around today, not those they supervised long ago or will years from now', async () => {
      // the seeded clinical supervisor with the most placements outside the window: the attack's material
      const supervisor = graph.data.people
        .filter((p) => p.roles.includes('CLINICAL_SUPERVISOR' as never) && !p.roles.includes('MAIN_SUPERVISOR' as never))
        .map((p) => ({ person: p, outside: placementsOf(p.id).filter((placement) => !inWindow(placement)).length }))
        .sort((a, b) => b.outside - a.outside)[0].person;
      const everyPlacement = new Set(placementsOf(supervisor.id).map((p) => p.traineeId));
      const expected = [
        ...new Set(
          placementsOf(supervisor.id)
            .filter(inWindow)
            .map((p) => p.traineeId),
        ),
      ].sort();
      const never = [...everyPlacement].filter((id) => !expected.includes(id));
      expect(never.length).toBeGreaterThan(0);

      const { trainees } = await call<{ trainees: { id: string }[] }>(graph, supervisor.username, TRAINEE_IDS);
      expect(trainees.map((t) => t.id).sort()).toEqual(expected);
      const outside = await graph.query<{ trainee: unknown }>(TRAINEE, { token: graph.tokenFor(supervisor.username), variables: { id: never[0] } });
      expect(outside.data?.trainee ?? null).toBeNull();
    });

    it('sees the trainee of a placement that starts within four weeks, not one that starts later', async () => {
      const supervisor = graph.viewer('handledare-kir-vxo-1');
      const [soon, later] = graph.data.trainees.slice(0, 2);
      const placement = (id: string, traineeId: string, startsIn: number) => ({
        id,
        traineeId,
        unitId: graph.data.units[0].id,
        kind: PlacementKind.SURGERY,
        startDate: addDays(DEFAULT_AS_OF, startsIn),
        endDate: addDays(DEFAULT_AS_OF, startsIn + 60),
        clinicalSupervisorId: supervisor.id,
      });
      await changeEducation(graph, async (manager) => {
        await manager.getRepository(Placement).insert([placement('row-scope-soon', soon.id, 14), placement('row-scope-later', later.id, 60)]);
        return [soon.id, later.id];
      });
      const before = new Set(
        placementsOf(supervisor.id)
          .filter(inWindow)
          .map((p) => p.traineeId),
      );
      const { trainees } = await call<{ trainees: { id: string }[] }>(graph, supervisor.username, TRAINEE_IDS);
      expect(trainees.map((t) => t.id).sort()).toEqual([...new Set([...before, soon.id])].sort());
      expect(trainees.map((t) => t.id)).not.toContain(later.id);
    });

    it('a main supervisor keeps their main-supervised trainees through all of BT (EDU-8)', async () => {
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const main = graph.data.mainSupervisions.filter((m) => m.supervisorId === supervisor.id).map((m) => m.traineeId);
      const { trainees } = await call<{ trainees: { id: string }[] }>(graph, supervisor.username, TRAINEE_IDS);
      expect(trainees.map((t) => t.id)).toEqual(expect.arrayContaining(main));
    });
  });

  describe('EDU-10: the portfolio (competence profile with notes) is not for HR or admin support', () => {
    for (const username of ['hr-samordnare', 'adm-stod']) {
      it(`${username}: FORBIDDEN on goalProgress alone; the trainees themselves still answer`, async () => {
        const response = await graph.query<PortfolioResult>(PORTFOLIO, { token: graph.tokenFor(username) });
        expect(response.data?.trainees).toHaveLength(graph.data.trainees.length);
        expect(response.data?.trainees?.every((t) => t.name && t.goalProgress === null)).toBe(true);
        expect(new Set(response.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
        expect(new Set(response.errors?.map((e) => e.path?.at(-1)))).toEqual(new Set(['goalProgress']));
        expect(JSON.stringify(response.data)).not.toMatch(/"note"/);
        const { viewer } = await call<{ viewer: { permissions: { permission: string }[] } }>(graph, username, '{ viewer { permissions { permission } } }');
        expect(viewer.permissions.map((p) => p.permission)).not.toContain('READ_PORTFOLIO');
      });
    }

    it('the Director, the deputy and the directors of studies read every portfolio; supervisors and the trainee their own', async () => {
      for (const username of ['atbt-chef', 'bitr-atbt-chef', 'studierektor-sluten']) {
        const response = await graph.query<PortfolioResult>(PORTFOLIO, { token: graph.tokenFor(username) });
        expect(response.errors).toBeUndefined();
        const levels = response.data!.trainees!.flatMap((t) => t.goalProgress ?? []);
        expect(levels).toHaveLength(graph.data.goalProgress.length);
      }
      const supervisor = graph.viewer('hhl-vc-teleborg-1');
      const own = await graph.query<PortfolioResult>(PORTFOLIO, { token: graph.tokenFor(supervisor.username) });
      expect(own.errors).toBeUndefined();
      expect(own.data!.trainees!.every((t) => Array.isArray(t.goalProgress))).toBe(true);
      const traineeId = graph.viewer('bt-ida.olsson').traineeId!;
      const mine = await call<PortfolioResult>(graph, 'bt-ida.olsson', PORTFOLIO);
      expect(mine.trainees!.map((t) => t.id)).toEqual([traineeId]);
      expect(mine.trainees![0].goalProgress!.length).toBe(graph.data.goalProgress.filter((g) => g.traineeId === traineeId).length);
    });
  });

  describe('REC-9: a mutation answers an id out of scope as one that does not exist (no existence oracle)', () => {
    let applicationId: string;

    beforeAll(async () => {
      const { roundId, ids } = await roundWithApplications(graph);
      await seatPanel(graph, roundId, FULL_PANEL);
      applicationId = ids.get('OJ-2027-1001')!;
    });

    it('a staff member on no panel: the same NOT_FOUND for a real application and for a made-up id', async () => {
      const outsider = 'hhl-vc-teleborg-1';
      const attempt = (query: string, id: string) =>
        graph.query(query, { token: graph.tokenFor(outsider), variables: { applicationId: id, criterionId: 'c', value: 3 } });
      for (const query of [SAVE_SCORE, SUBMIT_SCORES]) {
        const real = await attempt(query, applicationId);
        const madeUp = await attempt(query, 'no-such-application');
        expect(real.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(madeUp.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        const withoutId = (response: typeof real) =>
          problemsOf(response).map(({ params, message, ...rest }) => ({ ...rest, message: message.replace(String(params?.id), '<id>') }));
        expect(withoutId(real)).toEqual(withoutId(madeUp));
        expect(problemsOf(real)).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'applicationId', params: { id: applicationId } })]);
      }
      // a query answers both with nothing
      const query = 'query ($id: ID!) { application(id: $id) { id } }';
      for (const id of [applicationId, 'no-such-application']) {
        expect((await call<{ application: unknown }>(graph, outsider, query, { id })).application).toBeNull();
      }
    });
  });
});
