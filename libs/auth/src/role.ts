/** Roles from DOMAIN.md's glossary. Code in English, UI in Swedish. */
export enum Role {
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  DIRECTOR_OF_STUDIES = 'DIRECTOR_OF_STUDIES',
  MAIN_SUPERVISOR = 'MAIN_SUPERVISOR',
  CLINICAL_SUPERVISOR = 'CLINICAL_SUPERVISOR',
  HEAD_OF_UNIT = 'HEAD_OF_UNIT',
  UNIT_BT_LEAD = 'UNIT_BT_LEAD',
  EXTERNAL_ASSESSOR = 'EXTERNAL_ASSESSOR',
  HR_COORDINATOR = 'HR_COORDINATOR',
  ADMIN_SUPPORT = 'ADMIN_SUPPORT',
  TRAINEE = 'TRAINEE',
}

export const ROLE_LABELS_SV: Record<Role, string> = {
  [Role.DIRECTOR]: 'AT/BT-chef',
  [Role.DEPUTY_DIRECTOR]: 'Biträdande AT/BT-chef',
  [Role.DIRECTOR_OF_STUDIES]: 'BT-studierektor',
  [Role.MAIN_SUPERVISOR]: 'Huvudansvarig handledare',
  [Role.CLINICAL_SUPERVISOR]: 'Klinisk handledare',
  [Role.HEAD_OF_UNIT]: 'Verksamhetschef',
  [Role.UNIT_BT_LEAD]: 'Lokalt BT-ansvarig läkare',
  [Role.EXTERNAL_ASSESSOR]: 'Extern bedömare',
  [Role.HR_COORDINATOR]: 'HR-samordnare',
  [Role.ADMIN_SUPPORT]: 'Administrativt stöd',
  [Role.TRAINEE]: 'BT-läkare',
};

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The AT/BT organisation's management and education leads: they see every trainee. */
export const PROGRAMME_ROLES: readonly Role[] = [Role.DIRECTOR, Role.DEPUTY_DIRECTOR, Role.DIRECTOR_OF_STUDIES, Role.HR_COORDINATOR, Role.ADMIN_SUPPORT];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as string[]).includes(value);
}
