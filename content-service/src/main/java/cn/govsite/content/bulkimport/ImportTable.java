package cn.govsite.content.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * Reads an uploaded file into rows of cells by header: CSV (UTF-8, first line the
 * header), a JSON array of flat objects (a nested {@code fields} object is flattened into
 * the row), or the first sheet of an XLSX workbook (first row the header; date cells
 * become {@code yyyy-MM-dd}). A file that cannot be read at all is one {@code file}
 * violation.
 */
final class ImportTable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ImportTable() {
	}

	static List<SourceRow> read(ImportFormat format, byte[] bytes, int maxRows) {
		List<SourceRow> rows = switch (format) {
			case CSV -> csv(bytes);
			case JSON -> json(bytes);
			case XLSX -> xlsx(bytes);
		};
		if (rows.isEmpty()) {
			throw unreadable("文件中没有数据行", "The file holds no rows");
		}
		if (rows.size() > maxRows) {
			throw new GovsiteException(ProblemType.PAYLOAD_TOO_LARGE,
					Message.of("一次最多导入 " + maxRows + " 行，文件有 " + rows.size() + " 行",
							"At most " + maxRows + " rows per import; the file has " + rows.size()),
					List.of(new FieldViolation("file", Message.of("行数过多", "Too many rows"))));
		}
		return rows;
	}

	private static List<SourceRow> csv(byte[] bytes) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(withoutBom(bytes)),
				StandardCharsets.UTF_8.newDecoder());
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			List<String> headers = parser.getHeaderNames();
			List<SourceRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < record.size(); i++) {
					cells.put((i < headers.size()) ? headers.get(i) : ImportRows.EXTRA_CELL, record.get(i));
				}
				rows.add(new SourceRow((int) record.getRecordNumber() + 1, cells));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable("CSV 文件无法解析（须为 UTF-8，首行为表头）：" + reason(ex),
					"The CSV file cannot be parsed (UTF-8, header first): " + reason(ex));
		}
	}

	private static List<SourceRow> json(byte[] bytes) {
		JsonNode tree;
		try {
			tree = JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw unreadable("JSON 文件无法解析", "The JSON file cannot be parsed");
		}
		if (tree == null || !tree.isArray()) {
			throw unreadable("JSON 文件须为对象数组", "The JSON file must be an array of objects");
		}
		List<SourceRow> rows = new ArrayList<>();
		for (int i = 0; i < tree.size(); i++) {
			JsonNode item = tree.get(i);
			Map<String, String> cells = new LinkedHashMap<>();
			if (item.isObject()) {
				item.properties().forEach(e -> {
					if ("fields".equals(e.getKey()) && e.getValue().isObject()) {
						e.getValue().properties().forEach(f -> cells.put(f.getKey(), text(f.getValue())));
					}
					else {
						cells.put(e.getKey(), text(e.getValue()));
					}
				});
			}
			else {
				cells.put(ImportRows.NOT_AN_OBJECT, item.toString());
			}
			rows.add(new SourceRow(i + 1, cells));
		}
		return rows;
	}

	private static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static List<SourceRow> xlsx(byte[] bytes) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				return List.of();
			}
			List<String> headers = new ArrayList<>();
			for (Cell cell : header) {
				while (headers.size() < cell.getColumnIndex()) {
					headers.add("");
				}
				headers.add(formatter.formatCellValue(cell).strip());
			}
			List<SourceRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (Cell cell : row) {
					String value = cellText(cell, formatter);
					if (value.isEmpty()) {
						continue;
					}
					int col = cell.getColumnIndex();
					cells.put((col < headers.size()) ? headers.get(col) : ImportRows.EXTRA_CELL, value);
				}
				if (!cells.isEmpty()) {
					rows.add(new SourceRow(r + 1, cells));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable("Excel 文件无法解析（须为 .xlsx）", "The Excel file cannot be read (it must be .xlsx)");
		}
	}

	private static String cellText(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static byte[] withoutBom(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
		}
		return bytes;
	}

	private static String reason(Exception ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		String message = cause.getMessage();
		return (message == null) ? cause.getClass().getSimpleName()
				: message.substring(0, Math.min(200, message.length()));
	}

	private static GovsiteException unreadable(String zh, String en) {
		return GovsiteException.invalid("file", Message.of(zh, en));
	}

}
