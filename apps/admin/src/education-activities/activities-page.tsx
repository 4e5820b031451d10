import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  MenuItem,
  Stack,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Tooltip,
  Typography,
  type ChipProps,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import AddIcon from '@mui/icons-material/Add';
import { useGetList, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { EducationActivityKind } from '@bt/domain/education-activity-rules';
import { useGraphQL } from '../data/use-graphql';
import { useMainSiteChoice } from '../common/site-select';
import { SitePage, SitePageTable } from '../common/site-page';
import { useGraphQLAction } from '../data/use-graphql-action';
import { useToday } from '../data/use-today';
import { useIsoDateText } from '../common/iso-date-field';
import { addMonthsToMonth, isoWeekNumber, monthOf, monthRange, type IsoMonth } from '../common/iso-date';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { NoticeText } from '../common/notice-text';
import { formattingLocale } from '../i18n/i18n-provider';
import { hasPermission, reachesSite, type Permissions } from '../permissions';
import type { Notice } from '../data/graphql-error';
import { ActivityDialog } from './activity-dialog';
import { ActivityHeadCells } from './activity-head-cells';
import { AttendanceDialog } from './attendance-dialog';
import { DELETE_EDUCATION_ACTIVITY, EDUCATION_ACTIVITIES, type ActivitiesOfMonth, type EducationActivity, type SavedActivity } from './activity-operations';

/** Each kind its own colour, so a month's teaching, seminars and courses stand apart at a glance. */
const KIND_COLOURS: Record<EducationActivityKind, ChipProps['color']> = {
  [EducationActivityKind.INTRODUCTION]: 'secondary',
  [EducationActivityKind.AT_BT_TEACHING]: 'primary',
  [EducationActivityKind.PRIMARY_CARE_SEMINAR]: 'success',
  [EducationActivityKind.COURSE]: 'warning',
  [EducationActivityKind.SELF_STUDY]: 'default',
};

type Open = { dialog: 'plan' } | { dialog: 'edit' | 'attendance' | 'delete'; activityId: string };

/**
 * EDU-4, EDU-6: a main site's education activities a month at a time (with a cohort also that
 * cohort's), the weeks without AT/BT teaching for the whole site above them, and — for those who plan
 * the training there — planning, changing, deleting and attendance.
 */
export function ActivitiesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Permissions>();
  const today = useToday();
  const date = useIsoDateText();
  const { sites, siteId, choose: setSiteId } = useMainSiteChoice();
  const [cohortId, setCohortId] = useState('');
  const [chosenMonth, setMonth] = useState<IsoMonth>();
  const [shown, setShown] = useState<ActivitiesOfMonth & { key: string }>();
  const [open, setOpen] = useState<Open>();
  const [warnings, setWarnings] = useState<Notice[]>([]);
  const { run, busy } = useGraphQLAction();
  const month = chosenMonth ?? (today ? monthOf(today) : undefined);
  const { data: cohorts } = useGetList<{ id: string; name: string }>(
    'cohorts',
    { filter: { siteId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'startDate', order: 'DESC' } },
    { enabled: siteId !== undefined },
  );
  const planner = hasPermission(permissions, 'PLAN_TRAINING');
  const mayPlan = reachesSite(permissions, 'PLAN_TRAINING', siteId);
  const key = `${siteId}/${cohortId}/${month}`;
  // an answer for a choice already left (a slower one after a faster) is not shown
  const latestKey = useRef(key);
  latestKey.current = key;
  const load = () => {
    if (!siteId || !month) return;
    const asked = key;
    graphql<ActivitiesOfMonth>(EDUCATION_ACTIVITIES, { siteId, ...monthRange(month), cohortId: cohortId || null, planner }).then(
      (data) => latestKey.current === asked && setShown({ ...data, key: asked }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
  };
  useEffect(load, [key, planner]); // eslint-disable-line react-hooks/exhaustive-deps

  const close = () => setOpen(undefined);
  const opened = open && 'activityId' in open ? shown?.educationActivities.find((activity) => activity.id === open.activityId) : undefined;
  const saved = (result: SavedActivity) => {
    close();
    setWarnings(result.warnings);
    if (result.warnings.length === 0) notify('activities.saved', { type: 'success' });
    load();
  };
  const remove = (activity: EducationActivity) =>
    run(
      DELETE_EDUCATION_ACTIVITY,
      { id: activity.id, version: activity.version },
      () => {
        notify('activities.deleted', { type: 'success' });
        load();
      },
      (error) => error.status === 409 && load(),
    );
  const cohortName = (id: string | null) => (id ? (cohorts?.find((cohort) => cohort.id === id)?.name ?? '…') : translate('activities.whole_site'));
  const monthName = month
    ? new Intl.DateTimeFormat(formattingLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01`))
    : '';
  const weeks = shown?.weeksWithoutAtBtTeaching ?? [];

  return (
    <SitePage
      title="activities.title"
      siteLabel={translate('activities.site')}
      sites={sites}
      siteId={siteId}
      onSiteChange={(id) => {
        setSiteId(id);
        setCohortId('');
      }}
      loading={shown?.key !== key}
      data-education-activities
      choices={
        <>
          <MuiTextField
            select
            size="small"
            label={translate('activities.cohort')}
            value={cohortId}
            onChange={(e) => setCohortId(e.target.value)}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            sx={{ width: 260 }}
          >
            <MenuItem value="">{translate('activities.site_only')}</MenuItem>
            {(cohorts ?? []).map((cohort) => (
              <MenuItem key={cohort.id} value={cohort.id} lang="sv">
                {cohort.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <Stack direction="row" sx={{ alignItems: 'center' }}>
            <Tooltip title={translate('activities.previous_month')}>
              <IconButton aria-label={translate('activities.previous_month')} disabled={!month} onClick={() => setMonth(addMonthsToMonth(month!, -1))}>
                <ChevronLeftIcon />
              </IconButton>
            </Tooltip>
            <Typography variant="h6" component="h2" sx={{ minWidth: 160, textAlign: 'center' }} data-month={month}>
              {monthName}
            </Typography>
            <Tooltip title={translate('activities.next_month')}>
              <IconButton aria-label={translate('activities.next_month')} disabled={!month} onClick={() => setMonth(addMonthsToMonth(month!, 1))}>
                <ChevronRightIcon />
              </IconButton>
            </Tooltip>
          </Stack>
          {mayPlan && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen({ dialog: 'plan' })} sx={{ ml: 'auto' }}>
              {translate('activities.plan')}
            </Button>
          )}
        </>
      }
    >
      {shown && (
        <Alert severity={weeks.length ? 'info' : 'success'} data-weeks-without-teaching={weeks.join(' ')}>
          {weeks.length
            ? translate('activities.weeks_without_teaching', {
                weeks: weeks.map(isoWeekNumber).join(', '),
              })
            : translate('activities.every_week_taught')}
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert severity="warning" onClose={() => setWarnings([])} data-activity-warnings>
          {translate('activities.saved_with_warnings')}
          {warnings.map((warning) => (
            <Box key={warning.code}>
              <NoticeText notice={warning} data={[]} />
            </Box>
          ))}
        </Alert>
      )}
      {shown && (
        <SitePageTable minWidth={900} data-activity-table>
          <TableHead>
            <TableRow>
              <ActivityHeadCells />
              <TableCell>{translate('activities.goals')}</TableCell>
              {mayPlan && <TableCell>{translate('activities.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.educationActivities.length === 0 && (
              <TableRow>
                <TableCell colSpan={8}>{translate('activities.none')}</TableCell>
              </TableRow>
            )}
            {shown.educationActivities.map((activity) => (
              <TableRow key={activity.id} data-activity={activity.title}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(activity.date)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{`${activity.startTime}–${activity.endTime}`}</TableCell>
                <TableCell>
                  <Chip size="small" color={KIND_COLOURS[activity.kind as EducationActivityKind]} label={translate(`activityKinds.${activity.kind}`)} />
                </TableCell>
                <TableCell lang="sv" sx={{ minWidth: 200 }}>
                  {activity.title}
                </TableCell>
                <TableCell lang="sv">{activity.location}</TableCell>
                <TableCell lang={activity.cohortId ? 'sv' : undefined}>{cohortName(activity.cohortId)}</TableCell>
                <TableCell>
                  <Tooltip title={activity.goals.map((goal) => `${goal.code} ${translate(`goals.${goal.code}`, { _: goal.title })}`).join(' · ')}>
                    <span>{activity.goals.map((goal) => goal.code).join(', ')}</span>
                  </Tooltip>
                </TableCell>
                {mayPlan && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => setOpen({ dialog: 'edit', activityId: activity.id })}>
                      {translate('activities.edit')}
                    </Button>
                    <Button size="small" onClick={() => setOpen({ dialog: 'attendance', activityId: activity.id })}>
                      {translate('activities.attendance')}
                    </Button>
                    <Button size="small" color="error" disabled={busy} onClick={() => setOpen({ dialog: 'delete', activityId: activity.id })}>
                      {translate('activities.delete')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </SitePageTable>
      )}
      {siteId && open?.dialog === 'plan' && (
        <ActivityDialog
          siteId={siteId}
          cohorts={cohorts ?? []}
          defaultDate={month === monthOf(today ?? '') ? today! : `${month}-01`}
          defaultCohortId={cohortId}
          onClose={close}
          onSaved={saved}
          onStale={load}
        />
      )}
      {siteId && open?.dialog === 'edit' && opened && (
        <ActivityDialog
          siteId={siteId}
          cohorts={cohorts ?? []}
          activity={opened}
          defaultDate={opened.date}
          defaultCohortId={cohortId}
          onClose={close}
          onSaved={saved}
          onStale={load}
        />
      )}
      {open?.dialog === 'attendance' && opened && (
        <AttendanceDialog
          activity={opened}
          onClose={close}
          onSaved={() => {
            close();
            notify('activities.attendance_saved', { type: 'success' });
            load();
          }}
        />
      )}
      <ConsequenceDialog
        open={open?.dialog === 'delete' && opened !== undefined}
        title={translate('activities.confirm_delete_title', { title: opened?.title })}
        consequences={[translate('activities.confirm_delete', { title: opened?.title, date: date(opened?.date) })]}
        confirmLabel={translate('activities.confirm_delete_button')}
        onClose={close}
        onConfirm={() => {
          close();
          remove(opened!);
        }}
      />
    </SitePage>
  );
}
