import { Box, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { GOAL_CODES, levelColour, levelsByCode, type GoalLevel } from './goal-levels';

/** BT1–BT18 as a grid coloured by level (EDU-11); compact in lists (one row, or `columns` a row in a narrow one), labelled on the trainee page. */
export function GoalGrid({ compact = false, columns = compact ? 18 : 6 }: { compact?: boolean; columns?: number; label?: string }) {
  const record = useRecordContext<{ goalProgress?: GoalLevel[] }>();
  const translate = useTranslate();
  const levels = levelsByCode(record?.goalProgress);
  const size = compact ? 14 : 56;
  return (
    <Box
      role="table"
      aria-label={translate('bt.trainee.goal_grid')}
      sx={{ display: 'grid', gridTemplateColumns: `repeat(${columns}, ${size}px)`, gap: compact ? '2px' : 1 }}
    >
      {GOAL_CODES.map((code) => {
        const entry = levels.get(code);
        const label = `${code} ${translate(`goals.${code}`, { _: entry?.goal.title ?? code })}: ${
          entry ? translate('bt.trainee.level', { level: entry.level }) : translate('bt.trainee.no_level')
        }`;
        return (
          <Tooltip key={code} title={label}>
            <Box
              role="cell"
              aria-label={label}
              data-goal={code}
              data-level={entry?.level ?? ''}
              sx={{
                width: size,
                height: compact ? size : size * 0.8,
                bgcolor: levelColour(entry?.level),
                borderRadius: 0.5,
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
              }}
            >
              {!compact && (
                <>
                  <Typography variant="caption" sx={{ fontWeight: 'bold' }}>
                    {code}
                  </Typography>
                  <Typography variant="caption">{entry ? entry.level : '–'}</Typography>
                </>
              )}
            </Box>
          </Tooltip>
        );
      })}
    </Box>
  );
}
