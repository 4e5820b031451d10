/**
 * react-admin shows the list's record while the full one loads; panels that need detail-only fields
 * wait for it. An application's full record is the one with its formal requirements.
 */
export function isFullApplication(record: object | undefined): boolean {
  return !!record && 'requirements' in record;
}
