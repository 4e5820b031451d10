/** ORG-1: the main sites. Codes are stable identifiers; names are shown to users. */
export enum SiteCode {
  VAXJO = 'VAXJO',
  LJUNGBY = 'LJUNGBY',
}

/** ORG-3: kinds of units a trainee passes. */
export enum UnitKind {
  EMERGENCY = 'EMERGENCY',
  INTERNAL_MEDICINE = 'INTERNAL_MEDICINE',
  SURGERY = 'SURGERY',
  OPERATING = 'OPERATING',
  PSYCHIATRY = 'PSYCHIATRY',
  ON_CALL_CENTRE = 'ON_CALL_CENTRE',
  PRIMARY_CARE = 'PRIMARY_CARE',
}

/** ORG-3: primary care is split into the east and west of the region. */
export enum RegionPart {
  EAST = 'EAST',
  WEST = 'WEST',
}

/** EMP-1: separate fixed-term BT (Kronoberg) or BT integrated in an ST employment. */
export enum EmploymentForm {
  SEPARATE = 'SEPARATE',
  INTEGRATED = 'INTEGRATED',
}

/** ORG-2: a director of studies leads inpatient and psychiatry placements, or primary-care placements. */
export enum DirectorOfStudiesScope {
  INPATIENT_PSYCHIATRY = 'INPATIENT_PSYCHIATRY',
  PRIMARY_CARE = 'PRIMARY_CARE',
}
