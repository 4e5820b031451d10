import type { ReactNode } from 'react';
import { Layout, Menu, usePermissions } from 'react-admin';
import GradingIcon from '@mui/icons-material/Grading';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import PaymentsIcon from '@mui/icons-material/Payments';
import { hasPermission, type Permissions } from './permissions';

/** The resources, then the pages that are not lists: my scoring, the CSV import, salary ranges — each by role. */
function AppMenu() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {hasPermission(permissions, 'SCORE_APPLICATIONS') && <Menu.Item to="/scoring" primaryText="recruitment.scoring" leftIcon={<GradingIcon />} />}
      {hasPermission(permissions, 'HANDLE_APPLICATIONS') && (
        <Menu.Item to="/applications/import" primaryText="recruitment.import" leftIcon={<UploadFileIcon />} />
      )}
      {hasPermission(permissions, 'READ_SALARY') && <Menu.Item to="/salary-guidelines" primaryText="salary.guidelines" leftIcon={<PaymentsIcon />} />}
    </Menu>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  return <Layout menu={AppMenu}>{children}</Layout>;
}
