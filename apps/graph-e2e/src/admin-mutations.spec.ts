import { AuditEvent, Cohort, Person, Trainee, Unit } from '@bt/employment';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';
import { withVersion } from './versions';

const CREATE_COHORT = 'mutation ($input: CohortInput!) { createCohort(input: $input) { id name startDate site { name } } }';
const UPDATE_COHORT =
  'mutation ($id: ID!, $version: Int!, $input: CohortInput!) { updateCohort(id: $id, version: $version, input: $input) { id name startDate site { name } } }';
const DELETE_COHORT = 'mutation ($id: ID!) { deleteCohort(id: $id) { id name } }';
const UPDATE_TRAINEE = `mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) {
  updateTraineeEmployment(id: $id, version: $version, input: $input) { id name personalIdentityNumber employmentEnd cohort { name } monthsServed active } }`;
const UPDATE_TRAINEE_ST_UNIT = `mutation ($id: ID!, $version: Int!, $input: TraineeEmploymentInput!) {
  updateTraineeEmployment(id: $id, version: $version, input: $input) { id employmentForm stUnit { id } } }`;
const UPDATE_UNIT =
  'mutation ($id: ID!, $version: Int!, $input: UnitInput!) { updateUnit(id: $id, version: $version, input: $input) { id name kind regionPart headOfUnit { id } btLead { id } } }';
const UPDATE_PERSON =
  'mutation ($id: ID!, $version: Int!, $input: PersonInput!) { updatePerson(id: $id, version: $version, input: $input) { id name title roles directorOfStudiesScope unit { name } } }';

