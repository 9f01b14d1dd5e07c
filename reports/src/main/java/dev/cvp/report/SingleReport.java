package dev.cvp.report;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.write.CsvWriter;
import dev.cvp.report.write.MarkdownReportWriter;
import dev.cvp.report.write.OutputFiles;
import dev.cvp.report.write.SvgChartWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One bundle in, report.md + results.csv + charts/ written into the same bundle. */
public final class SingleReport {

    private SingleReport() {
    }

    public static Outcome run(Path dir) throws BadBundleException, IOException {
        Bundle bundle = BundleLoader.load(dir);
        Trust trust = Trust.of(bundle.workloads(), bundle.invocations());
        OutputFiles files = new OutputFiles(dir);
        List<Path> written = new ArrayList<>();
        SvgChartWriter.Charts charts = SvgChartWriter.writeAll(bundle.workloads(), files);
        charts.byWorkload().values().forEach(m -> m.keySet().forEach(p -> written.add(dir.resolve(p))));
        written.add(files.write("results.csv", CsvWriter.render(bundle.workloads(), trust)));
        written.add(files.write("report.md", MarkdownReportWriter.render(bundle, trust, charts.byWorkload(),
                charts.notes())));
        return new Outcome(written, bundle.problems());
    }
}
