import type { ReactNode } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ServiceLedger } from './absence-operations';
import { useAbsenceText } from './use-absence-text';

function Figure({ label, value, detail, name }: { label: string; value: ReactNode; detail?: ReactNode; name: string }) {
  return (
    <Box data-ledger={name} sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="h6" component="div" data-ledger-value>
        {value}
      </Typography>
      {detail && (
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
          {detail}
        </Typography>
      )}
    </Box>
  );
}

/**
 * ABS-1, ABS-2, ABS-8, ABS-10: the service ledger as the server counts it: days served so far, the
 * date 12 months of service are reached against the employment's end and the days beyond it, the
 * 6-month minimum, and the flag for an individual plan for extension as a warning above the figures.
 */
export function ServiceLedgerPanel({ ledger }: { ledger: ServiceLedger }) {
  const translate = useTranslate();
  const { days, date } = useAbsenceText();
  const late = ledger.extensionDays > 0;
  return (
    <Box data-service-ledger>
      {ledger.extensionPlanNeeded && (
        <Alert severity="warning" data-extension-plan sx={{ mb: 2 }}>
          {late
            ? translate('absence.extension_plan_needed', { date: date(ledger.twelveMonthsReachedOn), end: date(ledger.employmentEnd) })
            : translate('absence.extension_plan_needed_within')}
          {ledger.extensionPlanReasons.length > 0 &&
            ` ${translate('absence.extension_reasons', { reasons: ledger.extensionPlanReasons.map((kind) => translate(`absenceKinds.${kind}`)).join(', ') })}`}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 2 }}>
        <Figure
          name="served"
          label={translate('absence.served_to_date')}
          value={days(ledger.serviceDaysToDate)}
          detail={translate('absence.of_required', { days: ledger.requiredDays })}
        />
        <Figure
          name="twelve-months"
          label={translate('absence.twelve_months_on')}
          value={<span style={{ color: late ? '#c62828' : undefined }}>{date(ledger.twelveMonthsReachedOn)}</span>}
          detail={`${translate('absence.employment_end')} ${date(ledger.employmentEnd)}`}
        />
        <Figure
          name="beyond"
          label={translate('absence.days_beyond')}
          value={<span style={{ color: late ? '#c62828' : undefined }}>{ledger.extensionDays}</span>}
        />
        <Figure name="non-service" label={translate('absence.non_service_days')} value={translate('absence.days', { days: days(ledger.nonServiceDays) })} />
        <Figure
          name="six-months"
          label={translate('absence.six_months_on')}
          value={date(ledger.sixMonthMinimumReachedOn)}
          detail={translate(ledger.sixMonthMinimumMet ? 'absence.six_months_met' : 'absence.six_months_not_met')}
        />
      </Box>
    </Box>
  );
}
