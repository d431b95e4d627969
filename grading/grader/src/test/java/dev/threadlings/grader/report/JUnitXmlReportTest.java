package dev.threadlings.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

    @Test
    void writes_one_well_formed_suite_per_exercise_with_failures_skips_and_points(@TempDir Path out) throws Exception {
        List<Path> files = JUnitXmlReport.write(ReportFixtures.report(), out);

        assertThat(files).containsExactly(out.resolve("junit/TEST-01-downloads.xml"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(0).toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("01-downloads");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element failed = (Element) cases.item(1);
        assertThat(failed.getAttribute("classname")).isEqualTo("01-downloads.CorrectnessTest.Threaded");
        assertThat(failed.getAttribute("name")).isEqualTo("Correctness › Threaded › keeps k in flight");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("ThreadedDownloader kept 1 request in flight (expected 5):");
        assertThat(failure.getTextContent()).as("a CDATA end and a control character survive")
                .contains("too early? ]]> ?");
        assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
        Element points = (Element) ((Element) cases.item(3)).getElementsByTagName("property").item(0);
        assertThat(points.getAttribute("name")).isEqualTo("points");
        assertThat(points.getAttribute("value")).isEqualTo("1.0");
    }
}
