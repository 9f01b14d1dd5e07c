package dev.cvp.report.lesson;

import java.io.IOException;
import java.util.List;

/** The lesson sections of report.md, in the chapter's order. */
public final class LessonReport {

    private static final List<LessonSection> SECTIONS = List.of(new AtAGlanceSection(), new ConcurrencySection(),
            new ParallelismSection(), new MultitaskingSection(), new ProcessesSection(), new PipelineSection(),
            new SideBySideSection());

    private LessonReport() {
    }

    /** Every lesson the bundle has data for; "" when nothing is declared. */
    public static String render(LessonContext c) throws IOException {
        StringBuilder b = new StringBuilder();
        for (LessonSection s : SECTIONS) {
            b.append(s.render(c));
        }
        return b.toString();
    }
}
