import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';

const MONTH_WIDTH = 56;
const STICKY = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1, textAlign: 'left', p: 0.5 } as const;

/** "jan. 27" in the user's language. */
function monthLabel(monthStart: string, locale: string): string {
  return new Date(`${monthStart}T00:00:00Z`).toLocaleDateString(formattingLocale(locale), { timeZone: 'UTC', month: 'short', year: '2-digit' });
}

/**
 * A table of rows × calendar months (the block schedule, the capacity per unit): the first column stays
 * in place while the months scroll sideways inside the table; the table is 0 wide and at least as wide
 * as its parent, so it never widens the page.
 */
export function MonthGridTable(props: {
  /** The data attribute that names the table, e.g. `data-capacity`. */
  name: string;
  /** The first column's heading and width. */
  heading: string;
  headingWidth: number;
  /** The months' first days. */
  months: readonly string[];
  children: ReactNode;
}) {
  const [locale] = useLocaleState();
  return (
    <Box {...{ [props.name]: true }} sx={{ width: 0, minWidth: '100%', overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Box component="table" sx={{ borderCollapse: 'collapse', tableLayout: 'fixed', width: props.headingWidth + props.months.length * MONTH_WIDTH }}>
        <thead>
          <tr>
            <Box component="th" sx={{ ...STICKY, width: props.headingWidth }}>
              <Typography variant="caption">{props.heading}</Typography>
            </Box>
            {props.months.map((month) => (
              <Box component="th" key={month} sx={{ width: MONTH_WIDTH, p: 0.5, fontWeight: 'normal' }}>
                <Typography variant="caption" noWrap>
                  {monthLabel(month, locale)}
                </Typography>
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </Box>
    </Box>
  );
}

/** A row of a MonthGridTable: its first cell stays in place. */
export function MonthGridRow(props: { data: Record<string, string>; head: ReactNode; children: ReactNode }) {
  return (
    <Box component="tr" {...props.data} sx={{ borderTop: 1, borderColor: 'divider' }}>
      <Box component="th" scope="row" sx={{ ...STICKY, fontWeight: 'normal' }}>
        {props.head}
      </Box>
      {props.children}
    </Box>
  );
}
