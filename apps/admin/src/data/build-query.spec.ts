/** @jest-environment node */
import { print, stripIgnoredCharacters } from 'graphql';
import { buildQuery } from './build-query';

const compact = (query: unknown) => stripIgnoredCharacters(print(query as never));

describe('buildQuery', () => {
  it('GET_LIST: one paged query with page, sort mapped to the server’s field, cleaned filter and total', () => {
    const result = buildQuery('GET_LIST', 'trainees', {
      pagination: { page: 3, perPage: 50 },
      sort: { field: 'site.name', order: 'DESC' },
      filter: { q: 'ida', siteId: '', cohortId: undefined, active: true },
    });
    expect(compact(result.query)).toContain('traineePage(page:$page perPage:$perPage sortField:$sortField sortOrder:$sortOrder filter:$filter)');
    expect(compact(result.query)).toContain('$filter:TraineeFilter');
    expect(result.variables).toEqual({ page: 3, perPage: 50, sortField: 'site', sortOrder: 'DESC', filter: { q: 'ida', active: true }, portfolio: false });
    const parsed = result.parseResponse({
      data: { result: { total: 120, items: [{ id: 't1', name: 'Ida', site: { id: 's1', name: 'Växjö' }, cohort: { id: 'c1', name: 'VT 2026 Växjö' } }] } },
    } as never);
    expect(parsed).toEqual({
      total: 120,
      data: [expect.objectContaining({ id: 't1', siteId: 's1', cohortId: 'c1' })],
    });
  });

  it('GET_LIST: a sort field the server does not know is left to the server’s default', () => {
    const result = buildQuery('GET_LIST', 'cohorts', { pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(result.variables).toMatchObject({ sortField: null, filter: null });
  });

  it('GET_MANY: the same paged query filtered by ids', () => {
    const result = buildQuery('GET_MANY', 'people', { ids: ['p1', 'p2'] });
    expect(compact(result.query)).toContain('personPage(');
    expect(result.variables).toMatchObject({ page: 1, perPage: 2, filter: { ids: ['p1', 'p2'] } });
  });

  it('GET_MANY_REFERENCE: filtered by the target (a cohort’s trainees)', () => {
    const result = buildQuery('GET_MANY_REFERENCE', 'trainees', {
      target: 'cohortId',
      id: 'c1',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(result.variables).toMatchObject({ sortField: 'name', filter: { cohortId: 'c1' } });
  });

  it('GET_ONE: the detail selection, and a readable error when the record does not exist', () => {
    const result = buildQuery('GET_ONE', 'trainees', { id: 't1' });
    expect(compact(result.query)).toContain('trainee(id:$id)');
    expect(compact(result.query)).toContain('placements');
    expect(compact(result.query)).toContain('personalIdentityNumber');
    expect(() => result.parseResponse({ data: { result: null } } as never)).toThrow('ra.notification.item_doesnt_exist');
  });

  it('GET_LIST of trainees does not read personal identity numbers (each clear-text read is audited)', () => {
    const result = buildQuery('GET_LIST', 'trainees', { pagination: { page: 1, perPage: 25 }, filter: {} });
    expect(compact(result.query)).not.toContain('personalIdentityNumber');
  });

  it('UPDATE: sends the version it read and only the fields the input type has, empty strings as null', () => {
    const result = buildQuery('UPDATE', 'units', {
      id: 'u1',
      data: { id: 'u1', version: 3, name: 'Akuten', site: { id: 's1' }, siteId: 's1', kind: 'EMERGENCY', regionPart: '', headOfUnit: { id: 'p1' }, headOfUnitId: 'p1' },
      previousData: { id: 'u1', version: 3 },
    });
    expect(compact(result.query)).toContain('updateUnit(id:$id version:$version input:$input)');
    expect(result.variables).toEqual({
      id: 'u1',
      version: 3,
      input: { name: 'Akuten', siteId: 's1', kind: 'EMERGENCY', regionPart: null, headOfUnitId: 'p1', btLeadId: null },
    });
  });

  it('CREATE and DELETE a cohort', () => {
    const create = buildQuery('CREATE', 'cohorts', { data: { siteId: 's1', startDate: '2028-01-17' } });
    expect(compact(create.query)).toContain('createCohort(input:$input)');
    expect(create.variables).toEqual({ input: { siteId: 's1', startDate: '2028-01-17', name: null } });
    const remove = buildQuery('DELETE', 'cohorts', { id: 'c1', previousData: { id: 'c1', name: 'VT 2028 Växjö' } });
    expect(remove.parseResponse({ data: { result: { id: 'c1' } } } as never)).toEqual({ data: { id: 'c1', name: 'VT 2028 Växjö' } });
  });

  it('reference lists (sites, start page) are one small query; GET_MANY picks from it', () => {
    const result = buildQuery('GET_MANY', 'sites', { ids: ['s2'] });
    expect(compact(result.query)).toContain('sites');
    expect(result.parseResponse({ data: { result: [{ id: 's1', name: 'Växjö' }, { id: 's2', name: 'Ljungby' }] } } as never)).toEqual({
      data: [{ id: 's2', name: 'Ljungby' }],
      total: 1,
    });
    const overview = buildQuery('GET_LIST', 'siteOverviews', {});
    expect(overview.parseResponse({ data: { result: [{ site: { id: 's1', name: 'Växjö' }, activeTrainees: 4 }] } } as never).data[0]).toMatchObject({
      id: 's1',
      activeTrainees: 4,
    });
  });

  it('EDU-10: asks for the portfolio (goal levels and notes) only when the session holds READ_PORTFOLIO', () => {
    const list = () => buildQuery('GET_LIST', 'trainees', { pagination: { page: 1, perPage: 25 }, filter: {} });
    const one = () => buildQuery('GET_ONE', 'trainees', { id: 't1' });
    expect(compact(list().query)).toContain('goalProgress@include(if:$portfolio)');
    expect(compact(one().query)).toContain('$portfolio:Boolean!');
    const items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => items.set(key, value) };
    Object.assign(globalThis, { sessionStorage: storage });
    try {
      const session = (permission: string) =>
        storage.setItem('bt-admin.session', JSON.stringify({ token: 't', viewer: { id: 'p' }, permissions: [{ permission, scope: 'ALL' }] }));
      session('READ_TRAINEES'); // HR and admin support
      expect(list().variables).toMatchObject({ portfolio: false });
      expect(one().variables).toMatchObject({ portfolio: false });
      session('READ_PORTFOLIO');
      expect(list().variables).toMatchObject({ portfolio: true });
      expect(one().variables).toMatchObject({ portfolio: true });
    } finally {
      Reflect.deleteProperty(globalThis, 'sessionStorage');
    }
    expect(buildQuery('GET_LIST', 'cohorts', { pagination: { page: 1, perPage: 25 }, filter: {} }).variables).not.toHaveProperty('portfolio');
  });

  it('says in Swedish what a resource cannot do', () => {
    expect(() => buildQuery('CREATE', 'trainees', { data: {} })).toThrow('Resursen "trainees" stöder inte CREATE.');
    expect(() => buildQuery('GET_LIST', 'planets', {})).toThrow('Resursen "planets" stöder inte GET_LIST.');
  });
});
