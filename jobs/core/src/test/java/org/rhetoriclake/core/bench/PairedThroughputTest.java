package org.rhetoriclake.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedThroughputTest {

    private static PairedThroughput.Round round(double baselineSeconds, double candidateSeconds) {
        return new PairedThroughput.Round(new PairedThroughput.Pass(1000, baselineSeconds, 0, 10),
                new PairedThroughput.Pass(1000, candidateSeconds, 0, 5));
    }

    @Test
    void theRatioIsCandidateThroughputOverBaselineAndTheMedianIgnoresAnOutlierRound() {
        PairedThroughput p = new PairedThroughput("raw", "stage", List.of(round(1.0, 1.1), round(1.0, 1.0), round(1.0, 3.0)));
        assertEquals(1.0 / 1.1, p.rounds().get(0).ratio(), 1e-9);
        assertEquals(1.0 / 1.1, p.medianRatio(), 1e-9, "median of 1.0, 0.909, 0.333");
        assertEquals(0.1, p.medianOverhead(), 1e-9, "10% more time per char");
        String report = p.report();
        assertTrue(report.contains("raw") && report.contains("stage"), report);
        assertTrue(report.contains("90.9%"), report);
    }
}
