import { required, SelectInput, useGetList, usePermissions } from 'react-admin';
import { reachesSite, type PermissionName, type Permissions } from '../permissions';

/** The main site (`siteId`), offering only the sites `permission` reaches (the deputy director: Ljungby, ORG-1). */
export function SiteInput({ permission }: { permission: PermissionName }) {
  const { permissions } = usePermissions<Permissions>();
  const { data: sites, isPending } = useGetList<{ id: string; name: string }>('sites');
  const choices = (sites ?? []).filter((site) => reachesSite(permissions, permission, site.id));
  return <SelectInput source="siteId" choices={choices} isPending={isPending} validate={required()} />;
}
