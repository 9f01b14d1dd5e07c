package dev.cvp.report;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.lesson.Figures;
import dev.cvp.report.lesson.LessonContext;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.write.ChartFiles;
import dev.cvp.report.write.CsvWriter;
import dev.cvp.report.write.DetailsWriter;
import dev.cvp.report.write.MarkdownReportWriter;
import dev.cvp.report.write.OutputFiles;
import dev.cvp.report.write.TrustSection;
import dev.cvp.report.write.html.HtmlPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One bundle in; report.md, details.md, results.csv, metrics.csv and charts/ written into the same
 * bundle.
 */
public final class SingleReport {

    private SingleReport() {
    }

    public static Outcome run(Path dir) throws BadBundleException, IOException {
        Bundle bundle = BundleLoader.load(dir);
        Trust trust = Trust.of(bundle.workloads(), bundle.invocations(), bundle.meanings(), bundle.spellChecks());
        OutputFiles files = new OutputFiles(dir);
        ChartFiles charts = new ChartFiles(files);
        Figures figures = new Figures();
        LessonContext context = new LessonContext(bundle, trust, bundle.meanings(), charts, figures);
        String details = DetailsWriter.render(bundle, trust, charts);
        String report = MarkdownReportWriter.render(context);
        List<Path> written = new ArrayList<>(charts.written());
        charts.removeStale();
        written.add(files.write("results.csv", CsvWriter.render(bundle.workloads(), trust, bundle.meanings())));
        written.add(files.write("metrics.csv", figures.csv()));
        written.add(files.write(MarkdownReportWriter.DETAILS, details));
        written.add(files.write("report.md", report));
        written.addAll(HtmlPage.writeBeside(files));
        return new Outcome(written, bundle.problems(), TrustSection.headlines(trust, bundle.workloads()));
    }
}