describe(`admin dashboard changes on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const repository = <T extends object>(entity: new () => T) => graph.databases.employment.dataSource.getRepository(entity);
  const site = (name: string) => graph.data.sites.find((s) => s.name === name)!;

  describe('cohorts', () => {
    const director = () => graph.tokenFor('atbt-chef');

    it('the deputy director creates a cohort, named by term, year and site when no name is given', async () => {
      const response = await graph.query<{ createCohort: { id: string; name: string; site: { name: string } } }>(CREATE_COHORT, {
        token: graph.tokenFor('bitr-atbt-chef'),
        variables: { input: { siteId: site('Ljungby').id, startDate: '2028-01-17' } },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.createCohort).toMatchObject({ name: 'VT 2028 Ljungby', site: { name: 'Ljungby' } });
      expect(await repository(Cohort).findOneBy({ id: response.data!.createCohort.id })).toMatchObject({ name: 'VT 2028 Ljungby', startDate: '2028-01-17' });
    });

    it('updates a cohort, moves an empty one to another site, and deletes an empty one', async () => {
      const created = await graph.query<{ createCohort: { id: string } }>(CREATE_COHORT, {
        token: director(),
        variables: { input: { siteId: site('Växjö').id, startDate: '2028-08-21', name: 'HT 2028 extra' } },
      });
      const id = created.data!.createCohort.id;
      const updated = await graph.query<{ updateCohort: { name: string; site: { name: string } } }>(UPDATE_COHORT, {
        token: director(),
        variables: await withVersion(graph, Cohort, { id, input: { siteId: site('Ljungby').id, startDate: '2028-08-28' } }),
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateCohort).toMatchObject({ name: 'HT 2028 Ljungby', site: { name: 'Ljungby' } });
      const deleted = await graph.query<{ deleteCohort: { id: string; name: string } }>(DELETE_COHORT, { token: director(), variables: { id } });
      expect(deleted.data!.deleteCohort).toEqual({ id, name: 'HT 2028 Ljungby' });
      expect(await repository(Cohort).findOneBy({ id })).toBeNull();
    });

    it('refuses a missing site, a bad date and an empty name, names the fields, and saves nothing', async () => {
      const before = await repository(Cohort).count();
      const response = await graph.query(CREATE_COHORT, {
        token: director(),
        variables: { input: { siteId: 'no-such-site', startDate: '2028-01-17', name: ' ' } },
      });
      expectProblems(
        response,
        'BAD_USER_INPUT',
        { code: 'NOT_FOUND', field: 'input.siteId', params: { id: 'no-such-site' } },
        { code: 'TEXT_REQUIRED', field: 'input.name', message: 'Kullens namn får inte vara tomt.' },
      );
      const badDate = await graph.query(CREATE_COHORT, { token: director(), variables: { input: { siteId: site('Växjö').id, startDate: '2028-02-30' } } });
      // a date that does not exist never reaches the rules: the Date scalar refuses it
      expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(badDate.errors?.[0].message).toMatch(/datum/);
      expect(await repository(Cohort).count()).toBe(before);
    });

    it('refuses to delete or move a cohort that has trainees, and keeps it as it was', async () => {
      const cohort = graph.data.cohorts.find((c) => c.name === 'VT 2026 Växjö')!;
      expectProblems(await graph.query(DELETE_COHORT, { token: director(), variables: { id: cohort.id } }), 'BAD_USER_INPUT', {
        code: 'COHORT_HAS_TRAINEES',
        field: 'id',
        params: { traineeCount: 4 },
      });
      const move = await graph.query(UPDATE_COHORT, {
        token: director(),
        variables: await withVersion(graph, Cohort, { id: cohort.id, input: { siteId: site('Ljungby').id, startDate: cohort.startDate } }),
      });
      expectProblems(move, 'BAD_USER_INPUT', { code: 'COHORT_HAS_TRAINEES', field: 'input.siteId' });
      expect(await repository(Cohort).findOneBy({ id: cohort.id })).toMatchObject({ siteId: cohort.siteId, name: cohort.name });
      expectProblems(await graph.query(DELETE_COHORT, { token: director(), variables: { id: 'no-such-cohort' } }), 'BAD_USER_INPUT', {
        code: 'NOT_FOUND',
        field: 'id',
      });
    });

    it('is refused to other roles', async () => {
      for (const username of ['hr-samordnare', 'studierektor-primar', 'adm-stod']) {
        const response = await graph.query(CREATE_COHORT, {
          token: graph.tokenFor(username),
          variables: { input: { siteId: site('Växjö').id, startDate: '2029-01-15' } },
        });
        expectProblems(response, 'FORBIDDEN', { code: 'NOT_PERMITTED' });
      }
      expectProblems(await graph.query(DELETE_COHORT, { token: graph.tokenFor('hr-samordnare'), variables: { id: graph.data.cohorts[0].id } }), 'FORBIDDEN');
    });
  });

  describe("a trainee's employment", () => {
    const trainee = () => graph.data.trainees.find((t) => t.username === 'bt-fredrik.aberg')!;
    const input = () => {
      const t = trainee();
      return {
        givenName: t.givenName,
        familyName: t.familyName,
        personalIdentityNumber: t.personalIdentityNumber,
        siteId: t.siteId,
        cohortId: t.cohortId,
        employmentStart: t.employmentStart,
        employmentEnd: t.employmentEnd,
        employmentForm: t.employmentForm,
      };
    };

    it('HR extends the employment (EXT) and changes the name; the change is audited without the personal identity number', async () => {
      const audit = repository(AuditEvent);
      const before = await audit.count();
      const updatesBefore = await audit.countBy({ action: 'UPDATE_TRAINEE_EMPLOYMENT' });
      const response = await graph.query<{ updateTraineeEmployment: { name: string; employmentEnd: string; personalIdentityNumber: string; active: boolean } }>(
        UPDATE_TRAINEE,
        {
          token: graph.tokenFor('hr-samordnare'),
          variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), givenName: ' Fredrika ', employmentEnd: '2028-03-17' } }),
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateTraineeEmployment).toMatchObject({ name: `Fredrika ${trainee().familyName}`, employmentEnd: '2028-03-17', active: false });
      expect(await repository(Trainee).findOneBy({ id: trainee().id })).toMatchObject({ givenName: 'Fredrika', employmentEnd: '2028-03-17' });
      const events = (await audit.find({ where: { action: 'UPDATE_TRAINEE_EMPLOYMENT' }, order: { id: 'ASC' } })).slice(updatesBefore);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorUsername: 'hr-samordnare', entityType: 'Trainee', entityId: trainee().id });
      expect(JSON.stringify(events[0])).not.toContain(trainee().personalIdentityNumber);
      // the change and HR's read of the number in full
      expect((await audit.count()) - before).toBe(2);
    });

    it('normalises a 10-digit personal identity number', async () => {
      const full = trainee().personalIdentityNumber;
      const response = await graph.query<{ updateTraineeEmployment: { personalIdentityNumber: string } }>(UPDATE_TRAINEE, {
        token: graph.tokenFor('atbt-chef'),
        variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), personalIdentityNumber: full.slice(2) } }),
      });
      expect(response.data!.updateTraineeEmployment.personalIdentityNumber).toBe(full);
    });

    it('refuses every broken rule at once, names the fields, and saves and audits nothing', async () => {
      const stored = await repository(Trainee).findOneBy({ id: trainee().id });
      const audited = await repository(AuditEvent).count();
      const ljungbyCohort = graph.data.cohorts.find((c) => c.siteId === site('Ljungby').id)!;
      const response = await graph.query(UPDATE_TRAINEE, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, {
          id: trainee().id,
          input: { ...input(), givenName: '', personalIdentityNumber: '19121212-1213', cohortId: ljungbyCohort.id, employmentEnd: '2027-06-30' },
        }),
      });
      expectProblems(
        response,
        'BAD_USER_INPUT',
        { code: 'TEXT_REQUIRED', field: 'input.givenName' },
        { code: 'PERSONAL_IDENTITY_NUMBER_CHECKSUM', field: 'input.personalIdentityNumber' },
        { code: 'EMPLOYMENT_TOO_SHORT', rule: 'EMP-1', field: 'input.employmentEnd' },
        { code: 'COHORT_AT_OTHER_SITE', field: 'input.cohortId' },
      );
      const backwards = await graph.query(UPDATE_TRAINEE, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), employmentEnd: '2026-01-01' } }),
      });
      expectProblems(backwards, 'BAD_USER_INPUT', { code: 'EMPLOYMENT_END_BEFORE_START', field: 'input.employmentEnd' });
      const missing = await graph.query(UPDATE_TRAINEE, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, { id: 'nobody', input: { ...input(), cohortId: 'none', siteId: 'nowhere' } }),
      });
      expectProblems(
        missing,
        'BAD_USER_INPUT',
        { code: 'NOT_FOUND', field: 'id' },
        { code: 'NOT_FOUND', field: 'input.siteId' },
        { code: 'NOT_FOUND', field: 'input.cohortId' },
      );
      const taken = await graph.query(UPDATE_TRAINEE, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, {
          id: trainee().id,
          input: { ...input(), personalIdentityNumber: graph.data.trainees[0].personalIdentityNumber },
        }),
      });
      expectProblems(taken, 'BAD_USER_INPUT', { code: 'PERSONAL_IDENTITY_NUMBER_TAKEN', field: 'input.personalIdentityNumber' });
      const integrated = await graph.query(UPDATE_TRAINEE, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), employmentForm: 'INTEGRATED', stUnitId: null } }),
      });
      expectProblems(integrated, 'BAD_USER_INPUT', { code: 'ST_UNIT_REQUIRED', rule: 'EMP-1', field: 'input.stUnitId' });
      const noSuchUnit = await graph.query(UPDATE_TRAINEE, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), employmentForm: 'INTEGRATED', stUnitId: 'nowhere' } }),
      });
      expectProblems(noSuchUnit, 'BAD_USER_INPUT', { code: 'NOT_FOUND', field: 'input.stUnitId' });
      expect(await repository(Trainee).findOneBy({ id: trainee().id })).toEqual(stored);
      expect(await repository(AuditEvent).count()).toBe(audited);
    });

    it('EMP-1: an integrated BT keeps the unit of its ST employment; a separate BT keeps none', async () => {
      const unit = graph.data.units.find((candidate) => candidate.siteId === trainee().siteId)!;
      const changed = await graph.query<{ updateTraineeEmployment: { stUnit: { id: string } | null } }>(UPDATE_TRAINEE_ST_UNIT, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), employmentForm: 'INTEGRATED', stUnitId: unit.id } }),
      });
      expect(changed.data!.updateTraineeEmployment.stUnit).toEqual({ id: unit.id });
      const separate = await graph.query<{ updateTraineeEmployment: { stUnit: { id: string } | null } }>(UPDATE_TRAINEE_ST_UNIT, {
        token: graph.tokenFor('hr-samordnare'),
        variables: await withVersion(graph, Trainee, { id: trainee().id, input: { ...input(), employmentForm: 'SEPARATE', stUnitId: unit.id } }),
      });
      expect(separate.data!.updateTraineeEmployment.stUnit).toBeNull();
    });

    it('is refused to admin support and directors of studies', async () => {
      for (const username of ['adm-stod', 'studierektor-sluten']) {
        expectProblems(
          await graph.query(UPDATE_TRAINEE, {
            token: graph.tokenFor(username),
            variables: await withVersion(graph, Trainee, { id: trainee().id, input: input() }),
          }),
          'FORBIDDEN',
        );
      }
    });
  });

  describe('units and staff', () => {
    const unit = () => graph.data.units.find((u) => u.name === 'Vårdcentralen Dalbo')!;
    const unitInput = () => ({
      name: unit().name,
      siteId: unit().siteId,
      kind: unit().kind,
      regionPart: unit().regionPart,
      headOfUnitId: unit().headOfUnitId,
      btLeadId: unit().btLeadId,
    });

    it('admin support renames a unit and appoints another BT lead with the role', async () => {
      const lead = graph.data.people.find((p) => p.username === 'btansvarig-vc-teleborg')!;
      const response = await graph.query<{ updateUnit: { name: string; btLead: { id: string } } }>(UPDATE_UNIT, {
        token: graph.tokenFor('adm-stod'),
        variables: await withVersion(graph, Unit, { id: unit().id, input: { ...unitInput(), name: 'Vårdcentralen Dalbo-Hov', btLeadId: lead.id } }),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateUnit).toMatchObject({ name: 'Vårdcentralen Dalbo-Hov', btLead: { id: lead.id } });
      expect(await repository(Unit).findOneBy({ id: unit().id })).toMatchObject({ name: 'Vårdcentralen Dalbo-Hov', btLeadId: lead.id });
    });

    it('refuses a vårdcentral without region part, a head of unit without the role and a missing person; saves nothing', async () => {
      const stored = await repository(Unit).findOneBy({ id: unit().id });
      const trainer = graph.data.people.find((p) => p.username === 'hhl-vc-dalbo-1')!;
      const response = await graph.query(UPDATE_UNIT, {
        token: graph.tokenFor('atbt-chef'),
        variables: await withVersion(graph, Unit, {
          id: unit().id,
          input: { ...unitInput(), name: '', regionPart: null, headOfUnitId: trainer.id, btLeadId: 'nobody' },
        }),
      });
      expectProblems(
        response,
        'BAD_USER_INPUT',
        { code: 'NOT_FOUND', field: 'input.btLeadId', params: { id: 'nobody' } },
        { code: 'TEXT_REQUIRED', field: 'input.name' },
        { code: 'REGION_PART_REQUIRED', rule: 'EDU-2', field: 'input.regionPart' },
        { code: 'PERSON_LACKS_ROLE', field: 'input.headOfUnitId', params: { role: 'HEAD_OF_UNIT', name: trainer.name } },
      );
      expect(await repository(Unit).findOneBy({ id: unit().id })).toEqual(stored);
    });

    it('the Director makes a clinical supervisor a director of studies with a scope', async () => {
      const person = graph.data.people.find((p) => p.username === 'handledare-med-vxo-1')!;
      const response = await graph.query<{ updatePerson: { roles: string[]; directorOfStudiesScope: string; title: string | null } }>(UPDATE_PERSON, {
        token: graph.tokenFor('atbt-chef'),
        variables: await withVersion(graph, Person, {
          id: person.id,
          input: {
            name: person.name,
            title: '  ',
            roles: ['CLINICAL_SUPERVISOR', 'DIRECTOR_OF_STUDIES'],
            siteId: person.siteId,
            unitId: person.unitId,
            directorOfStudiesScope: 'INPATIENT_PSYCHIATRY',
          },
        }),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updatePerson).toMatchObject({
        title: null,
        roles: ['CLINICAL_SUPERVISOR', 'DIRECTOR_OF_STUDIES'],
        directorOfStudiesScope: 'INPATIENT_PSYCHIATRY',
      });
      expect(await repository(Person).findOneBy({ id: person.id })).toMatchObject({ roles: ['CLINICAL_SUPERVISOR', 'DIRECTOR_OF_STUDIES'] });
    });

    it('refuses staff without roles, the trainee role, a scope without the role and a unit at another site; saves nothing', async () => {
      const person = graph.data.people.find((p) => p.username === 'handledare-kir-lby-1')!;
      const stored = await repository(Person).findOneBy({ id: person.id });
      const vaxjoUnit = graph.data.units.find((u) => u.siteId === site('Växjö').id)!;
      const noRoles = await graph.query(UPDATE_PERSON, {
        token: graph.tokenFor('adm-stod'),
        variables: await withVersion(graph, Person, {
          id: person.id,
          input: { name: person.name, roles: [], siteId: person.siteId, unitId: vaxjoUnit.id, directorOfStudiesScope: 'PRIMARY_CARE' },
        }),
      });
      expectProblems(
        noRoles,
        'BAD_USER_INPUT',
        { code: 'ROLE_REQUIRED', field: 'input.roles' },
        { code: 'DIRECTOR_OF_STUDIES_SCOPE_NOT_ALLOWED', rule: 'ORG-2', field: 'input.directorOfStudiesScope' },
        { code: 'UNIT_AT_OTHER_SITE', field: 'input.unitId' },
      );
      const trainee = await graph.query(UPDATE_PERSON, {
        token: graph.tokenFor('adm-stod'),
        variables: await withVersion(graph, Person, { id: person.id, input: { name: person.name, roles: ['TRAINEE'], unitId: 'nowhere' } }),
      });
      expectProblems(trainee, 'BAD_USER_INPUT', { code: 'TRAINEE_ROLE_NOT_ALLOWED', field: 'input.roles' }, { code: 'NOT_FOUND', field: 'input.unitId' });
      expect(await repository(Person).findOneBy({ id: person.id })).toEqual(stored);
    });

    it('is refused to HR and to heads of units', async () => {
      const person = graph.data.people[0];
      for (const username of ['hr-samordnare', 'vc-med-vxo', 'bitr-atbt-chef']) {
        expectProblems(
          await graph.query(UPDATE_PERSON, {
            token: graph.tokenFor(username),
            variables: await withVersion(graph, Person, { id: person.id, input: { name: 'X', roles: ['DIRECTOR'] } }),
          }),
          'FORBIDDEN',
        );
        expectProblems(
          await graph.query(UPDATE_UNIT, { token: graph.tokenFor(username), variables: await withVersion(graph, Unit, { id: unit().id, input: unitInput() }) }),
          'FORBIDDEN',
        );
      }
    });
  });
});
