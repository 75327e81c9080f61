package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellHistoryTest {
    private static CellHistory threeCells() {
        CellHistory h = new CellHistory();
        h.add(1, "1 + 2", "3");
        h.add(2, "x = 5", "");
        h.add(3, "1 + 2", "3");
        return h;
    }

    @Test
    void tailGivesTheLastCellsInOrder() {
        assertEquals(List.of(List.of(1, 2, "x = 5"), List.of(1, 3, "1 + 2")), threeCells().tail(2, false));
        assertEquals(List.of(List.of(1, 3, List.of("1 + 2", "3"))), threeCells().tail(1, true));
        assertEquals(3, threeCells().tail(10, false).size());
    }

    @Test
    void rangeIsHalfOpenAndOnlyForThisSession() {
        assertEquals(List.of(List.of(1, 2, "x = 5")), threeCells().range(1, 2, 3, false));
        assertEquals(1, threeCells().range(0, 2, 3, false).size());
        assertEquals(List.of(), threeCells().range(7, 1, 3, false));
    }

    @Test
    void searchMatchesGlobsNewestFirstAndCanBeUnique() {
        CellHistory h = threeCells();
        assertEquals(2, h.search("1 + *", 0, false, false).size());
        assertEquals(List.of(List.of(1, 3, "1 + 2")), h.search("1 + *", 0, true, false));
        assertEquals(List.of(List.of(1, 3, "1 + 2")), h.search("1 ? 2", 1, false, false));
        assertEquals(3, h.search("*", 0, false, false).size());
        assertEquals(0, h.search("y*", 0, false, false).size());
    }

    @Test
    void aLongSessionKeepsItsRecentCellsAndShortOutputs() {
        CellHistory h = new CellHistory();
        for (int line = 1; line <= CellHistory.KEPT_CELLS + 50; line++) {
            h.add(line, "cell " + line, "x".repeat(CellHistory.KEPT_OUTPUT + 1));
        }
        List<List<Object>> all = h.tail(Integer.MAX_VALUE, true);
        assertEquals(CellHistory.KEPT_CELLS, all.size());
        assertEquals(51, all.get(0).get(1), "the oldest cells went first");
        String output = (String) ((List<?>) all.get(all.size() - 1).get(2)).get(1);
        assertEquals(CellHistory.KEPT_OUTPUT + 1, output.length(), "cut, with an ellipsis");
        assertEquals('…', output.charAt(output.length() - 1));
    }
}
