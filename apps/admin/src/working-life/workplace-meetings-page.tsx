import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useToday } from '../data/use-today';
import { useIsoDateText } from '../common/iso-date-field';
import { reachesSite, type Permissions } from '../permissions';
import { PlanMeetingDialog } from './plan-meeting-dialog';
import { termOfDay, WORKPLACE_MEETING_TERMS, type WorkplaceMeetingTerm } from './working-life-operations';

/** EMP-5: a term's workplace meetings (APT) per main site, the warning when fewer than two are planned, and planning one. */
export function WorkplaceMeetingsPage() {
  const graphql = useGraphQL();
  const translate = useTranslate();
  const notify = useNotify();
  const dateText = useIsoDateText();
  const { permissions } = usePermissions<Permissions>();
  const today = useToday();
  const [half, setHalf] = useState<'VT' | 'HT'>();
  const [year, setYear] = useState<string>();
  const current = today ? termOfDay(today) : undefined;
  const term = current && `${half ?? current.slice(0, 2)}${year ?? current.slice(2)}`;
  const [terms, setTerms] = useState<{ term: string; rows: WorkplaceMeetingTerm[] }>();
  const [planning, setPlanning] = useState(false);
  const load = (asked: string) =>
    graphql<{ workplaceMeetingTerms: WorkplaceMeetingTerm[] }>(WORKPLACE_MEETING_TERMS, { term: asked }).then(
      (data) => setTerms({ term: asked, rows: data.workplaceMeetingTerms }),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  useEffect(() => {
    if (term && /^(VT|HT)\d{4}$/.test(term)) load(term);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [term]);
  const plannable = (terms?.rows ?? []).map((row) => row.site).filter((site) => reachesSite(permissions, 'PLAN_WORKPLACE_MEETINGS', site.id));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="workingLife.meetings" />
      <CardHeader title={translate('workingLife.meetings')} />
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <MuiTextField
              select
              size="small"
              sx={{ width: 230 }}
              label={translate('workingLife.half')}
              value={term?.slice(0, 2) ?? ''}
              onChange={(e) => setHalf(e.target.value as 'VT' | 'HT')}
            >
              <MenuItem value="VT">{translate('workingLife.spring')}</MenuItem>
              <MenuItem value="HT">{translate('workingLife.autumn')}</MenuItem>
            </MuiTextField>
            <MuiTextField
              size="small"
              type="number"
              sx={{ width: 120 }}
              label={translate('workingLife.year')}
              value={term?.slice(2) ?? ''}
              onChange={(e) => setYear(e.target.value)}
            />
            {plannable.length > 0 && (
              <Button variant="contained" onClick={() => setPlanning(true)}>
                {translate('workingLife.plan')}
              </Button>
            )}
          </Stack>
          {terms?.term !== term && <LinearProgress />}
          {terms?.rows.map((row) => (
            <Box key={row.site.id} data-meeting-site={row.site.name} data-planned={row.planned}>
              <Typography variant="h6">
                {row.site.name} · {translate('workingLife.term_span', { start: dateText(row.start), end: dateText(row.end) })}
              </Typography>
              {row.warning && (
                <Alert severity="warning" sx={{ my: 1 }} data-meeting-warning>
                  {translate('workingLife.fewer_than_two', { planned: row.planned })}
                </Alert>
              )}
              {row.meetings.length === 0 ? (
                <Typography color="text.secondary">{translate('workingLife.none')}</Typography>
              ) : (
                <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
                  <Table size="small" sx={{ minWidth: 560 }}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('workingLife.date')}</TableCell>
                        <TableCell>{translate('workingLife.time')}</TableCell>
                        <TableCell>{translate('workingLife.meeting_title')}</TableCell>
                        <TableCell>{translate('workingLife.agenda')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {row.meetings.map((meeting) => (
                        <TableRow key={meeting.id} data-meeting={meeting.title}>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateText(meeting.date)}</TableCell>
                          <TableCell>{meeting.startTime}</TableCell>
                          <TableCell>{meeting.title}</TableCell>
                          <TableCell>{meeting.agenda}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Box>
          ))}
        </Stack>
      </CardContent>
      {planning && (
        <PlanMeetingDialog
          sites={plannable}
          onClose={() => setPlanning(false)}
          onPlanned={() => {
            setPlanning(false);
            if (term) load(term);
          }}
        />
      )}
    </Card>
  );
}
