package org.synfire.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synfire.units.Units;

/** Grids, seeds, shards and points files as users write them, and every malformed one refused with a message saying what to write. */
class StudyTest {
    @TempDir
    Path dir;

    private static String refused(Runnable r) {
        return assertThrows(SweepException.class, r::run).getMessage();
    }

    @Test
    void gridsAreListsRangesQuantitiesAndWords() {
        assertEquals(List.of("4", "5", "6"), Axis.parse("g=4,5,6").values());
        // Decimal arithmetic: no 1.5000000000000002, and the stop is included when the steps reach it.
        assertEquals(List.of("1", "1.5", "2", "2.5", "3", "3.5", "4"), Axis.parse("eta=1:4:0.5").values());
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"), Axis.parse("p=0:1:0.1").values());
        assertEquals(List.of("1", "1.3", "1.6", "1.9"), Axis.parse("x=1:2:0.3").values(), "a stop the steps miss is not reached");
        assertEquals(List.of("3", "2", "1"), Axis.parse("k=3:1:-1").values());
        assertEquals(List.of("10ms", "15ms", "20ms"), Axis.parse("tau=10ms:20ms:5ms").values());
        assertEquals(List.of("lif", "adex"), Axis.parse("model = lif, adex").values());
        assertEquals(List.of("1", "2", "4", "6", "8"), Axis.parse("g=1,2,4:8:2").values());
        assertEquals(List.of("10 ms", "20 ms"), Axis.of("tau", List.of(Units.ms.of(10), Units.ms.of(20))).values());
        assertEquals(List.of("0.1 ms", "1 ms"), Axis.of("tau", List.of(Units.ms.of(0.1), Units.ms.of(1))).values(),
            "one unit per axis: the one that shows the largest value best");
        assertEquals(List.of("1", "2.5", "word"), Axis.of("x", List.of(1, 2.5, "word")).values());
        assertEquals(Axis.parse("eta=1:2:0.5"), Axis.of("eta", List.of("1:2:0.5")), "a range given as text in code reads as on the command line");
    }

    @Test
    void malformedGridsSayWhatToWrite() {
        assertEquals("grid 'g=': no values after '='; give them as g=4,5,6 or g=1:4:0.5", refused(() -> Axis.parse("g=")));
        assertEquals("grid 'g=1:0:1': the range 1:0:1 is empty (from 1 up by 1 never reaches 0); give start <= stop for a positive step, "
            + "or a negative step", refused(() -> Axis.parse("g=1:0:1")));
        assertEquals("grid 'g=1:4:0': the step of 1:4:0 is 0; give a step that reaches the stop, e.g. 1:4:0.5",
            refused(() -> Axis.parse("g=1:4:0")));
        assertEquals("grid 'g': give NAME=VALUES, e.g. g=4,5,6 or eta=1:4:0.5", refused(() -> Axis.parse("g")));
        assertEquals("grid 'g=1:4': '1:4' is not a range; write start:stop:step, e.g. 1:4:0.5", refused(() -> Axis.parse("g=1:4")));
        assertEquals("grid 'g=1,,2': an empty value between commas; give values as g=4,5,6", refused(() -> Axis.parse("g=1,,2")));
        assertEquals("grid 'g=4,5,4': the value 4 appears twice, which would run the same point twice; give each value once",
            refused(() -> Axis.parse("g=4,5,4")));
        assertTrue(refused(() -> Axis.parse("tau=10ms:20:5ms")).contains("must be in one unit, e.g. 10ms:30ms:5ms"));
        assertTrue(refused(() -> Axis.parse("tau=1furlong:3furlong:1furlong")).contains("'furlong' in 1furlong:3furlong:1furlong is not a unit"));
        assertTrue(refused(() -> Axis.parse("x=a:b:c")).contains("'a' in the range a:b:c is not a number"));
        assertTrue(refused(() -> Axis.parse("x=0:1e7:1")).contains("more than 1000000 values; check the step"));
        assertTrue(refused(() -> Axis.parse("2g=1")).startsWith("grid '2g=1': '2g' is not a parameter name"));
        assertEquals("grid 'seed=1,2': the seed is not a parameter; give seeds as seeds, e.g. 1..10", refused(() -> Axis.parse("seed=1,2")));
        assertTrue(refused(() -> Axis.parse("status=1")).contains("names a column of the study's table"));
        assertTrue(refused(() -> Axis.of("x", List.of(Units.ms.of(1), Units.mV.of(1)))).contains("of different kinds; give one unit per parameter"));
        assertEquals("grid 'g=6': the parameter g is given twice; give all its values in one, e.g. g=4,5,6",
            refused(() -> Study.of("s", List.of(Axis.parse("g=4,5"), Axis.parse("g=6")), Seeds.none())));
    }

