package dev.cvp.report.lesson;

import java.io.IOException;

/** One section of report.md; "" when the bundle has nothing for it. */
interface LessonSection {

    String render(LessonContext c) throws IOException;
}
