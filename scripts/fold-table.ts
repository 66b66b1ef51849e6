// Writes src/lib/search/fold-table.ts from opencc-js's dictionaries: run after upgrading opencc-js (a unit test says
// when it is due).
import { writeFileSync } from 'node:fs';
import { deriveFoldTable, foldTableSource } from '../src/lib/search/fold-derive.ts';

const target = new URL('../src/lib/search/fold-table.ts', import.meta.url);
const table = deriveFoldTable();
writeFileSync(target, foldTableSource(table));
console.log(`Wrote ${table.size} character folds to src/lib/search/fold-table.ts.`);
