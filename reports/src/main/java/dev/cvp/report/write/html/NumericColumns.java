package dev.cvp.report.write.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Marks the cells of table columns that hold numbers with class "num" (right-aligned, digits of
 * equal width), so figures line up by their last digit. A column is numeric when every body cell
 * that holds anything starts with a number ("1.97 ± 0.93", "85.2 ms/op", "−0.4 KiB", "~2×");
 * dashes and empty cells do not decide either way.
 */
final class NumericColumns implements AttributeProvider {

    private static final Pattern NUMBER = Pattern.compile("[~≈<>≤≥+\\-−±]?\\s*\\.?[0-9].{0,40}");
    private static final Pattern BLANK = Pattern.compile("|[—–\\-]|n/a|N/A");

    private final Map<TableBlock, boolean[]> numeric = new IdentityHashMap<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof TableCell cell) || !(cell.getParent() instanceof TableRow row)) {
            return;
        }
        TableBlock table = table(row);
        int column = indexOf(cell);
        boolean[] columns = table == null ? new boolean[0] : numeric.computeIfAbsent(table, NumericColumns::columns);
        if (column < columns.length && columns[column]) {
            attributes.put("class", "num");
        }
    }

    private static TableBlock table(Node n) {
        while (n != null && !(n instanceof TableBlock)) {
            n = n.getParent();
        }
        return (TableBlock) n;
    }

    private static int indexOf(Node cell) {
        int i = 0;
        for (Node p = cell.getPrevious(); p != null; p = p.getPrevious()) {
            i++;
        }
        return i;
    }

    private static boolean[] columns(TableBlock table) {
        int width = 0;
        int[] numbers = new int[64];
        boolean[] other = new boolean[64];
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof TableBody)) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                int i = 0;
                for (Node cell = row.getFirstChild(); cell != null && i < numbers.length; cell = cell.getNext(), i++) {
                    String text = NodeText.of(cell).strip();
                    if (NUMBER.matcher(text).matches()) {
                        numbers[i]++;
                    } else if (!BLANK.matcher(text).matches()) {
                        other[i] = true;
                    }
                    width = Math.max(width, i + 1);
                }
            }
        }
        boolean[] result = new boolean[width];
        for (int i = 0; i < width; i++) {
            result[i] = numbers[i] > 0 && !other[i];
        }
        return result;
    }
}
