import { Admin, Resource } from 'react-admin';
import GroupsIcon from '@mui/icons-material/Groups';
import SchoolIcon from '@mui/icons-material/School';
import ApartmentIcon from '@mui/icons-material/Apartment';
import BadgeIcon from '@mui/icons-material/Badge';
import { createAuthProvider, currentToken } from './auth/auth-provider';
import { developmentSignIn } from './auth/sign-in-method';
import { createLoginPage } from './auth/login-page';
import { createDataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { GATEWAY_ORIGIN } from './config';
import { can, type Permissions } from './permissions';
import { Dashboard } from './dashboard/dashboard';
import { CohortCreate, CohortEdit, CohortList, CohortShow } from './cohorts';
import { TraineeEdit, TraineeList, TraineeShow } from './trainees';
import { UnitEdit, UnitList, UnitShow } from './units';
import { PersonEdit, PersonList, PersonShow } from './people';

const signIn = developmentSignIn(GATEWAY_ORIGIN);
const authProvider = createAuthProvider(signIn);
const dataProvider = createDataProvider({ graphqlUrl: `${GATEWAY_ORIGIN}/graphql`, token: () => currentToken() });
const LoginPage = createLoginPage(() => signIn.demoUsers());

/** Menus and buttons follow the role; the server enforces the same rules regardless. */
function resourcesFor(permissions: Permissions) {
  return [
    can.seeProgramme(permissions) && (
      <Resource key="cohorts" name="cohorts" icon={GroupsIcon} list={CohortList} show={CohortShow}
        edit={can.editCohorts(permissions) ? CohortEdit : undefined} create={can.editCohorts(permissions) ? CohortCreate : undefined}
        recordRepresentation="name" />
    ),
    can.seeTrainees(permissions) && (
      <Resource key="trainees" name="trainees" icon={SchoolIcon} list={TraineeList} show={TraineeShow}
        edit={can.editEmployment(permissions) ? TraineeEdit : undefined} recordRepresentation="name" />
    ),
    <Resource key="units" name="units" icon={ApartmentIcon} list={UnitList} show={UnitShow}
      edit={can.editOrganisation(permissions) ? UnitEdit : undefined} recordRepresentation="name" />,
    can.seeProgramme(permissions) && (
      <Resource key="people" name="people" icon={BadgeIcon} list={PersonList} show={PersonShow}
        edit={can.editOrganisation(permissions) ? PersonEdit : undefined} recordRepresentation="name" />
    ),
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
      requireAuth
      disableTelemetry
    >
      {resourcesFor}
    </Admin>
  );
}
