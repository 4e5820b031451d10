import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PlanActivity } from './training-plan-operations';
import { useIsoDateText } from '../common/iso-date-field';
import { ActivityHeadCells } from '../education-activities/activity-head-cells';

/** Whom an activity on the plan is for: the trainee alone, her cohort, or her whole main site. */
const audienceOf = (activity: PlanActivity) => (activity.trainee ? 'TRAINEE' : activity.cohortId ? 'COHORT' : 'SITE');

/** EDU-4, EDU-5, EDU-6: the education activities planned for the trainee, her cohort and her main site during her BT, in time order. */
export function PlanActivities({ activities }: { activities: PlanActivity[] }) {
  const translate = useTranslate();
  const date = useIsoDateText();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle1">{translate('plan.activities')}</Typography>
      {activities.length === 0 ? (
        <Typography variant="body2">{translate('plan.no_activities')}</Typography>
      ) : (
        <Table size="small" data-plan-activities>
          <TableHead>
            <TableRow>
              <ActivityHeadCells />
            </TableRow>
          </TableHead>
          <TableBody>
            {activities.map((activity) => (
              <TableRow key={activity.id} data-plan-activity={activity.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(activity.date)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {activity.startTime}–{activity.endTime}
                </TableCell>
                <TableCell>{translate(`activityKinds.${activity.kind}`)}</TableCell>
                <TableCell lang="sv">{activity.title}</TableCell>
                <TableCell lang="sv">{activity.location ?? '–'}</TableCell>
                <TableCell>{translate(`plan.activity_audiences.${audienceOf(activity)}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
