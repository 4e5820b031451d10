import { Role } from '@bt/auth';
import { DirectorOfStudiesScope, RegionPart, SiteCode, UnitKind } from '@bt/domain';
import type { Person, Site, Unit } from '@bt/employment';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import type { Random } from './random';

export interface Organisation {
  sites: Site[];
  units: Unit[];
  people: Person[];
  /** Clinical supervisors per inpatient unit id. */
  clinicalSupervisorsByUnit: Map<string, Person[]>;
  /** Main supervisors (GPs) per vårdcentral id. */
  mainSupervisorsByUnit: Map<string, Person[]>;
}

/** ORG-3: the units of both sites. Psychiatry and the on-call centre are in Växjö only (EDU-2). */
/** ABS-3: `vardval` marks a vårdcentral in private primary care, whose head's leave decisions HR/payroll registers. */
const UNITS: { name: string; site: SiteCode; kind: UnitKind; regionPart?: RegionPart; slug: string; vardval?: boolean }[] = [
  { name: 'Akuten Växjö', site: SiteCode.VAXJO, kind: UnitKind.EMERGENCY, slug: 'akuten-vxo' },
  { name: 'Medicinkliniken Växjö', site: SiteCode.VAXJO, kind: UnitKind.INTERNAL_MEDICINE, slug: 'med-vxo' },
  { name: 'Kirurgkliniken Växjö', site: SiteCode.VAXJO, kind: UnitKind.SURGERY, slug: 'kir-vxo' },
  { name: 'Operation Växjö', site: SiteCode.VAXJO, kind: UnitKind.OPERATING, slug: 'op-vxo' },
  { name: 'Vuxenpsykiatrin Växjö', site: SiteCode.VAXJO, kind: UnitKind.PSYCHIATRY, slug: 'psyk-vxo' },
  { name: 'Jourläkarcentralen (JLC)', site: SiteCode.VAXJO, kind: UnitKind.ON_CALL_CENTRE, slug: 'jlc' },
  { name: 'Akuten Ljungby', site: SiteCode.LJUNGBY, kind: UnitKind.EMERGENCY, slug: 'akuten-lby' },
  { name: 'Medicinkliniken Ljungby', site: SiteCode.LJUNGBY, kind: UnitKind.INTERNAL_MEDICINE, slug: 'med-lby' },
  { name: 'Kirurgkliniken Ljungby', site: SiteCode.LJUNGBY, kind: UnitKind.SURGERY, slug: 'kir-lby' },
  { name: 'Operation Ljungby', site: SiteCode.LJUNGBY, kind: UnitKind.OPERATING, slug: 'op-lby' },
  { name: 'Vårdcentralen Teleborg', site: SiteCode.VAXJO, kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.EAST, slug: 'vc-teleborg' },
  { name: 'Vårdcentralen Dalbo', site: SiteCode.VAXJO, kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.EAST, slug: 'vc-dalbo', vardval: true },
  { name: 'Vårdcentralen Lessebo', site: SiteCode.VAXJO, kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.EAST, slug: 'vc-lessebo' },
  { name: 'Vårdcentralen Ljungby', site: SiteCode.LJUNGBY, kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.WEST, slug: 'vc-ljungby' },
  { name: 'Vårdcentralen Markaryd', site: SiteCode.LJUNGBY, kind: UnitKind.PRIMARY_CARE, regionPart: RegionPart.WEST, slug: 'vc-markaryd', vardval: true },
];

