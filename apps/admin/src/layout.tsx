import type { ReactNode } from 'react';
import { Layout, Menu, usePermissions } from 'react-admin';
import GradingIcon from '@mui/icons-material/Grading';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import PaymentsIcon from '@mui/icons-material/Payments';
import { can } from './permissions';

/** The resources, then the pages that are not lists: my scoring, the CSV import, salary ranges — each by role. */
function AppMenu() {
  const { permissions } = usePermissions<string[]>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {can.score(permissions) && <Menu.Item to="/scoring" primaryText="recruitment.scoring" leftIcon={<GradingIcon />} />}
      {can.handleApplications(permissions) && <Menu.Item to="/applications/import" primaryText="recruitment.import" leftIcon={<UploadFileIcon />} />}
      {can.seeSalaries(permissions) && <Menu.Item to="/salary-guidelines" primaryText="salary.guidelines" leftIcon={<PaymentsIcon />} />}
    </Menu>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  return <Layout menu={AppMenu}>{children}</Layout>;
}
