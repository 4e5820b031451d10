import type { TableColumnOptions } from 'typeorm';

/** Column shapes the recruitment migrations share, as the employment migrations write them. */
export const id: TableColumnOptions = { name: 'id', type: 'varchar', length: '36', isPrimary: true };

/** A reference to another row by its id. */
export function ref(name: string, isNullable = false): TableColumnOptions {
  return { name, type: 'varchar', length: '36', isNullable };
}
