// Every page type the browser suite checks: one line per page type.
// `path` is relative to the site root; add a line here when the generator gains a page type.
// `optional: true` marks a page type that is still being built: while the generated site lacks
// it, its tests are reported as skipped (not passed); once the page exists it is checked like
// every other. Drop the flag when the page type has landed.
export const pages = [
  { type: 'site-home', path: 'index.html' },
  { type: 'organisation', path: 'khek-noi/index.html' },
  { type: 'plan', path: 'khek-noi/plan-2566-2570/index.html' },
  { type: 'plan-table', path: 'khek-noi/plan-2566-2570/table/index.html' },
  { type: 'plan-table-2561', path: 'khlong-mueang/plan-2561-2564/table/index.html' },
  { type: 'plan-table-2562', path: 'thung-thong/plan-2562-2564/table/index.html' },
  { type: 'budget', path: 'khek-noi/plan-2566-2570/budget/index.html' },
  { type: 'risks', path: 'khek-noi/plan-2566-2570/risks/index.html' },
  { type: 'goals', path: 'khek-noi/plan-2566-2570/goals/index.html' },
  { type: 'notes', path: 'khek-noi/plan-2566-2570/notes/index.html' },
  { type: 'project', path: 'khek-noi/plan-2566-2570/projects/1-01/index.html' },
  { type: 'project-with-history', path: 'khok-phutsa/plan-2566-2570/projects/03/index.html' },
  { type: 'announcement', path: 'khek-noi/plan-2566-2570/documents/announcement/index.html' },
  { type: 'order', path: 'khek-noi/plan-2566-2570/documents/committee-order/index.html' },
  { type: 'reports', path: 'khok-phutsa/plan-2566-2570/reports/index.html' },
  { type: 'report-12-months', path: 'khok-phutsa/plan-2566-2570/reports/2566-12/index.html' },
  { type: 'report-2-months', path: 'bang-kao/plan-2566/reports/2566-02/index.html' },
  { type: 'not-found', path: '404.html' },
  { type: 'oit', path: 'khok-phutsa/oit-2567/index.html' },
  { type: 'search', path: 'search/index.html' },
  { type: 'search-results', path: 'search/index.html?q=ผลประโยชน์ทับซ้อน' },
  { type: 'portal', path: 'portal/index.html' },
  { type: 'portal-province', path: 'portal/67/index.html' },
  { type: 'portal-district', path: 'portal/67/d-40023204492d/index.html' },
  { type: 'portal-year', path: 'portal/years/2566/index.html' },
  { type: 'portal-province-year', path: 'portal/15/years/2566/index.html' },
  { type: 'portal-common', path: 'portal/common/index.html' },
];

// Plan tables printed to PDF (A4 landscape) and checked page by page. `header` is a word of the
// table's header row that must appear on every printed page.
export const printedTables = [
  { type: 'plan-table', path: 'khek-noi/plan-2566-2570/table/index.html', header: 'โครงการ/กิจกรรม/มาตรการ' },
  { type: 'plan-table-2561', path: 'khlong-mueang/plan-2561-2564/table/index.html', header: 'โครงการ/กิจกรรม/มาตรการ' },
  { type: 'plan-table-2562', path: 'thung-thong/plan-2562-2564/table/index.html', header: 'โครงการ/กิจกรรม/มาตรการ' },
];
