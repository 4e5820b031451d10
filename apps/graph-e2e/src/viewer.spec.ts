import { DEFAULT_AS_OF } from '@bt/seed';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';

const VIEWER = '{ viewer { id username name roles siteId traineeId permissions { permission scope siteId } } }';

interface ViewerPermission {
  permission: string;
  scope: string;
  siteId: string | null;
}
interface Viewer {
  id: string;
  username: string;
  name: string;
  roles: string[];
  siteId: string | null;
  traineeId: string | null;
  permissions: ViewerPermission[];
}

describe(`the signed-in viewer and today on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const viewer = async (username: string) => {
    const response = await graph.query<{ viewer: Viewer }>(VIEWER, { token: graph.tokenFor(username) });
    expect(response.errors).toBeUndefined();
    return response.data!.viewer;
  };
  const granted = (permissions: ViewerPermission[]) => Object.fromEntries(permissions.map((p) => [p.permission, [p.scope, p.siteId]]));
  const ljungby = () => graph.data.sites.find((s) => s.name === 'Ljungby')!;

  it('the Director: who she is, and her permissions for all sites (scoring only on the panels she sits on)', async () => {
    const director = await viewer('atbt-chef');
    expect(director).toMatchObject({ id: graph.viewer('atbt-chef').id, username: 'atbt-chef', roles: ['DIRECTOR'], traineeId: null });
    const permissions = granted(director.permissions);
    for (const permission of [
      'READ_PROGRAMME',
      'EDIT_COHORTS',
      'EDIT_EMPLOYMENT',
      'READ_SALARY',
      'SET_SALARY',
      'SET_SALARY_GUIDELINE',
      'READ_IDENTITY_NUMBER',
      'MANAGE_ROUNDS',
    ]) {
      expect(permissions[permission]).toEqual(['ALL', null]);
    }
    expect(director.permissions.filter((p) => p.scope !== 'ALL')).toEqual([{ permission: 'SCORE_APPLICATIONS', scope: 'OWN_ROWS', siteId: null }]);
  });

  it("ORG-1 the deputy director: employer decisions for Ljungby only (OWN_SITE with Ljungby's id), reads for all sites", async () => {
    const deputy = await viewer('bitr-atbt-chef');
    expect(deputy).toMatchObject({ roles: ['DEPUTY_DIRECTOR'], siteId: ljungby().id });
    const permissions = granted(deputy.permissions);
    for (const permission of ['EDIT_COHORTS', 'EDIT_EMPLOYMENT', 'SET_SALARY', 'MAKE_OFFER'])
      expect(permissions[permission]).toEqual(['OWN_SITE', ljungby().id]);
    for (const permission of ['READ_PROGRAMME', 'READ_TRAINEES', 'READ_SALARY']) expect(permissions[permission]).toEqual(['ALL', null]);
    expect(permissions.SET_SALARY_GUIDELINE).toBeUndefined();
  });

  it('a trainee: her own rows only, and no salary', async () => {
    const ida = graph.data.trainees.find((t) => t.username === 'bt-ida.olsson')!;
    const trainee = await viewer('bt-ida.olsson');
    expect(trainee).toMatchObject({ username: 'bt-ida.olsson', roles: ['TRAINEE'], traineeId: ida.id });
    const permissions = granted(trainee.permissions);
    expect(permissions.READ_TRAINEES).toEqual(['OWN_ROWS', null]);
    expect(permissions.READ_ORGANISATION).toEqual(['ALL', null]);
    for (const permission of ['READ_SALARY', 'SET_SALARY', 'READ_STAFF', 'READ_PROGRAMME', 'EDIT_EMPLOYMENT']) expect(permissions[permission]).toBeUndefined();
  });

  it("today is the server's day, the same for every signed-in caller (the tests' fixed day)", async () => {
    for (const username of ['atbt-chef', 'bt-ida.olsson', 'extern-bedomare-1']) {
      const response = await graph.query<{ today: string }>('{ today }', { token: graph.tokenFor(username) });
      expect(response.errors).toBeUndefined();
      expect(response.data!.today).toBe(DEFAULT_AS_OF);
    }
  });

  it('needs a signed-in caller', async () => {
    for (const query of [VIEWER, '{ today }']) {
      const response = await graph.query(query);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