    @Test
    void seedsAndShards() {
        assertEquals(List.of(1L, 2L, 3L, 10L), Seeds.parse("1..3, 10").values());
        assertEquals(List.of(7L), Seeds.parse("7").values());
        assertEquals(List.of(1L, 2L), Seeds.of(List.of(1, 2)).values());
        assertEquals("seeds '5..1': the range 5..1 is empty; give the smaller seed first, e.g. 1..5", refused(() -> Seeds.parse("5..1")));
        assertEquals("seeds '': none given; write them as 1..10 or 1,2,5", refused(() -> Seeds.parse("")));
        assertEquals("seeds '1..x': '1..x' is not a whole number or a range; write seeds as 1..10 or 1,2,5", refused(() -> Seeds.parse("1..x")));
        assertEquals("seeds: 2 is given twice, which would run the same points twice; give each seed once", refused(() -> Seeds.parse("1..3,2")));
        assertEquals("seeds: 1.5 is not a whole number; seeds are whole numbers, e.g. 1..10", refused(() -> Seeds.of(List.of(1.5))));
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals("shard 5/4: give K/N with 1 <= K <= N, e.g. 1/4 to 4/4 for four parts", refused(() -> Shard.parse("5/4")));
        assertEquals("shard 0/4: give K/N with 1 <= K <= N, e.g. 1/4 to 4/4 for four parts", refused(() -> Shard.parse("0/4")));
        assertEquals("shard '2': write K/N, the K-th of N parts, e.g. 2/4", refused(() -> Shard.parse("2")));
        assertEquals("shard 'a/b': K and N are whole numbers; write K/N, e.g. 2/4", refused(() -> Shard.parse("a/b")));
    }

    @Test
    void pointsAreTheFileTimesTheGridTimesTheSeedsInOrder() throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "# hand-picked regimes\nmodel,I\nlif,1nA\n\nadex,2nA\n");
        Study study = Study.of("script text", List.of(Axis.parse("g=4,5"), Axis.parse("eta=1,2")), Seeds.parse("1..2"))
            .with(PointsFile.read(csv));
        List<Point> points = study.points();
        assertEquals(2 * 2 * 2 * 2, points.size());
        assertEquals(List.of("model", "I", "g", "eta"), study.parameters());
        assertEquals(Map.of("model", "lif", "I", "1nA", "g", "4", "eta", "1"), points.get(0).params());
        assertEquals(1L, points.get(0).seed());
        assertEquals(2L, points.get(1).seed(), "seeds innermost");
        assertEquals("2", points.get(2).params().get("eta"), "then the last axis");
        assertEquals("5", points.get(4).params().get("g"));
        assertEquals("adex", points.get(8).params().get("model"), "the file's rows outermost");
        for (int k = 0; k < points.size(); k++) {
            assertEquals(k, points.get(k).index());
        }
        assertEquals(points.size(), points.stream().map(Point::key).distinct().count(), "every point has a key of its own");
        assertEquals(2.0e-9, points.get(8).quantity("I").si(), 1e-24);
        // The key is what the point computes, not where it sits: the order of the axes does not change it, the script does.
        Study swapped = Study.of("script text", List.of(Axis.parse("eta=1,2"), Axis.parse("g=4,5")), Seeds.parse("1..2"));
        Study plain = Study.of("script text", List.of(Axis.parse("g=4,5"), Axis.parse("eta=1,2")), Seeds.parse("1..2"));
        assertEquals(plain.points().get(2).key(), swapped.points().get(4).key());
        assertNotEquals(plain.points().get(0).key(), Study.of("other script", plain.axes(), plain.seeds()).points().get(0).key());
        assertEquals(List.of(1, 4, 7), Study.of("s", List.of(Axis.parse("g=1:9:1")), Seeds.none()).points(Shard.parse("2/3")).stream()
            .map(Point::index).toList());
        assertEquals("point 0 has no parameter 'h'; it has model, I, g, eta", refused(() -> points.get(0).text("h")));
        assertEquals("parameter model = lif at point 0 is not a number", refused(() -> points.get(0).number("model")));
    }

    @Test
    void malformedPointsFilesNameTheLine() throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "g,eta\n4,1\n5\n");
        assertEquals("points file " + csv + " line 3: 1 values for 2 columns (g, eta); give one value per column", refused(() -> PointsFile.read(csv)));
        Files.writeString(csv, "g,eta\n4,1\n4,1\n");
        assertEquals("points file " + csv + " line 3: the same point as line 2, which would run twice; give each point once",
            refused(() -> PointsFile.read(csv)));
        Files.writeString(csv, "g,g\n4,1\n");
        assertEquals("points file " + csv + " line 1: the column g is named twice; name each parameter once", refused(() -> PointsFile.read(csv)));
        Files.writeString(csv, "g\n");
        assertTrue(refused(() -> PointsFile.read(csv)).contains("a header and no points"));
        Files.writeString(csv, "g\n\"4\"\n");
        assertTrue(refused(() -> PointsFile.read(csv)).contains("line 2: quoted values are not read"));
        assertTrue(refused(() -> PointsFile.read(dir.resolve("missing.csv"))).contains("cannot read it (NoSuchFileException"));
        Files.writeString(csv, "g,eta\n4,1\n");
        PointsFile file = PointsFile.read(csv);
        assertEquals("the parameter g is both in the grid and in the points file " + csv + "; give it in one place",
            refused(() -> Study.of("s", List.of(Axis.parse("g=1")), Seeds.none()).with(file)));
    }
}
