import { useEffect, useState } from 'react';
import { Button, Link as MuiLink, MenuItem, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { Link, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useGraphQL } from '../data/use-graphql';
import { useToday } from '../data/use-today';
import { useIsoDateText } from '../common/iso-date-field';
import { useMainSiteChoice } from '../common/site-select';
import { SitePage, SitePageTable } from '../common/site-page';
import { RowsPagination } from '../common/rows-pagination';
import { hasPermission, type Permissions } from '../permissions';
import { ACCESS_TASKS_DUE, type AccessTasksDue, type DueAccessTask } from './access-task-operations';
import { CompleteAccessTaskDialog } from './complete-access-task-dialog';

/** How far ahead the list reaches, in days; the graph's own default is 28. */
const WITHIN_DAYS = [7, 14, 28, 56];
const PER_PAGE = 25;

/**
 * ACC-1–ACC-3: for admin support and HR, the access a main site's BT doctors need arranged within so
 * many days and what is overdue, by due date a page at a time; each ticked done with the day.
 */
export function AccessTasksPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const today = useToday();
  const date = useIsoDateText();
  const { permissions } = usePermissions<Permissions>();
  const { sites, siteId, choose } = useMainSiteChoice();
  const [withinDays, setWithinDays] = useState(28);
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<AccessTasksDue['accessTasksDue'] & { key: string; page: number }>();
  const [completing, setCompleting] = useState<DueAccessTask>();
  const [reads, setReads] = useState(0);
  const key = `${siteId}/${withinDays}/${page}`;
  useEffect(() => {
    if (!siteId) return;
    // an answer for a choice already left (a slower one after a faster) is not shown
    let current = true;
    graphql<AccessTasksDue>(ACCESS_TASKS_DUE, { siteId, withinDays, page, perPage: PER_PAGE }).then(
      (data) => current && setShown({ ...data.accessTasksDue, key, page }),
      (error: Error) => notify(error.message, { type: 'error', multiLine: true }),
    );
    return () => {
      current = false;
    };
  }, [key, reads]); // eslint-disable-line react-hooks/exhaustive-deps
  const mayReadTrainees = hasPermission(permissions, 'READ_TRAINEES');
  const lastPage = shown ? Math.max(1, Math.ceil(shown.total / PER_PAGE)) : 1;
  // ticking the last row of the last page leaves that page empty: show the one before
  useEffect(() => {
    if (page > lastPage) setPage(lastPage);
  }, [page, lastPage]);

  return (
    <SitePage
      title="access.title"
      siteLabel={translate('access.site')}
      sites={sites}
      siteId={siteId}
      onSiteChange={(id) => {
        choose(id);
        setPage(1);
      }}
      loading={shown?.key !== key}
      data-access-tasks
      choices={
        <MuiTextField
          select
          size="small"
          label={translate('access.within')}
          value={withinDays}
          onChange={(event) => {
            setWithinDays(Number(event.target.value));
            setPage(1);
          }}
          sx={{ width: 140 }}
        >
          {WITHIN_DAYS.map((days) => (
            <MenuItem key={days} value={days}>
              {translate('access.within_days', { days })}
            </MenuItem>
          ))}
        </MuiTextField>
      }
    >
      {shown && (
        <SitePageTable minWidth={660} data-access-task-table>
          <TableHead>
            <TableRow>
              <TableCell>{translate('access.due_date')}</TableCell>
              <TableCell>{translate('access.kind')}</TableCell>
              <TableCell>{translate('access.unit')}</TableCell>
              <TableCell>{translate('access.trainee')}</TableCell>
              <TableCell>{translate('access.placement_start')}</TableCell>
              <TableCell>{translate('access.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} data-no-access-tasks>
                  {translate('access.none', { days: withinDays })}
                </TableCell>
              </TableRow>
            )}
            {shown.items.map((task) => {
              const overdue = today !== undefined && task.dueDate < today;
              return (
                <TableRow key={task.id} data-access-task={task.id} data-kind={task.kind} data-overdue={overdue || undefined}>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: overdue ? 'error.main' : undefined, fontWeight: overdue ? 'bold' : undefined }}>
                    {date(task.dueDate)}
                    {overdue && (
                      <Typography component="span" variant="caption" sx={{ display: 'block', color: 'error.main' }}>
                        {translate('access.overdue')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{translate(`accessTaskKinds.${task.kind}`)}</TableCell>
                  <TableCell lang="sv">{task.unit.name}</TableCell>
                  <TableCell>
                    {mayReadTrainees ? (
                      <MuiLink component={Link} to={`/trainees/${task.trainee.id}/show`}>
                        {task.trainee.name}
                      </MuiLink>
                    ) : (
                      task.trainee.name
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(task.placement?.startDate)}</TableCell>
                  <TableCell>
                    <Button size="small" variant="outlined" disabled={!today} onClick={() => setCompleting(task)}>
                      {translate('access.done')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </SitePageTable>
      )}
      {shown && <RowsPagination total={shown.total} page={shown.page} perPage={PER_PAGE} onPage={setPage} messages="access" />}
      {completing && today && (
        <CompleteAccessTaskDialog
          task={completing}
          today={today}
          onClose={() => setCompleting(undefined)}
          onDone={() => {
            setCompleting(undefined);
            setReads((count) => count + 1);
          }}
        />
      )}
    </SitePage>
  );
}
