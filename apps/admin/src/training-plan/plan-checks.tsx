import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NoticeText } from '../common/notice-text';
import type { PlanCheck } from './training-plan-operations';

const SEVERITY_COLOURS = { REFUSE: 'error', BLOCKS_CONFIRMATION: 'error', NEEDS_REASON: 'warning' } as const;

/**
 * EDU-1, EDU-2, ABS-4: the plan's checks beside it, each in the user's language with how serious it
 * is: refused, blocks confirmation (the regulation's minimums), or allowed with a reason.
 */
export function PlanChecks({ checks }: { checks: PlanCheck[] }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1} data-plan-checks>
      <Typography variant="subtitle1">{translate('plan.checks')}</Typography>
      {checks.length === 0 ? (
        <Alert severity="success">{translate('plan.all_checks_pass')}</Alert>
      ) : (
        checks.map((check, index) => (
          <Alert key={`${check.code}-${index}`} severity={SEVERITY_COLOURS[check.severity]} icon={false} data-check={check.code}>
            <Chip size="small" color={SEVERITY_COLOURS[check.severity]} label={translate(`plan.severities.${check.severity}`)} sx={{ mr: 1, mb: 0.5 }} />
            <NoticeText notice={check} data={[]} />
          </Alert>
        ))
      )}
    </Stack>
  );
}
