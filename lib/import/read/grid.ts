/** A sheet's or CSV's rows as read, before headers are found: each with the file's 1-based row number. */
export type GridRow = { number: number; cells: string[] };

export type Grid = { rows: GridRow[] };

/** A workbook as read: its sheet names, the chosen one's name, and that sheet's rows. */
export type WorkbookGrid = Grid & { sheets: string[]; sheet: string };
