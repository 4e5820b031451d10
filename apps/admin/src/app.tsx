import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import GroupsIcon from '@mui/icons-material/Groups';
import SchoolIcon from '@mui/icons-material/School';
import ApartmentIcon from '@mui/icons-material/Apartment';
import BadgeIcon from '@mui/icons-material/Badge';
import CampaignIcon from '@mui/icons-material/Campaign';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import HistoryIcon from '@mui/icons-material/History';
import { createAuthProvider, currentToken } from './auth/auth-provider';
import { developmentSignIn } from './auth/sign-in-method';
import { createLoginPage } from './auth/login-page';
import { VIEWER_PERMISSIONS, type ViewerPermissions } from './auth/viewer-permissions';
import { createDataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { GATEWAY_ORIGIN } from './config';
import { hasPermission, type PermissionName, type Permissions } from './permissions';
import { Dashboard } from './dashboard/dashboard';
import { CohortCreate, CohortEdit, CohortList, CohortShow } from './cohorts';
import { TraineeEdit, TraineeList, TraineeShow } from './trainees';
import { UnitEdit, UnitList, UnitShow } from './units';
import { PersonEdit, PersonList, PersonShow } from './people';
import { RoundCreate, RoundEdit, RoundList, RoundShow } from './recruitment-rounds';
import { ApplicationEdit, ApplicationList, ApplicationShow } from './applications';
import { ScoringPage } from './scoring/scoring-page';
import { ScoreForm } from './scoring/score-form';
import { RankingPage } from './ranking/ranking-page';
import { ImportPage } from './import/import-page';
import { SalaryGuidelinesPage } from './salary/salary-guidelines-page';
import { UnitCapacityPage } from './block-schedule/unit-capacity-page';
import { AuditList } from './audit';
import { ActivitiesPage } from './education-activities/activities-page';
import { AccessTasksPage } from './access-tasks/access-tasks-page';
import { AbsenceApplicationsPage } from './absence/absence-applications-page';
import { ExtraHoursPage } from './working-time/extra-hours-page';
import { WorkplaceMeetingsPage } from './working-life/workplace-meetings-page';
import { BtEvaluationPage } from './working-life/bt-evaluation-page';
import { AppLayout } from './layout';
import { createCatchAll, RequirePermission } from './common/not-allowed';

const signIn = developmentSignIn(GATEWAY_ORIGIN);
const dataProvider = createDataProvider({ graphqlUrl: `${GATEWAY_ORIGIN}/graphql`, token: () => currentToken(), language: i18nProvider });
const authProvider = createAuthProvider(signIn, () => dataProvider.graphql<ViewerPermissions>(VIEWER_PERMISSIONS).then((data) => data.viewer.permissions));
const LoginPage = createLoginPage(() => signIn.demoUsers());
/** The dashboard's lists: a typed address under one the role does not have says "not allowed". */
const CatchAll = createCatchAll([
  'cohorts',
  'trainees',
  'units',
  'people',
  'recruitmentRounds',
  'applications',
  'auditEvents',
  'scoring',
  'salary-guidelines',
  'unit-capacity',
  'extra-hours',
]);

/** Menus and buttons follow the server's `viewer { permissions }`; the server enforces them regardless. */
function resourcesFor(permissions: Permissions) {
  const may = (permission: PermissionName) => hasPermission(permissions, permission);
  return [
    may('READ_PROGRAMME') && (
      <Resource
        key="cohorts"
        name="cohorts"
        icon={GroupsIcon}
        list={CohortList}
        show={CohortShow}
        edit={may('EDIT_COHORTS') ? CohortEdit : undefined}
        create={may('EDIT_COHORTS') ? CohortCreate : undefined}
        recordRepresentation="name"
      />
    ),
    may('READ_TRAINEES') && (
      <Resource
        key="trainees"
        name="trainees"
        icon={SchoolIcon}
        list={TraineeList}
        show={TraineeShow}
        edit={may('EDIT_EMPLOYMENT') ? TraineeEdit : undefined}
        recordRepresentation="name"
      />
    ),
    <Resource
      key="units"
      name="units"
      icon={ApartmentIcon}
      list={UnitList}
      show={UnitShow}
      edit={may('EDIT_ORGANISATION') ? UnitEdit : undefined}
      recordRepresentation="name"
    />,
    may('READ_PROGRAMME') && (
      <Resource
        key="people"
        name="people"
        icon={BadgeIcon}
        list={PersonList}
        show={PersonShow}
        edit={may('EDIT_ORGANISATION') ? PersonEdit : undefined}
        recordRepresentation="name"
      />
    ),
    may('READ_PROGRAMME') && (
      <Resource
        key="recruitmentRounds"
        name="recruitmentRounds"
        icon={CampaignIcon}
        list={RoundList}
        show={RoundShow}
        edit={may('MANAGE_ROUNDS') ? RoundEdit : undefined}
        create={may('MANAGE_ROUNDS') ? RoundCreate : undefined}
        recordRepresentation="name"
      />
    ),
    may('READ_PROGRAMME') && (
      <Resource
        key="applications"
        name="applications"
        icon={AssignmentIndIcon}
        list={ApplicationList}
        show={ApplicationShow}
        edit={may('HANDLE_APPLICATIONS') ? ApplicationEdit : undefined}
        recordRepresentation="name"
      />
    ),
    // the audit trail: read-only, no edit, create or delete anywhere
    may('READ_AUDIT') && <Resource key="auditEvents" name="auditEvents" icon={HistoryIcon} list={AuditList} />,
    <CustomRoutes key="pages">
      <Route
        path="/scoring"
        element={
          <RequirePermission permission="SCORE_APPLICATIONS">
            <ScoringPage />
          </RequirePermission>
        }
      />
      <Route
        path="/scoring/:applicationId"
        element={
          <RequirePermission permission="SCORE_APPLICATIONS">
            <ScoreForm />
          </RequirePermission>
        }
      />
      <Route
        path="/recruitmentRounds/:id/ranking"
        element={
          <RequirePermission permission="READ_RANKING">
            <RankingPage />
          </RequirePermission>
        }
      />
      <Route
        path="/applications/import"
        element={
          <RequirePermission permission="HANDLE_APPLICATIONS">
            <ImportPage />
          </RequirePermission>
        }
      />
      <Route
        path="/import"
        element={
          <RequirePermission permission="IMPORT_ABSENCES">
            <ImportPage initialKind="absences" />
          </RequirePermission>
        }
      />
      <Route
        path="/education-activities"
        element={
          <RequirePermission permission="READ_PROGRAMME">
            <ActivitiesPage />
          </RequirePermission>
        }
      />
      <Route
        path="/unit-capacity"
        element={
          <RequirePermission permission="READ_PROGRAMME">
            <UnitCapacityPage />
          </RequirePermission>
        }
      />
      <Route
        path="/access-tasks"
        element={
          <RequirePermission permission="MANAGE_ACCESS">
            <AccessTasksPage />
          </RequirePermission>
        }
      />
      <Route
        path="/absence-applications"
        element={
          <RequirePermission permission="DECIDE_ABSENCE">
            <AbsenceApplicationsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/salary-guidelines"
        element={
          <RequirePermission permission="READ_SALARY">
            <SalaryGuidelinesPage />
          </RequirePermission>
        }
      />
      <Route
        path="/extra-hours"
        element={
          <RequirePermission permission={['PLAN_EXTRA_HOURS', 'RECORD_WORKING_TIME']}>
            <ExtraHoursPage />
          </RequirePermission>
        }
      />
      <Route
        path="/workplace-meetings"
        element={
          <RequirePermission permission="READ_WORKPLACE_MEETINGS">
            <WorkplaceMeetingsPage />
          </RequirePermission>
        }
      />
      <Route
        path="/bt-evaluation"
        element={
          <RequirePermission permission="ANSWER_BT_EVALUATION">
            <BtEvaluationPage />
          </RequirePermission>
        }
      />
    </CustomRoutes>,
    <Resource key="sites" name="sites" recordRepresentation="name" />,
    <Resource key="goals" name="goals" />,
    <Resource key="siteOverviews" name="siteOverviews" />,
  ];
}

export function App() {
  return (
    <Admin
      title="bt.app_title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={AppLayout}
      catchAll={CatchAll}
      requireAuth
      disableTelemetry
    >
      {resourcesFor}
    </Admin>
  );
}
