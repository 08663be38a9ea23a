package io.taizhang.reports;

import io.taizhang.ledger.LedgerKind;
import io.taizhang.reports.Bulletin.Item;
import io.taizhang.reports.Bulletin.Totals;
import io.taizhang.reports.Bulletin.UnitSection;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bulletin as a printable HTML page: a summary table, then one section per unit with its lists.
 * Plain string building, no template engine: every text that came from the data goes through
 * {@link #escape}, and the page needs no script, image or outside style (the response forbids them).
 */
final class BulletinHtml {

    private static final String STYLE = """
            body{font-family:"Noto Serif CJK SC","Songti SC",SimSun,serif;margin:2em;line-height:1.5}
            h1{text-align:center;font-size:1.6em}.en{color:#666;font-size:.8em;font-weight:normal}
            table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:.2em .6em;text-align:center}
            td.name{text-align:left}section{margin-top:1.5em}h3{font-size:1em;margin:.6em 0 .2em}
            .none{color:#666}@media print{body{margin:0}section{break-inside:avoid-page}}""";

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BulletinHtml() {
    }

    static String render(Bulletin b, OffsetDateTime printedAt) {
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>整改工作通报 ")
                .append(b.from()).append(" 至 ").append(b.to()).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>整改工作通报 <span class=\"en\">Rectification bulletin</span></h1>\n")
                .append("<p>统计期间 <span class=\"en\">Period</span>：").append(b.from()).append(" 至 ").append(b.to())
                .append("（").append(printedAt.format(PRINTED)).append(" 生成）</p>\n");
        summary(html, b);
        for (UnitSection u : b.units()) {
            html.append("<section><h2>").append(escape(u.unitNameZh())).append(" <span class=\"en\">")
                    .append(escape(u.unitNameEn())).append("</span></h2>\n");
            list(html, "新增问题", "Newly filed", u.newlyFiled());
            list(html, "整改推进", "Progressed", u.progressed());
            list(html, "销号", "Closed out", u.closedOut());
            list(html, "亮红灯", "Went red", u.wentRed());
            list(html, "挂牌督办", "Escalated", u.escalated());
            html.append("</section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder html, Bulletin b) {
        html.append("<table><thead><tr><th>单位</th><th>新增</th><th>推进</th><th>销号</th><th>亮红灯</th><th>挂牌督办</th></tr>")
                .append("</thead><tbody>\n");
        for (UnitSection u : b.units()) {
            row(html, escape(u.unitNameZh()), u.totals());
        }
        row(html, "合计", b.totals());
        html.append("</tbody></table>\n");
    }

    private static void row(StringBuilder html, String name, Totals t) {
        html.append("<tr><td class=\"name\">").append(name).append("</td><td>").append(t.newlyFiled())
                .append("</td><td>").append(t.progressed()).append("</td><td>").append(t.closedOut())
                .append("</td><td>").append(t.wentRed()).append("</td><td>").append(t.escalated()).append("</td></tr>\n");
    }

    private static void list(StringBuilder html, String zh, String en, List<Item> items) {
        html.append("<h3>").append(zh).append("（").append(items.size()).append("） <span class=\"en\">").append(en)
                .append("</span></h3>\n");
        if (items.isEmpty()) {
            html.append("<p class=\"none\">本期无。</p>\n");
            return;
        }
        html.append("<ol>\n");
        for (Item item : items) {
            html.append("<li>[").append(escape(item.ledgerNumber())).append("] ").append(escape(item.title()))
                    .append(" <span class=\"en\">").append(escape(activity(item))).append("</span></li>\n");
        }
        html.append("</ol>\n");
    }

    private static String activity(Item item) {
        return item.entries().entrySet().stream()
                .map(e -> LedgerKind.valueOf(e.getKey()).zh() + " " + e.getValue())
                .collect(Collectors.joining("，"));
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
