// The GDELT 2.0 event export layout: 61 tab-separated columns, no header (column dictionary
// GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016). Only the columns the importer reads are named.
export const GDELT_COLUMN_COUNT = 61;

export const COL = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor1CountryCode: 7,
  Actor2Code: 15,
  Actor2Name: 16,
  Actor2CountryCode: 17,
  EventCode: 26,
  EventBaseCode: 27,
  EventRootCode: 28,
  NumArticles: 33,
  ActionGeo_FullName: 52,
  ActionGeo_CountryCode: 53,
  DATEADDED: 59,
  SOURCEURL: 60,
} as const;
