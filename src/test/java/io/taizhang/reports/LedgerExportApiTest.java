package io.taizhang.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.taizhang.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger export in the official layout: parsed back as CSV and opened as XLSX, with visibility. */
@QuarkusTest
class LedgerExportApiTest extends ApiTest {

    static final String EXPORT = "/api/v1/exports/ledger";

    long rectified;
    long hostile;
    long foreign;

    @BeforeEach
    void twoUnitsWithProblems() {
        rectified = scenario.rectifiedProblem("IPC");
        Map<String, Object> body = scenario.problemBody("立案材料要求不统一，群众多次往返");
        body.put("responsiblePerson", "=HYPERLINK(\"http://evil.example\",\"点击\")");
        hostile = scenario.file("IPC", body).statusCode(201).extract().jsonPath().getLong("id");
        foreign = scenario.fileProblem("CC1");
    }

    @Test
    void csvHasTheBomBothHeadingLinesAndOneRowPerProblemInFilingOrder() {
        Response r = as("inspector").accept("*/*").get(EXPORT + "?format=csv");
        r.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"taizhang-ledger-"))
                .header("Content-Disposition", containsString(".csv\""));
        byte[] bytes = r.asByteArray();
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 byte-order mark first");
        List<List<String>> rows = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(LedgerRow.HEADINGS_ZH, rows.get(0));
        assertEquals(LedgerRow.HEADINGS_EN, rows.get(1));
        assertEquals(5, rows.size(), "two heading lines and three problems");
        List<String> first = rows.get(2);
        assertEquals("1", first.get(0));
        String ledgerNumber = as("inspector").get("/api/v1/problems/" + rectified).then().extract().path("ledgerNumber");
        assertTrue(first.get(1).startsWith("[" + ledgerNumber + "] 理论学习安排“一刀切”\n"), first.get(1));
        assertEquals("1. 建立整改台账（责任人：李四；时限：" + scenario.today().plusDays(30) + "）", first.get(2));
        assertEquals("最高人民法院知识产权法庭", first.get(3));
        assertEquals("张三", first.get(4));
        assertEquals(scenario.today().plusDays(60).toString(), first.get(5));
        assertEquals("整改中；措施完成 1/1\n1. 已完成 100%", first.get(6));
        assertEquals("1. 整改台账管理办法 https://intranet.example/rules.pdf", first.get(7));
        assertEquals("未销号", first.get(8));
        assertEquals(List.of("2", "3"), List.of(rows.get(3).get(0), rows.get(4).get(0)));
        assertTrue(rows.get(4).get(3).contains("第一巡回法庭"), rows.get(4).toString());
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        List<List<String>> rows = csv(as("inspector"), EXPORT + "?unitId=" + world.units.get("IPC"));
        List<String> row = rows.stream().filter(r -> r.get(1).contains("立案材料要求不统一")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"点击\")", row.get(4));
        for (List<String> r : rows) {
            for (String cell : r) {
                assertTrue(cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0, "no cell starts a formula: " + cell);
            }
        }
    }

    @Test
    void xlsxOpensWithTheSameCellsInEveryColumn() throws IOException {
        Response r = as("steering").get(EXPORT + "?format=xlsx&status=IN_RECTIFICATION");
        r.then().statusCode(200).contentType(containsString(ExportFormat.XLSX_TYPE))
                .header("Content-Disposition", containsString(".xlsx\""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("整改台账", sheet.getSheetName());
            for (int c = 0; c < 9; c++) {
                assertEquals(LedgerRow.HEADINGS_ZH.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
                assertEquals(LedgerRow.HEADINGS_EN.get(c), sheet.getRow(1).getCell(c).getStringCellValue());
            }
            assertEquals(2, sheet.getLastRowNum(), "only the problem in rectification");
            var row = sheet.getRow(2);
            assertEquals(1.0, row.getCell(0).getNumericCellValue());
            assertTrue(row.getCell(1).getStringCellValue().contains("理论学习安排“一刀切”"));
            assertEquals("最高人民法院知识产权法庭", row.getCell(3).getStringCellValue());
            assertEquals("1. 整改台账管理办法 https://intranet.example/rules.pdf", row.getCell(7).getStringCellValue());
            assertEquals("未销号", row.getCell(8).getStringCellValue());
        }
    }

    @Test
    void aLiaisonExportsOnlyItsOwnUnit() {
        List<List<String>> own = csv(asLiaisonOf("CC1"), EXPORT);
        assertEquals(3, own.size(), "headings and CC1's one problem: " + own);
        assertTrue(own.get(2).get(3).contains("第一巡回法庭"));
        List<List<String>> asked = csv(asLiaisonOf("CC1"), EXPORT + "?unitId=" + world.units.get("IPC"));
        assertEquals(2, asked.size(), "another unit's problems do not exist for a liaison: " + asked);
    }

    @Test
    void aClosedProblemShowsItsCloseOutDate() {
        long closed = scenario.closedProblem("PCP");
        List<List<String>> rows = csv(as("dashboard"), EXPORT + "?status=CLOSED");
        assertEquals(3, rows.size());
        assertEquals("已销号（" + scenario.today() + "）", rows.get(2).get(8));
        assertTrue(rows.get(2).get(6).startsWith("已销号"), String.valueOf(closed));
    }

    @Test
    void badParametersAre400ProblemsBeforeAnyFileIsSent() {
        as("inspector").get(EXPORT + "?format=pdf").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("format"));
        as("inspector").get(EXPORT + "?light=PURPLE").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("light"));
        as("admin").get(EXPORT).then().statusCode(403).contentType(PROBLEM_JSON);
        anonymous().get(EXPORT).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    private static List<List<String>> csv(io.restassured.specification.RequestSpecification spec, String url) {
        byte[] bytes = spec.get(url).then().statusCode(200).extract().asByteArray();
        String text = new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        return Csv.parse(text);
    }
}
