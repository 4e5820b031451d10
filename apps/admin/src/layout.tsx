import { useEffect, type ReactNode } from 'react';
import { useMediaQuery } from '@mui/material';
import { Layout, Menu, usePermissions, useSidebarState } from 'react-admin';
import GradingIcon from '@mui/icons-material/Grading';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import PaymentsIcon from '@mui/icons-material/Payments';
import EventNoteIcon from '@mui/icons-material/EventNote';
import ViewTimelineIcon from '@mui/icons-material/ViewTimeline';
import KeyIcon from '@mui/icons-material/Key';
import FileUploadIcon from '@mui/icons-material/FileUpload';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import GroupsIcon from '@mui/icons-material/Groups';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { hasPermission, type Permissions } from './permissions';

/** The resources, then the pages that are not lists: education activities, capacity per unit, access to arrange, my scoring, the CSV import, salary ranges — each by role. */
function AppMenu() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {hasPermission(permissions, 'READ_PROGRAMME') && <Menu.Item to="/education-activities" primaryText="activities.title" leftIcon={<EventNoteIcon />} />}
      {hasPermission(permissions, 'READ_PROGRAMME') && <Menu.Item to="/unit-capacity" primaryText="bt.capacity.title" leftIcon={<ViewTimelineIcon />} />}
      {hasPermission(permissions, 'MANAGE_ACCESS') && <Menu.Item to="/access-tasks" primaryText="access.title" leftIcon={<KeyIcon />} />}
      {hasPermission(permissions, 'DECIDE_ABSENCE') && <Menu.Item to="/absence-applications" primaryText="absence.applications" leftIcon={<EventBusyIcon />} />}
      {hasPermission(permissions, 'SCORE_APPLICATIONS') && <Menu.Item to="/scoring" primaryText="recruitment.scoring" leftIcon={<GradingIcon />} />}
      {hasPermission(permissions, 'HANDLE_APPLICATIONS') && (
        <Menu.Item to="/applications/import" primaryText="recruitment.import" leftIcon={<UploadFileIcon />} />
      )}
      {hasPermission(permissions, 'IMPORT_ABSENCES') && <Menu.Item to="/import" primaryText="dataImport.menu" leftIcon={<FileUploadIcon />} />}
      {hasPermission(permissions, 'READ_SALARY') && <Menu.Item to="/salary-guidelines" primaryText="salary.guidelines" leftIcon={<PaymentsIcon />} />}
      {(hasPermission(permissions, 'PLAN_EXTRA_HOURS') || hasPermission(permissions, 'RECORD_WORKING_TIME')) && (
        <Menu.Item to="/extra-hours" primaryText="extraHours.menu" leftIcon={<MoreTimeIcon />} />
      )}
      {hasPermission(permissions, 'READ_PROGRAMME') && hasPermission(permissions, 'READ_WORKPLACE_MEETINGS') && (
        <Menu.Item to="/workplace-meetings" primaryText="workingLife.meetings" leftIcon={<GroupsIcon />} />
      )}
      {hasPermission(permissions, 'ANSWER_BT_EVALUATION') && (
        <Menu.Item to="/bt-evaluation" primaryText="workingLife.evaluation" leftIcon={<RateReviewIcon />} />
      )}
    </Menu>
  );
}

/** On a tablet or a narrow window (under 1000 px) the menu folds to its icons, leaving the width to the page; the menu button opens it again. */
function CollapseMenuWhenNarrow() {
  const [, setOpen] = useSidebarState();
  const narrow = useMediaQuery('(max-width: 999.95px)');
  useEffect(() => {
    if (narrow) setOpen(false);
  }, [narrow, setOpen]);
  return null;
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu}>
      <CollapseMenuWhenNarrow />
      {children}
    </Layout>
  );
}
