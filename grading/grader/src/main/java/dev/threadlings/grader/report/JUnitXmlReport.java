package dev.threadlings.grader.report;

import dev.threadlings.grader.score.ExerciseReport;
import dev.threadlings.grader.score.GradingReport;
import dev.threadlings.grader.score.TestScore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one JUnit XML file per exercise ({@code junit/TEST-<exercise>.xml}), the format CI servers and
 * course platforms read: a {@code testsuite} with a {@code testcase} per graded test, a {@code failure} for a
 * test that lost points, an {@code error} for one that could not run (not compiled, timed out, the JVM
 * died), {@code skipped} for a stub's TODO; the points are in each test case's {@code properties}.
 */
public final class JUnitXmlReport {

    /** The folder the files go in, inside the output folder. */
    public static final String FOLDER = "junit";

    private JUnitXmlReport() {
    }

    /**
     * Writes the files.
     *
     * @param report the grading's report
     * @param outDir the output folder
     * @return the files written, one per exercise
     * @throws IOException when one cannot be written
     */
    public static List<Path> write(GradingReport report, Path outDir) throws IOException {
        Path folder = Files.createDirectories(outDir.resolve(FOLDER));
        List<Path> files = new ArrayList<>();
        for (ExerciseReport exercise : report.exercises()) {
            Path file = folder.resolve("TEST-" + exercise.exercise().id() + ".xml");
            try (OutputStream out = Files.newOutputStream(file)) {
                write(exercise, report, out);
            } catch (XMLStreamException e) {
                throw new IOException("could not write " + file + ": " + e.getMessage(), e);
            }
            files.add(file);
        }
        return files;
    }

    /**
     * Writes one exercise's suite.
     *
     * @param exercise the exercise's report
     * @param report the whole grading, for the time stamp
     * @param out where the XML goes, in UTF-8
     * @throws XMLStreamException when it cannot be written
     */
    static void write(ExerciseReport exercise, GradingReport report, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", exercise.exercise().id());
        xml.writeAttribute("tests", String.valueOf(exercise.tests().size()));
        xml.writeAttribute("failures", String.valueOf(count(exercise, Kind.FAILURE)));
        xml.writeAttribute("errors", String.valueOf(count(exercise, Kind.ERROR)));
        xml.writeAttribute("skipped", String.valueOf(count(exercise, Kind.SKIPPED)));
        xml.writeAttribute("time", seconds(exercise.runTime().toMillis()));
        xml.writeAttribute("timestamp", report.startedAt().toString());
        xml.writeCharacters("\n");
        if (exercise.problem() != null) {
            xml.writeStartElement("system-err");
            xml.writeCData(cdata(exercise.problem()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        for (TestScore test : exercise.tests()) {
            xml.writeCharacters("  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", exercise.exercise().id() + "." + simpleName(test.test().className()));
            xml.writeAttribute("name", test.test().name());
            xml.writeAttribute("time", seconds(test.millis()));
            xml.writeStartElement("properties");
            property(xml, "points", Double.toString(test.score()));
            property(xml, "max_points", Double.toString(test.maxScore()));
            property(xml, "status", test.status().label());
            xml.writeEndElement();
            Kind kind = kind(test);
            if (kind != Kind.PASSED) {
                xml.writeStartElement(kind.element);
                xml.writeAttribute("message", firstLine(test.output()));
                if (kind != Kind.SKIPPED) {
                    xml.writeAttribute("type", test.status().label());
                    xml.writeCData(cdata(test.output()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    private enum Kind {
        PASSED(""), FAILURE("failure"), ERROR("error"), SKIPPED("skipped");

        private final String element;

        Kind(String element) {
            this.element = element;
        }
    }

    private static Kind kind(TestScore test) {
        if (test.full()) {
            return Kind.PASSED;
        }
        return switch (test.status()) {
            case NOT_ATTEMPTED -> Kind.SKIPPED;
            case FAILED, PARTIAL, PASSED, ABORTED -> Kind.FAILURE;
            case TIMED_OUT, NOT_RUN, NOT_COMPILED, NOT_GRADED -> Kind.ERROR;
        };
    }

    private static long count(ExerciseReport exercise, Kind kind) {
        return exercise.tests().stream().filter(t -> kind(t) == kind).count();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String simpleName(String className) {
        String name = className == null ? "" : className;
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return clean(line.length() > 200 ? line.substring(0, 199) + "…" : line);
    }

    /** CDATA cannot hold {@code ]]>} and XML 1.0 no control characters but tab and line breaks. */
    private static String cdata(String text) {
        return clean(text).replace("]]>", "]]]]><![CDATA[>");
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : '?');
        });
        return out.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
