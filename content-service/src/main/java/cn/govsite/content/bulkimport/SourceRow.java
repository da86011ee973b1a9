package cn.govsite.content.bulkimport;

import java.util.Map;

/**
 * One row of an uploaded file as read, before validation: its number as a person finds it
 * (the spreadsheet line for CSV and XLSX, counting the header as line 1; the 1-based
 * position in a JSON array) and its cells by header.
 */
record SourceRow(int number, Map<String, String> cells) {

}
