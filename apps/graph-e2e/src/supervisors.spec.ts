import { AuditEvent, Trainee } from '@bt/employment';
import { SupervisionLog } from '@bt/education';
import { ChangeEvent } from '@bt/subgraph';
import { EmploymentForm, PlacementKind } from '@bt/domain';
import { testEngine } from '@bt/testing';
import { startTestGraph, type TestGraph } from '@bt/test-graph';
import { expectProblems } from './refusals';

const SET_QUALIFICATION = `mutation ($personId: ID!, $version: Int, $input: SupervisorQualificationInput!) {
  setSupervisorQualification(personId: $personId, version: $version, input: $input) {
    version licensed specialistStatus specialty supervisorTrainingCourse supervisorTrainingDate yearsOfExperience } }`;
const REGISTER = 'query ($id: ID!) { person(id: $id) { username supervisorQualification { version specialty supervisorTrainingDate } } }';
const ASSIGN = `mutation ($traineeId: ID!, $personId: ID!, $fromDate: Date!, $version: Int) {
  assignMainSupervisor(traineeId: $traineeId, personId: $personId, fromDate: $fromDate, version: $version) {
    trainee { id } mainSupervision { supervisor { username } fromDate version } warnings { code rule message } } }`;
const END = 'mutation ($traineeId: ID!, $version: Int!) { endMainSupervision(traineeId: $traineeId, version: $version) { id } }';
const SET_CLINICAL = `mutation ($placementId: ID!, $personId: ID!) {
  setClinicalSupervisor(placementId: $placementId, personId: $personId) { placement { id clinicalSupervisor { username } } warnings { code rule params { name value } } } }`;
const TRAINEE = 'query ($id: ID!) { trainee(id: $id) { id mainSupervisorDueBy employmentStart mainSupervision { supervisor { username } fromDate version } } }';
const WITHOUT_HHL = '{ traineePage(perPage: 100, filter: { withoutMainSupervisor: true }) { total items { id mainSupervisorDueBy } } }';
const OVERVIEWS = '{ siteOverviews { site { name } traineesWithoutMainSupervisor traineesWithoutMainSupervisorOverdue mainSupervisorFirstDue } }';

const GP_SPECIALIST = {
  licensed: true,
  specialistStatus: 'SPECIALIST',
  specialty: 'GENERAL_PRACTICE',
  supervisorTrainingCourse: 'LEK-kurs',
  supervisorTrainingDate: '2019-03-15',
  yearsOfExperience: 14,
};

interface Assignment {
  trainee: { id: string };
  mainSupervision: { supervisor: { username: string }; fromDate: string; version: number };
  warnings: { code: string; rule: string; message: string }[];
}

