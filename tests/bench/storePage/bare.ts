/**
 * The cold-open floor (docs/sync.md "Performance"): the least a page can do to show the
 * same first list page from the same IndexedDB. Plain Dexie opens the app's database as it
 * finds it (no schema, no app code), reads the 50 newest summary rows from the same
 * `updatedAt` index the list walks, and writes them into a table with DOM calls.
 * tests/bench/support/coldOpen.ts times it exactly like the app.
 */
import Dexie from 'dexie';

interface SummaryRow {
  readonly id: string;
  readonly siteName: string;
  readonly status: string;
  readonly updatedAt: string;
}

/** The app's database name (src-renderer/db/database.ts DB_NAME), not imported: no app code. */
const DB_NAME = 'bluesky-inspector';

async function draw(): Promise<void> {
  const db = new Dexie(DB_NAME);
  await db.open();
  const rows = (await db
    .table('inspectionIndex')
    .orderBy('updatedAt')
    .reverse()
    .limit(50)
    .toArray()) as SummaryRow[];
  const table = document.createElement('table');
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.insertCell().textContent = row.siteName;
    tr.insertCell().textContent = row.status;
    tr.insertCell().textContent = row.updatedAt;
  }
  document.body.append(table);
}

draw().catch((error: unknown) => {
  console.error(error);
});
