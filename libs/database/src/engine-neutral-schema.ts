import { TableForeignKey, TableIndex, type QueryRunner } from 'typeorm';

/**
 * What the first migrations of a subgraph left engine-specific, as each of them wrote it. The schema
 * builder wrote the same definitions on both engines, but they do not read back the same:
 * - a foreign key created without rules reads back `NO ACTION` on SQLite and `RESTRICT` on MariaDB,
 *   while an entity's key is `NO ACTION` unless it says otherwise;
 * - a `Table` with unnamed `uniques` and unnamed `indices` gets no unique index at all on MySQL/MariaDB
 *   (TypeORM takes the unnamed index for the unique), while SQLite has the unique constraint;
 * - a column created as `int` reads back as `int` on SQLite, where an entity's `int` is `integer`.
 */
export interface EngineNeutralSchema {
  /** Foreign keys created without `onUpdate` (and without `onDelete` unless given here), one column each, referencing `id`. */
  keys: { table: string; column: string; references: string; onDelete?: 'CASCADE' }[];
  /** Unique indexes MySQL/MariaDB never got, named as the entities name them there. */
  missingUniques: { table: string; name: string; columnNames: string[] }[];
  /** Columns created with the type `int`. */
  intColumns: { table: string; columns: string[] }[];
}

function isMysqlFamily(queryRunner: QueryRunner): boolean {
  const type = queryRunner.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * Makes the schema read back the same on both engines, as the entities describe it: on MySQL/MariaDB
 * the foreign keys get their rules spelled out (`NO ACTION`, InnoDB's behaviour without a rule, so
 * nothing changes in what the database allows) and the missing unique indexes are added; on SQLite
 * the `int` columns are declared `integer` (the same storage and affinity).
 */
export async function makeEngineNeutral(queryRunner: QueryRunner, schema: EngineNeutralSchema): Promise<void> {
  if (isMysqlFamily(queryRunner)) {
    await rewriteKeys(queryRunner, schema.keys, (key) => ({ onDelete: key.onDelete ?? 'NO ACTION', onUpdate: 'NO ACTION' }));
    for (const unique of schema.missingUniques) {
      await queryRunner.createIndex(unique.table, new TableIndex({ name: unique.name, columnNames: unique.columnNames, isUnique: true }));
    }
  } else {
    await retypeColumns(queryRunner, schema.intColumns, 'integer');
  }
}

/** The way down: back to exactly what the earlier migrations created on each engine. */
export async function undoEngineNeutral(queryRunner: QueryRunner, schema: EngineNeutralSchema): Promise<void> {
  if (isMysqlFamily(queryRunner)) {
    for (const unique of [...schema.missingUniques].reverse()) await queryRunner.dropIndex(unique.table, unique.name);
    await rewriteKeys(queryRunner, schema.keys, (key) => ({ onDelete: key.onDelete }));
  } else {
    await retypeColumns(queryRunner, schema.intColumns, 'int');
  }
}

async function rewriteKeys(
  queryRunner: QueryRunner,
  keys: EngineNeutralSchema['keys'],
  rules: (key: EngineNeutralSchema['keys'][number]) => { onDelete?: string; onUpdate?: string },
): Promise<void> {
  for (const tableName of [...new Set(keys.map((key) => key.table))]) {
    const table = await queryRunner.getTable(tableName);
    if (!table) throw new Error(`Tabellen ${tableName} saknas.`);
    const tableKeys = keys.filter((key) => key.table === tableName);
    const existing = tableKeys.map((key) => {
      const found = table.foreignKeys.find((fk) => fk.columnNames.length === 1 && fk.columnNames[0] === key.column);
      if (!found) throw new Error(`Främmande nyckeln ${tableName}.${key.column} saknas.`);
      return found;
    });
    await queryRunner.dropForeignKeys(table, existing);
    await queryRunner.createForeignKeys(
      tableName,
      tableKeys.map(
        (key, i) =>
          new TableForeignKey({
            name: existing[i].name,
            columnNames: [key.column],
            referencedTableName: key.references,
            referencedColumnNames: ['id'],
            ...rules(key),
          }),
      ),
    );
  }
}

async function retypeColumns(queryRunner: QueryRunner, intColumns: EngineNeutralSchema['intColumns'], type: string): Promise<void> {
  for (const { table: tableName, columns } of intColumns) {
    const table = await queryRunner.getTable(tableName);
    if (!table) throw new Error(`Tabellen ${tableName} saknas.`);
    const changes = columns.map((name) => {
      const oldColumn = table.findColumnByName(name);
      if (!oldColumn) throw new Error(`Kolumnen ${tableName}.${name} saknas.`);
      const newColumn = oldColumn.clone();
      newColumn.type = type;
      return { oldColumn, newColumn };
    });
    await queryRunner.changeColumns(table, changes);
  }
}
