#!/usr/bin/env node
// Writes with exceljs (the version pinned in package.json) every file of the plan that exceljs
// produces, into OUT_DIR; and the exceljs sources of LibreOffice and derived files into SRC_DIR.
//
//     node write_exceljs.js PLAN_JSON OUT_DIR SRC_DIR
//
// exceljs stores formulas without a result ({formula} with no result): a reader must compute them.
// The clock is fixed at 2020-08-19 08:30 (+07:00) while writing, so that the zip entries' dates,
// and so the files, are the same at every run.
'use strict';
const WHEN_MS = Date.UTC(2020, 7, 19, 1, 30, 0);
const RealDate = Date;
global.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) {
      super(WHEN_MS);
    } else {
      super(...args);
    }
  }

  static now() {
    return WHEN_MS;
  }
};
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const PRODUCER = 'exceljs';
const WHEN = new Date(WHEN_MS);

async function write(spec, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Uptake producer corpus';
  wb.created = WHEN;
  wb.modified = WHEN;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const cell of s.cells) {
      const c = ws.getCell(cell.r, cell.c);
      if (cell.t === 'f') {
        c.value = { formula: cell.v };
      } else {
        c.value = cell.v;
      }
      if (cell.bold) {
        c.font = { bold: true };
      }
      if (cell.fmt) {
        c.numFmt = cell.fmt;
      }
    }
    for (const m of s.merges) {
      ws.mergeCells(m);
    }
    for (const [col, w] of Object.entries(s.widths)) {
      ws.getColumn(col).width = w;
    }
  }
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0,
                activeTab: spec.active, visibility: 'visible' }];
  await wb.xlsx.writeFile(file);
}

async function main() {
  const [planFile, out, src] = process.argv.slice(2);
  const cases = JSON.parse(fs.readFileSync(planFile, 'utf8'));
  let n = 0;
  for (const c of cases) {
    let wroteSrc = false;
    for (const f of c.files) {
      if (f.producer === PRODUCER) {
        await write(c.workbook, path.join(out, f.file));
        n++;
      } else if (f.source === PRODUCER && !wroteSrc) {
        await write(c.workbook, path.join(src, `${c.id}_${PRODUCER}.xlsx`));
        wroteSrc = true;
      }
    }
  }
  const version = require('exceljs/package.json').version;
  console.log(`exceljs ${version}: ${n} files`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