describe(`supervisors: the register and appointing HHL and clinical supervisors (EDU-7, ORG-2, EMP-1) on ${testEngine()}`, () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph?.stop());

  const ask = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    graph.query<T>(query, { token: graph.tokenFor(username), variables });
  const person = (username: string) => graph.data.people.find((p) => p.username === username)!;
  const fredrik = () => graph.data.trainees.find((t) => t.username === 'bt-fredrik.aberg')!;
  const hhlOf = (traineeId: string) =>
    graph.data.people.find((p) => p.id === graph.data.mainSupervisions.find((m) => m.traineeId === traineeId)!.supervisorId)!;
  /** The person's entry in the register as read now (the demo data registers every supervisor). */
  const entry = async (username: string) =>
    (await ask<{ person: { supervisorQualification: { version: number; specialty: string } | null } }>('atbt-chef', REGISTER, { id: person(username).id }))
      .data!.person.supervisorQualification;
  /** Records the entry over the version read now. */
  const register = async (username: string, input: Record<string, unknown>) => {
    const version = (await entry(username))?.version;
    const response = await ask<{ setSupervisorQualification: { version: number } }>('hr-samordnare', SET_QUALIFICATION, {
      personId: person(username).id,
      version,
      input,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.setSupervisorQualification;
  };
  const mainSupervision = async (traineeId: string) => {
    const response = await ask<{ trainee: { mainSupervisorDueBy: string; employmentStart: string; mainSupervision: Assignment['mainSupervision'] | null } }>(
      'atbt-chef',
      TRAINEE,
      { id: traineeId },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.trainee;
  };
  const withoutHhl = async () => {
    const response = await ask<{ traineePage: { total: number; items: { id: string; mainSupervisorDueBy: string }[] } }>('studierektor-primar', WITHOUT_HHL);
    expect(response.errors).toBeUndefined();
    return response.data!.traineePage;
  };
  /** The start page's figures on main supervisors for Växjö. */
  const vaxjoWithoutHhl = async () => {
    const response = await ask<{
      siteOverviews: {
        site: { name: string };
        traineesWithoutMainSupervisor: number;
        traineesWithoutMainSupervisorOverdue: number;
        mainSupervisorFirstDue: string | null;
      }[];
    }>('atbt-chef', OVERVIEWS);
    expect(response.errors).toBeUndefined();
    const vaxjo = response.data!.siteOverviews.find((overview) => overview.site.name === 'Växjö')!;
    const { traineesWithoutMainSupervisor, traineesWithoutMainSupervisorOverdue, mainSupervisorFirstDue } = vaxjo;
    return { traineesWithoutMainSupervisor, traineesWithoutMainSupervisorOverdue, mainSupervisorFirstDue };
  };

  describe('the supervisor register (EDU-7)', () => {
    it('HR records a person with licence, specialty, supervisor training and experience, versioned and audited; staff lists show it', async () => {
      const unregistered = person('vc-vc-teleborg');
      expect(await entry(unregistered.username)).toBeNull();
      const created = await ask<{ setSupervisorQualification: Record<string, unknown> }>('hr-samordnare', SET_QUALIFICATION, {
        personId: unregistered.id,
        input: GP_SPECIALIST,
      });
      expect(created.data!.setSupervisorQualification).toEqual({ version: 1, ...GP_SPECIALIST });
      const read = await ask<{ person: { supervisorQualification: { version: number; specialty: string } } }>('studierektor-sluten', REGISTER, {
        id: unregistered.id,
      });
      expect(read.data!.person.supervisorQualification).toMatchObject({ version: 1, specialty: 'GENERAL_PRACTICE' });

      const again = await ask('studierektor-primar', SET_QUALIFICATION, { personId: unregistered.id, input: GP_SPECIALIST });
      expectProblems(again, 'CONFLICT', { code: 'STALE_VERSION' });
      const changed = await ask<{ setSupervisorQualification: { version: number; yearsOfExperience: number } }>('studierektor-primar', SET_QUALIFICATION, {
        personId: unregistered.id,
        version: 1,
        input: { ...GP_SPECIALIST, yearsOfExperience: 15 },
      });
      expect(changed.data!.setSupervisorQualification).toMatchObject({ version: 2, yearsOfExperience: 15 });
      const audits = await graph.databases.employment.dataSource
        .getRepository(AuditEvent)
        .findBy({ action: 'SET_SUPERVISOR_QUALIFICATION', entityId: unregistered.id });
      expect(audits.map((audit) => [audit.actorUsername, audit.oldValue === null])).toEqual([
        ['hr-samordnare', true],
        ['studierektor-primar', false],
      ]);
    });

    it('EDU-7: the demo data registers its supervisors: main supervisors trained GP specialists, clinical supervisors in their unit specialty', async () => {
      expect(await entry(hhlOf(fredrik().id).username)).toMatchObject({ version: 1, specialty: 'GENERAL_PRACTICE' });
      expect(await entry('handledare-med-vxo-2')).toMatchObject({ version: 1, specialty: 'INTERNAL_MEDICINE' });
    });

    it('EDU-7: refuses a specialty without specialist or ST status and a training day in the future, naming the fields', async () => {
      const response = await ask('hr-samordnare', SET_QUALIFICATION, {
        personId: person('handledare-kir-vxo-1').id,
        input: { ...GP_SPECIALIST, specialistStatus: null, supervisorTrainingDate: '2030-01-01' },
      });
      expectProblems(
        response,
        'BAD_USER_INPUT',
        { code: 'SPECIALTY_WITHOUT_STATUS', field: 'input.specialistStatus', rule: 'EDU-7' },
        { code: 'SUPERVISOR_TRAINING_IN_FUTURE', field: 'input.supervisorTrainingDate' },
      );
    });

    it.each(['hhl-vc-teleborg-1', 'handledare-med-vxo-1', 'adm-stod', 'bt-ida.olsson'])('%s cannot change the register', async (username) => {
      const response = await ask(username, SET_QUALIFICATION, { personId: person('handledare-kir-vxo-2').id, input: GP_SPECIALIST });
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the main supervisor (HHL)', () => {
    it('ORG-2: ending the HHL puts the trainee among those lacking one, with the due date, in the list and on the start page after the read models follow', async () => {
      const { id } = fredrik();
      const before = { list: await withoutHhl(), vaxjo: await vaxjoWithoutHhl() };
      expect(before.list.items.map((item) => item.id)).not.toContain(id);
      const current = await mainSupervision(id);
      expect(current.mainSupervision).toMatchObject({ supervisor: { username: hhlOf(id).username }, version: 1 });

      const ended = await ask('studierektor-primar', END, { traineeId: id, version: 1 });
      expect(ended.errors).toBeUndefined();
      await graph.readModelsCurrent();

      const after = await withoutHhl();
      expect(after.total).toBe(before.list.total + 1);
      expect(after.items.find((item) => item.id === id)).toEqual({ id, mainSupervisorDueBy: current.employmentStart });
      expect(await vaxjoWithoutHhl()).toEqual({
        traineesWithoutMainSupervisor: before.vaxjo.traineesWithoutMainSupervisor + 1,
        traineesWithoutMainSupervisorOverdue: before.vaxjo.traineesWithoutMainSupervisorOverdue,
        mainSupervisorFirstDue: current.employmentStart,
      });
    });

    it('ORG-2: a trainee who has started without an HHL is overdue on the start page, and is earliest due', async () => {
      const ida = graph.data.trainees.find((t) => t.username === 'bt-ida.olsson')!;
      const before = await vaxjoWithoutHhl();
      expect((await ask('atbt-chef', END, { traineeId: ida.id, version: 1 })).errors).toBeUndefined();
      await graph.readModelsCurrent();
      expect(await vaxjoWithoutHhl()).toEqual({
        traineesWithoutMainSupervisor: before.traineesWithoutMainSupervisor + 1,
        traineesWithoutMainSupervisorOverdue: before.traineesWithoutMainSupervisorOverdue + 1,
        mainSupervisorFirstDue: ida.employmentStart,
      });
      const hhl = hhlOf(ida.id);
      expect((await ask('atbt-chef', ASSIGN, { traineeId: ida.id, personId: hhl.id, fromDate: ida.employmentStart })).errors).toBeUndefined();
      await graph.readModelsCurrent();
      expect(await vaxjoWithoutHhl()).toEqual(before);
    });

    it.each(['handledare-med-vxo-1', 'hhl-vc-teleborg-1', 'hr-samordnare', 'adm-stod', 'vc-med-vxo', 'bt-fredrik.aberg'])(
      'EMP-1, ORG-2: %s cannot appoint the HHL of a trainee in separate BT',
      async (username) => {
        const response = await ask<{ assignMainSupervisor: Assignment }>(username, ASSIGN, {
          traineeId: fredrik().id,
          personId: hhlOf(fredrik().id).id,
          fromDate: '2027-01-18',
        });
        expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(response.data?.assignMainSupervisor ?? null).toBeNull();
      },
    );

    it('EDU-7: refuses a main supervisor who is not a specialist (an ST doctor), and someone not in the register', async () => {
      const st = graph.data.people.find((p) => p.username.startsWith('hhl-') && p.unitId === hhlOf(fredrik().id).unitId && p.id !== hhlOf(fredrik().id).id)!;
      await register(st.username, { ...GP_SPECIALIST, specialistStatus: 'ST_DOCTOR' });
      const events = await graph.databases.education.dataSource.getRepository(ChangeEvent).count();
      const refused = await ask('studierektor-primar', ASSIGN, { traineeId: fredrik().id, personId: st.id, fromDate: '2027-01-18' });
      expectProblems(refused, 'BAD_USER_INPUT', { code: 'MAIN_SUPERVISOR_NOT_SPECIALIST', rule: 'EDU-7', field: 'personId' });
      const unregistered = person('vc-vc-dalbo');
      const notRegistered = await ask('studierektor-primar', ASSIGN, { traineeId: fredrik().id, personId: unregistered.id, fromDate: '2027-01-18' });
      expectProblems(notRegistered, 'BAD_USER_INPUT', { code: 'SUPERVISOR_NOT_REGISTERED', rule: 'EDU-7' });
      expect((await mainSupervision(fredrik().id)).mainSupervision).toBeNull();
      // a refusal writes nothing: no log, no change event
      expect(
        await graph.databases.education.dataSource.getRepository(SupervisionLog).countBy({ action: 'ASSIGN_MAIN_SUPERVISOR', traineeId: fredrik().id }),
      ).toBe(0);
      expect(await graph.databases.education.dataSource.getRepository(ChangeEvent).count()).toBe(events);
    });

    it('EDU-7: a GP specialist without supervisor training is appointed and flagged; the warning is returned and logged', async () => {
      const other = graph.data.people.find((p) => p.username.startsWith('hhl-') && p.unitId === hhlOf(fredrik().id).unitId && p.id !== hhlOf(fredrik().id).id)!;
      const current = (await ask<{ person: { supervisorQualification: { version: number } } }>('atbt-chef', REGISTER, { id: other.id })).data!.person;
      await ask('hr-samordnare', SET_QUALIFICATION, {
        personId: other.id,
        version: current.supervisorQualification.version,
        input: { ...GP_SPECIALIST, supervisorTrainingCourse: null, supervisorTrainingDate: null },
      });
      const response = await ask<{ assignMainSupervisor: Assignment }>('studierektor-primar', ASSIGN, {
        traineeId: fredrik().id,
        personId: other.id,
        fromDate: '2027-01-18',
      });
      expect(response.errors).toBeUndefined();
      const { mainSupervision: assigned, warnings } = response.data!.assignMainSupervisor;
      expect(assigned).toEqual({ supervisor: { username: other.username }, fromDate: '2027-01-18', version: 1 });
      // Kronoberg: the HHL is also the clinical supervisor at the vårdcentral, and there it is still the earlier HHL
      expect(warnings.map((warning) => warning.code)).toEqual(['SUPERVISOR_WITHOUT_TRAINING', 'MAIN_SUPERVISOR_NOT_CLINICAL_SUPERVISOR']);
      expect(warnings[0]).toMatchObject({ rule: 'EDU-7', message: expect.stringMatching(/handledarutbildning/) });
      const logged = await graph.databases.education.dataSource
        .getRepository(SupervisionLog)
        .findBy({ traineeId: fredrik().id, action: 'ASSIGN_MAIN_SUPERVISOR' });
      expect(logged.map((entry) => [entry.actorUsername, entry.personId, entry.warnings])).toEqual([
        ['studierektor-primar', other.id, 'SUPERVISOR_WITHOUT_TRAINING,MAIN_SUPERVISOR_NOT_CLINICAL_SUPERVISOR'],
      ]);
      await graph.readModelsCurrent();
      expect((await withoutHhl()).items.map((item) => item.id)).not.toContain(fredrik().id);
    });

    it('ORG-2: a change names the version read; the HHL who meets every rule replaces the flagged one without warnings', async () => {
      const hhl = hhlOf(fredrik().id);
      const stale = await ask('atbt-chef', ASSIGN, { traineeId: fredrik().id, personId: hhl.id, fromDate: '2027-01-18' });
      expectProblems(stale, 'CONFLICT', { code: 'STALE_VERSION' });
      const response = await ask<{ assignMainSupervisor: Assignment }>('atbt-chef', ASSIGN, {
        traineeId: fredrik().id,
        personId: hhl.id,
        fromDate: '2027-01-18',
        version: 1,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.assignMainSupervisor).toMatchObject({ mainSupervision: { supervisor: { username: hhl.username }, version: 2 }, warnings: [] });
    });

    it('EMP-1: in integrated BT the head of unit of the ST employment appoints the HHL, not the AT/BT organisation', async () => {
      const integrated = graph.data.trainees.find((t) => t.username !== 'bt-fredrik.aberg' && t.employmentStart.startsWith('2027'))!;
      // the ST employment is at the internal medicine clinic in Växjö, whose head of unit is vc-med-vxo
      await graph.databases.employment.dataSource
        .getRepository(Trainee)
        .update({ id: integrated.id }, { employmentForm: EmploymentForm.INTEGRATED, stUnitId: person('vc-med-vxo').unitId });
      const hhl = hhlOf(integrated.id);
      await register(hhl.username, GP_SPECIALIST);
      const variables = { traineeId: integrated.id, personId: hhl.id, fromDate: integrated.employmentStart, version: 1 };
      expectProblems(await ask('atbt-chef', ASSIGN, variables), 'FORBIDDEN', { code: 'MAIN_SUPERVISOR_APPOINTED_BY_HEAD_OF_UNIT', rule: 'EMP-1' });
      // the head of another unit may not either
      expectProblems(await ask('vc-kir-vxo', ASSIGN, variables), 'FORBIDDEN', { code: 'MAIN_SUPERVISOR_APPOINTED_BY_HEAD_OF_UNIT', rule: 'EMP-1' });
      const byHead = await ask<{ assignMainSupervisor: Assignment }>('vc-med-vxo', ASSIGN, variables);
      expect(byHead.errors).toBeUndefined();
      expect(byHead.data!.assignMainSupervisor.mainSupervision).toMatchObject({ supervisor: { username: hhl.username }, version: 2 });
      // and in separate BT a head of unit may not
      expectProblems(await ask('vc-med-vxo', END, { traineeId: fredrik().id, version: 2 }), 'FORBIDDEN', {
        code: 'MAIN_SUPERVISOR_APPOINTED_BY_PROGRAMME',
        rule: 'EMP-1',
      });
    });

    it('ORG-1: the deputy director appoints only for Ljungby', async () => {
      const response = await ask('bitr-atbt-chef', END, { traineeId: fredrik().id, version: 2 });
      expectProblems(response, 'FORBIDDEN', { code: 'SITE_NOT_IN_SCOPE', rule: 'ORG-1' });
    });
  });

  describe('clinical supervisors', () => {
    const medicine = () => graph.data.placements.find((p) => p.traineeId === fredrik().id && p.kind === PlacementKind.INTERNAL_MEDICINE)!;

    it('EDU-7: an internal medicine ST doctor without supervisor training and with one year of experience is appointed for a medicine placement and flagged, with the values a translation names', async () => {
      const supervisor = person('handledare-med-vxo-2');
      await register(supervisor.username, {
        ...GP_SPECIALIST,
        specialistStatus: 'ST_DOCTOR',
        specialty: 'INTERNAL_MEDICINE',
        supervisorTrainingCourse: null,
        supervisorTrainingDate: null,
        yearsOfExperience: 1,
      });
      const response = await ask<{
        setClinicalSupervisor: {
          placement: { id: string; clinicalSupervisor: { username: string } };
          warnings: { code: string; params: { name: string; value: string }[] }[];
        };
      }>('studierektor-sluten', SET_CLINICAL, { placementId: medicine().id, personId: supervisor.id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.setClinicalSupervisor).toEqual({
        placement: { id: medicine().id, clinicalSupervisor: { username: supervisor.username } },
        warnings: [
          { code: 'SUPERVISOR_WITHOUT_TRAINING', rule: 'EDU-7', params: [] },
          {
            code: 'SUPERVISOR_LITTLE_EXPERIENCE',
            rule: 'EDU-7',
            params: [
              { name: 'years', value: '1' },
              { name: 'minimum', value: '2' },
            ],
          },
        ],
      });
    });

    it('EDU-7: refuses someone who is neither specialist nor ST doctor', async () => {
      const supervisor = person('handledare-med-vxo-1');
      await register(supervisor.username, { ...GP_SPECIALIST, specialistStatus: null, specialty: null });
      const response = await ask('studierektor-sluten', SET_CLINICAL, { placementId: medicine().id, personId: supervisor.id });
      expectProblems(response, 'BAD_USER_INPUT', { code: 'SUPERVISOR_NOT_SPECIALIST_OR_ST', rule: 'EDU-7' });
    });

    it('ORG-1: the head of unit appoints at their own unit only; a supervisor, HR or the trainee not at all', async () => {
      const supervisor = person('handledare-med-vxo-2');
      const own = await ask('vc-med-vxo', SET_CLINICAL, { placementId: medicine().id, personId: supervisor.id });
      expect(own.errors).toBeUndefined();
      const surgery = graph.data.placements.find((p) => p.traineeId === fredrik().id && p.kind === PlacementKind.SURGERY)!;
      expectProblems(await ask('vc-med-vxo', SET_CLINICAL, { placementId: surgery.id, personId: supervisor.id }), 'FORBIDDEN', { code: 'UNIT_NOT_IN_SCOPE' });
      for (const username of ['handledare-med-vxo-1', 'hr-samordnare', 'bt-fredrik.aberg']) {
        expect((await ask(username, SET_CLINICAL, { placementId: medicine().id, personId: supervisor.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
});