/** The programme's own staff; the Director's username is fixed by the foundation issue. */
const PROGRAMME_STAFF: { username: string; roles: Role[]; title: string; site: SiteCode; scope?: DirectorOfStudiesScope }[] = [
  { username: 'atbt-chef', roles: [Role.DIRECTOR], title: 'AT/BT-chef', site: SiteCode.VAXJO },
  { username: 'bitr-atbt-chef', roles: [Role.DEPUTY_DIRECTOR], title: 'Biträdande AT/BT-chef, Ljungby', site: SiteCode.LJUNGBY },
  {
    username: 'studierektor-sluten',
    roles: [Role.DIRECTOR_OF_STUDIES],
    title: 'BT-studierektor slutenvård/psykiatri',
    site: SiteCode.VAXJO,
    scope: DirectorOfStudiesScope.INPATIENT_PSYCHIATRY,
  },
  {
    username: 'studierektor-primar',
    roles: [Role.DIRECTOR_OF_STUDIES],
    title: 'BT-studierektor primärvård',
    site: SiteCode.VAXJO,
    scope: DirectorOfStudiesScope.PRIMARY_CARE,
  },
  { username: 'hr-samordnare', roles: [Role.HR_COORDINATOR], title: 'HR-samordnare', site: SiteCode.VAXJO },
  { username: 'adm-stod', roles: [Role.ADMIN_SUPPORT], title: 'Administrativt stöd', site: SiteCode.VAXJO },
  { username: 'extern-bedomare-1', roles: [Role.EXTERNAL_ASSESSOR], title: 'Specialist i allmänmedicin, extern bedömare', site: SiteCode.VAXJO },
  { username: 'extern-bedomare-2', roles: [Role.EXTERNAL_ASSESSOR], title: 'Specialist i internmedicin, extern bedömare', site: SiteCode.LJUNGBY },
];

/**
 * Sites, units and staff in every role. `scale` multiplies the supervisors so that larger cohorts
 * (benchmarks, the SQL-count test) still have about one main supervisor per two trainees.
 */
export function seedOrganisation(random: Random, scale: number): Organisation {
  const sites: Site[] = [
    { id: random.uuid(), code: SiteCode.VAXJO, name: 'Växjö' },
    { id: random.uuid(), code: SiteCode.LJUNGBY, name: 'Ljungby' },
  ];
  const siteId = (code: SiteCode) => sites.find((site) => site.code === code)!.id;
  const people: Person[] = [];
  const person = (username: string, roles: Role[], title: string, site: SiteCode, unitId: string | null, scope: DirectorOfStudiesScope | null = null) => {
    const created: Person = {
      id: random.uuid(),
      version: 1,
      username,
      name: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
      title,
      roles,
      siteId: siteId(site),
      unitId,
      directorOfStudiesScope: scope,
    };
    people.push(created);
    return created;
  };

  for (const staff of PROGRAMME_STAFF) person(staff.username, staff.roles, staff.title, staff.site, null, staff.scope ?? null);

  const units: Unit[] = [];
  const clinicalSupervisorsByUnit = new Map<string, Person[]>();
  const mainSupervisorsByUnit = new Map<string, Person[]>();
  for (const definition of UNITS) {
    const unit: Unit = {
      id: random.uuid(),
      version: 1,
      name: definition.name,
      siteId: siteId(definition.site),
      kind: definition.kind,
      regionPart: definition.regionPart ?? null,
      privatePrimaryCare: definition.vardval ?? false,
      headOfUnitId: null,
      btLeadId: null,
    };
    units.push(unit);
    unit.headOfUnitId = person(`vc-${definition.slug}`, [Role.HEAD_OF_UNIT], `Verksamhetschef, ${definition.name}`, definition.site, unit.id).id;
    unit.btLeadId = person(
      `btansvarig-${definition.slug}`,
      [Role.UNIT_BT_LEAD, Role.CLINICAL_SUPERVISOR],
      `Lokalt BT-ansvarig läkare, ${definition.name}`,
      definition.site,
      unit.id,
    ).id;
    const supervisors: Person[] = [];
    if (definition.kind === UnitKind.PRIMARY_CARE) {
      // EDU-7: the main supervisor is a GP at the vårdcentral and its clinical supervisor there too
      for (let n = 1; n <= 2 * scale; n += 1) {
        supervisors.push(
          person(`hhl-${definition.slug}-${n}`, [Role.MAIN_SUPERVISOR, Role.CLINICAL_SUPERVISOR], 'Specialist i allmänmedicin', definition.site, unit.id),
        );
      }
      mainSupervisorsByUnit.set(unit.id, supervisors);
    } else {
      for (let n = 1; n <= 2 * scale; n += 1) {
        supervisors.push(person(`handledare-${definition.slug}-${n}`, [Role.CLINICAL_SUPERVISOR], 'Specialistläkare', definition.site, unit.id));
      }
      clinicalSupervisorsByUnit.set(unit.id, supervisors);
    }
  }
  return { sites, units, people, clinicalSupervisorsByUnit, mainSupervisorsByUnit };
}
