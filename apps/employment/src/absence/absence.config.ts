import { sickLeaveRuleConfig, type SickLeaveRuleConfig } from '@bt/domain';

const numberFrom = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * ABS-10, ABS-11: the region's sick-leave rules: BT_SICK_LEAVE_REPEATED_PERIODS periods within
 * BT_SICK_LEAVE_WINDOW_MONTHS months flag repeated short-term sick leave (default 6 in 12), a continuous
 * period of BT_SICK_LEAVE_LONG_TERM_DAYS days is long-term absence (default 60). A value that is not a
 * positive whole number keeps the default.
 */
export function sickLeaveRulesFromEnv(env: NodeJS.ProcessEnv = process.env): SickLeaveRuleConfig {
  return sickLeaveRuleConfig({
    repeatedPeriods: numberFrom(env.BT_SICK_LEAVE_REPEATED_PERIODS),
    repeatedWindowMonths: numberFrom(env.BT_SICK_LEAVE_WINDOW_MONTHS),
    longTermDays: numberFrom(env.BT_SICK_LEAVE_LONG_TERM_DAYS),
  });
}
