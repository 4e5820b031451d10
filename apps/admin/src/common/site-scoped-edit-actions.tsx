import { EditButton, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { reachesSite, type PermissionName, type Permissions } from '../permissions';

/** A show page's edit button, only where `permission` reaches the record's site (the deputy director: Ljungby, ORG-1). */
export function SiteScopedEditActions({ permission }: { permission: PermissionName }) {
  const record = useRecordContext<{ siteId?: string }>();
  const { permissions } = usePermissions<Permissions>();
  return <TopToolbar>{record && reachesSite(permissions, permission, record.siteId) && <EditButton />}</TopToolbar>;
}
